/**
 * Which grassroots organisation (TCCS) a finding is about, so the pane can filter by TCCS:
 * a member's row → its cell → the cell's TCCS; a unit's row → its TCCS; a target's row → its unit's.
 * Runs where the analysis runs (a Web Worker), on the parsed workbook that stays there.
 */
import type { Analysis } from '../core/analyze';
import { parseA1 } from '../core/grid';

export interface TccsOption {
  code: string;
  name: string;
}

/** The TCCS code of each finding ('' when it concerns none), in the findings' order. */
export function findingTccs(a: Analysis): string[] {
  const { parsed, hierarchy } = a;
  const bySheetRow = new Map<string, Map<number, string | null>>();
  const add = (sheet: string | undefined, row: number, key: string | null) => {
    if (!sheet) return;
    let m = bySheetRow.get(sheet);
    if (!m) bySheetRow.set(sheet, (m = new Map()));
    if (!m.has(row)) m.set(row, key);
  };
  for (const m of parsed.members?.records ?? []) add(parsed.members?.sheet, m.row, m.cellKey);
  for (const u of parsed.units?.records ?? []) add(parsed.units?.sheet, u.row, u.key || null);
  for (const t of parsed.targets?.records ?? []) add(parsed.targets?.sheet, t.row, t.key || null);

  const codeOf = new Map<string, string>();
  const tccsCode = (key: string | null): string => {
    if (!key) return '';
    let c = codeOf.get(key);
    if (c === undefined) {
      c = hierarchy.tccsOf(key)?.code ?? '';
      codeOf.set(key, c);
    }
    return c;
  };
  return a.findings.map((f) => {
    const rows = bySheetRow.get(f.sheet);
    const at = rows && f.cell ? parseA1(f.cell) : null;
    return at ? tccsCode(rows!.get(at.row) ?? null) : '';
  });
}

/** The TCCS in the tree's order, for the filter's list. */
export function tccsOptions(a: Analysis): TccsOption[] {
  return a.hierarchy.tccsList().map((u) => ({ code: u.code, name: u.name }));
}
