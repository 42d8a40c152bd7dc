/** The plan's target for another year than the report's (the next year's, for the outlook). */
import { districtTarget, targetsOfYear } from '../core/figures';
import type { Hierarchy } from '../core/model/hierarchy';
import type { ParsedWorkbook } from '../core/model/read';

/** The district's target for `year` in `ChiTieu`, read as the report year's is; null when the plan names none. */
export function planTarget(parsed: ParsedWorkbook, hierarchy: Hierarchy, year: number): number | null {
  return districtTarget(targetsOfYear(parsed, year), hierarchy).target;
}
