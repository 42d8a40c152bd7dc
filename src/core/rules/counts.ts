/** Member counts per cell at the report date, computed once per check and shared by the rules. */
import { isFullAt, isMemberAt } from '../membership';
import type { RuleContext } from './types';

export interface CellCounts {
  members: Map<string, number>;
  full: Map<string, number>;
}

const cache = new WeakMap<RuleContext, CellCounts>();

export function cellCounts(ctx: RuleContext): CellCounts {
  let c = cache.get(ctx);
  if (c) return c;
  c = { members: new Map(), full: new Map() };
  // Counted per cell in one object, the last cell's at hand: members come cell by cell, so most
  // rows need no lookup at all (two Map updates per member cost more than the rest of the pass).
  const tally = new Map<string, { members: number; full: number }>();
  let lastKey: string | null = null;
  let last = { members: 0, full: 0 };
  for (const m of ctx.wb.members?.records ?? []) {
    if (!m.cellKey || !isMemberAt(m, ctx.asOf)) continue;
    if (m.cellKey !== lastKey) {
      lastKey = m.cellKey;
      let t = tally.get(lastKey);
      if (!t) tally.set(lastKey, (t = { members: 0, full: 0 }));
      last = t;
    }
    last.members++;
    if (isFullAt(m, ctx.asOf)) last.full++;
  }
  // The maps as before: a cell with no full member has no `full` entry.
  for (const [key, t] of tally) {
    c.members.set(key, t.members);
    if (t.full) c.full.set(key, t.full);
  }
  cache.set(ctx, c);
  return c;
}

/** Members at the report date in a unit and everything under it. */
export function subtreeMembers(ctx: RuleContext, key: string): number {
  const counts = cellCounts(ctx).members;
  let n = counts.get(key) ?? 0;
  for (const u of ctx.hierarchy.descendants(key)) n += counts.get(u.key) ?? 0;
  return n;
}
