/** Member counts per cell at the report date, computed once per check and shared by the rules. */
import { isFullAt, isMemberAt } from '../membership';
import { RunMap } from '../model/run-map';
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
  // Counted per cell in one object, the last cell's at hand (RunMap), then copied into the maps.
  const tally = new RunMap(() => ({ members: 0, full: 0 }));
  for (const m of ctx.wb.members?.records ?? []) {
    if (!m.cellKey || !isMemberAt(m, ctx.asOf)) continue;
    const t = tally.at(m.cellKey);
    t.members++;
    if (isFullAt(m, ctx.asOf)) t.full++;
  }
  // A cell with no full member has no `full` entry.
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
