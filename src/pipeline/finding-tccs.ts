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
  // Only the rows findings point at are looked up: a million members with a handful of findings
  // cost a pass over the records, not a map of a million rows.
  const wanted = new Map<string, Map<number, string | null>>();
  const at = a.findings.map((f) => {
    const cell = f.cell ? parseA1(f.cell) : null;
    if (!cell) return -1;
    let rows = wanted.get(f.sheet);
    if (!rows) wanted.set(f.sheet, (rows = new Map()));
    rows.set(cell.row, null);
    return cell.row;
  });
  // The first record of a row counts (members, then units, then targets), as it always has.
  const taken = new Map<string, Set<number>>();
  const pick = <T extends { row: number }>(sheet: string | undefined, records: readonly T[] | undefined, key: (r: T) => string | null) => {
    const rows = sheet === undefined ? undefined : wanted.get(sheet);
    if (!rows || !records) return;
    let seen = taken.get(sheet!);
    if (!seen) taken.set(sheet!, (seen = new Set()));
    for (const r of records) {
      if (!rows.has(r.row) || seen.has(r.row)) continue;
      seen.add(r.row);
      rows.set(r.row, key(r));
    }
  };
  pick(parsed.members?.sheet, parsed.members?.records, (m) => m.cellKey);
  pick(parsed.units?.sheet, parsed.units?.records, (u) => u.key || null);
  pick(parsed.targets?.sheet, parsed.targets?.records, (t) => t.key || null);

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
  return a.findings.map((f, i) => (at[i] >= 0 ? tccsCode(wanted.get(f.sheet)!.get(at[i]) ?? null) : ''));
}

/** The TCCS in the tree's order, for the filter's list. */
export function tccsOptions(a: Analysis): TccsOption[] {
  return a.hierarchy.tccsList().map((u) => ({ code: u.code, name: u.name }));
}
