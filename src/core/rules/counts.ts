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
  for (const m of ctx.wb.members?.records ?? []) {
    if (!m.cellKey || !isMemberAt(m, ctx.asOf)) continue;
    c.members.set(m.cellKey, (c.members.get(m.cellKey) ?? 0) + 1);
    if (isFullAt(m, ctx.asOf)) c.full.set(m.cellKey, (c.full.get(m.cellKey) ?? 0) + 1);
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
