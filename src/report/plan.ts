/** The plan's target for another year than the report's (the next year's, for the outlook). */
import type { Hierarchy } from '../core/model/hierarchy';
import type { ParsedWorkbook } from '../core/model/read';

/**
 * The district's target for `year` in `ChiTieu`, read as reports.md reads the report year's:
 * the root's own row, else the sum of the TCCS rows; null when the plan names no target for it.
 */
export function planTarget(parsed: ParsedWorkbook, hierarchy: Hierarchy, year: number): number | null {
  const byKey = new Map<string, number>();
  for (const t of parsed.targets?.records ?? []) {
    if (t.year === year && t.target !== null && !byKey.has(t.key)) byKey.set(t.key, t.target);
  }
  const root = hierarchy.root;
  if (root && byKey.has(root.key)) return byKey.get(root.key)!;
  let sum: number | null = null;
  for (const u of hierarchy.tccsList()) {
    const t = byKey.get(u.key);
    if (t !== undefined) sum = (sum ?? 0) + t;
  }
  return sum;
}
