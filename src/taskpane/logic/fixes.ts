/**
 * The fixes the pane may apply, after the user confirms: only the safe ones, where the
 * suggestion is the same text made right (legacy encoding → Unicode, a value normalised to its
 * list's spelling). Everything else is shown as a suggestion and left to the user.
 */
import type { Finding } from '../../core/findings';
import type { CellFix } from '../../hosts/workbook';

/** M14: TCVN3/VNI → Unicode. M04, T02: a list value → the list's nearest entry. */
export const SAFE_FIX_RULES: ReadonlySet<string> = new Set(['M14', 'M04', 'T02']);

export function isFixable(f: Finding): boolean {
  return SAFE_FIX_RULES.has(f.rule) && typeof f.suggestion === 'string' && f.suggestion.trim() !== '' && f.cell !== '';
}

/** One fix per cell (the first finding's), for the fixable findings given. */
export function fixesFor(findings: readonly Finding[]): CellFix[] {
  const seen = new Set<string>();
  const out: CellFix[] = [];
  for (const f of findings) {
    if (!isFixable(f)) continue;
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ sheet: f.sheet, cell: f.cell, value: f.suggestion! });
  }
  return out;
}

export function fixKey(fix: { sheet: string; cell: string }): string {
  return `${fix.sheet}!${fix.cell}`;
}
