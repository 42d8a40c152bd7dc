/**
 * What an organisation-board officer looks for beside the figures, from the same parsed workbook:
 * - how a TCCS's figure was made: the members admitted in the year (name, cell, date);
 * - probationary members whose twelve months end within the next three months;
 * - the findings per chi bộ, as a list to send back for correction.
 * Names are in here: this is for the pane and the officer's own files, never for a file sent on.
 */
import { addMonths, dayFromYMD, isoDay, type Day } from './dates';
import { admittedInYear } from './figures';
import type { Finding } from './findings';
import { parseA1 } from './grid';
import { isFullAt, isMemberAt } from './membership';
import type { Hierarchy } from './model/hierarchy';
import type { ParsedWorkbook } from './model/read';
import { cellOf } from './rules/address';

export interface MemberLine {
  name: string;
  /** The chi bộ's name (its code when it has none). */
  cell: string;
  cellCode: string;
  /** ISO date: admission for the admitted, the end of probation for those due. */
  date: string;
  /** Where the member's name is, to go to it. */
  sheet: string;
  address: string;
}

export interface DueLine extends MemberLine {
  admitted: string;
  /** The TCCS code the cell belongs to. */
  tccs: string;
  /** Probation already ended on the day counted from (M10 speaks of it too). */
  overdue: boolean;
}

export interface CellFindings {
  /** The chi bộ's code; '' for findings that concern no chi bộ (plan, structure, the committee). */
  code: string;
  name: string;
  tccs: string;
  /** Indexes into the run's findings, in their order. */
  findings: number[];
}

export interface OfficerViews {
  /** By TCCS code: its members admitted in the year, by date. */
  admitted: Record<string, MemberLine[]>;
  /** Probation ending from `from` to `to` (three months), and those already past it, by date. */
  due: { from: string; to: string; members: DueLine[] };
  byCell: CellFindings[];
}

/** Months counted ahead for "due for full membership". */
export const DUE_MONTHS = 3;

export function officerViews(wb: ParsedWorkbook, hierarchy: Hierarchy, year: number, from: Day, findings: readonly Finding[]): OfficerViews {
  const s = wb.members;
  const admitted: Record<string, MemberLine[]> = {};
  const due: DueLine[] = [];
  const to = addMonths(from, DUE_MONTHS);
  const yearStart = dayFromYMD(year, 1, 1);
  const nextYearStart = dayFromYMD(year + 1, 1, 1);
  const cellName = (key: string) => {
    const u = hierarchy.byKey.get(key);
    return { name: u?.name || u?.code || key, code: u?.code ?? key };
  };
  for (const m of s?.records ?? []) {
    if (m.cellKey === null || m.admitted === null) continue;
    const tccs = hierarchy.tccsOf(m.cellKey);
    if (!tccs) continue;
    const cell = cellName(m.cellKey);
    const line = { name: m.name ?? '—', cell: cell.name, cellCode: cell.code, sheet: s!.sheet, address: cellOf(s!, 'name', m.row) };
    if (admittedInYear(m, yearStart, nextYearStart)) (admitted[tccs.code] ??= []).push({ ...line, date: isoDay(m.admitted) });
    // Probationary on the day counted from, still a member, its twelve months ending before `to`.
    const end = addMonths(m.admitted, 12);
    if (isMemberAt(m, from) && !isFullAt(m, from) && end <= to) {
      due.push({ ...line, date: isoDay(end), admitted: isoDay(m.admitted), tccs: tccs.code, overdue: end < from });
    }
  }
  for (const list of Object.values(admitted)) list.sort((a, b) => a.date.localeCompare(b.date));
  due.sort((a, b) => a.date.localeCompare(b.date) || a.cell.localeCompare(b.cell, 'vi'));
  return { admitted, due: { from: isoDay(from), to: isoDay(to), members: due }, byCell: findingsByCell(wb, hierarchy, findings) };
}

/**
 * The findings grouped by the chi bộ that has to correct them: a member's row → the member's
 * cell; a unit's row → that unit when it is a cell; everything else in one group of its own.
 */
export function findingsByCell(wb: ParsedWorkbook, hierarchy: Hierarchy, findings: readonly Finding[]): CellFindings[] {
  const memberCell = new Map<number, string>();
  for (const m of wb.members?.records ?? []) if (m.cellKey !== null) memberCell.set(m.row, m.cellKey);
  const unitKey = new Map<number, string>();
  for (const u of wb.units?.records ?? []) if (u.key) unitKey.set(u.row, u.key);
  const groups = new Map<string, CellFindings>();
  findings.forEach((f, i) => {
    const at = f.cell ? parseA1(f.cell) : null;
    let key = '';
    if (at && f.sheet === wb.members?.sheet) key = memberCell.get(at.row) ?? '';
    else if (at && f.sheet === wb.units?.sheet) {
      const k = unitKey.get(at.row);
      const u = k ? hierarchy.byKey.get(k) : undefined;
      if (u && hierarchy.isCell(u)) key = u.key;
    }
    let g = groups.get(key);
    if (!g) {
      const u = key ? hierarchy.byKey.get(key) : undefined;
      g = { code: u?.code ?? '', name: u?.name ?? '', tccs: (key && hierarchy.tccsOf(key)?.code) || '', findings: [] };
      groups.set(key, g);
    }
    g.findings.push(i);
  });
  // Chi bộ by TCCS then name; what concerns no chi bộ last.
  return [...groups.values()].sort(
    (a, b) => Number(a.code === '') - Number(b.code === '') || a.tccs.localeCompare(b.tccs) || a.name.localeCompare(b.name, 'vi'),
  );
}
