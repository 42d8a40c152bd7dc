/**
 * Reads one cell of a located sheet into a typed value, recording what is wrong with it as a
 * CellProblem. The readers of each sheet are built from these few functions.
 */
import { readDate, type Day } from '../dates';
import type { CellValue } from '../grid';
import { matchList, type ListId } from '../lists';
import type { LocatedSheet } from '../sheets';
import { fromLegacy } from '../text/legacy';
import { cleanText } from '../text/normalize';
import type { CellProblem } from './types';

export const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!', '#EXTERNAL!',
]);

export function isExcelError(v: CellValue): boolean {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v.trim().toUpperCase());
}

// Legacy text always holds one of these Latin-1 / Windows-1252 letters; Unicode Vietnamese rarely does.
const MAYBE_LEGACY = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

export class CellReader {
  private values: CellValue[][];
  private formats: (string | null | undefined)[][] | undefined;
  private originRow: number;
  private originCol: number;
  /** The sheet row being read (zero-based, origin included) and its values. */
  row = 0;
  private cells: CellValue[] = [];
  private formatRow: (string | null | undefined)[] | undefined;

  constructor(
    readonly sheet: LocatedSheet,
    private readonly problems: CellProblem[],
  ) {
    this.values = sheet.grid.values;
    this.formats = sheet.grid.numberFormats;
    this.originRow = sheet.grid.origin?.row ?? 0;
    this.originCol = sheet.grid.origin?.col ?? 0;
  }

  /** Data rows: below the header, up to the last non-empty row; wholly empty rows are skipped. */
  *rows(): Generator<number> {
    const v = this.values;
    const keyCols = [...this.sheet.columns.values()].map((c) => c - this.originCol);
    for (let i = this.sheet.headerIndex + 1; i < v.length; i++) {
      const r = v[i];
      if (!r || !keyCols.some((c) => !isBlank(r[c]))) continue;
      this.cells = r;
      this.formatRow = this.formats?.[i];
      this.row = this.originRow + i;
      yield this.row;
    }
  }

  private colOf(key: string): number | undefined {
    return this.sheet.columns.get(key);
  }

  private problem(key: string, kind: CellProblem['kind'], detail?: string, suggestion?: string): void {
    this.problems.push({
      kind,
      sheet: this.sheet.grid.name,
      row: this.row,
      col: this.colOf(key)!,
      column: key,
      header: this.sheet.headers.get(key) ?? key,
      detail,
      suggestion,
    });
  }

  /** The raw value, or undefined for a missing column. Error values are reported and read as empty. */
  raw(key: string): CellValue {
    const c = this.colOf(key);
    if (c === undefined) return undefined;
    const v = this.cells[c - this.originCol];
    if (isExcelError(v)) {
      this.problem(key, 'error', String(v).trim());
      return undefined;
    }
    return v;
  }

  /** Text, cleaned; legacy-encoded text is reported and read as converted. Null when empty. */
  text(key: string, required = false): string | null {
    const v = this.raw(key);
    let s: string | null = null;
    if (typeof v === 'string') s = cleanText(v);
    else if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
    else if (v instanceof Date) s = v.toISOString().slice(0, 10);
    if (s && MAYBE_LEGACY.test(s)) {
      const legacy = fromLegacy(s);
      if (legacy) {
        this.problem(key, 'legacy', legacy.encoding, legacy.text);
        s = legacy.text;
      }
    }
    if (!s) {
      if (required) this.reportEmpty(key);
      return null;
    }
    return s;
  }

  /** An empty required cell; an error value (S05) or a missing column (S02) is reported already. */
  private reportEmpty(key: string): void {
    const c = this.colOf(key);
    if (c === undefined || isExcelError(this.cells[c - this.originCol])) return;
    this.problem(key, 'empty');
  }

  date(key: string, required = false, yearOnlyAllowed = false): Day | null {
    const v = this.raw(key);
    const c = this.colOf(key);
    const fmt = c === undefined ? undefined : this.formatRow?.[c - this.originCol];
    const d = readDate(typeof v === 'string' ? v.trim() : v, fmt);
    if (d === null) {
      if (required) this.reportEmpty(key);
      return null;
    }
    if (!d.ok) {
      this.problem(key, 'date', d.reason);
      return null;
    }
    if (d.yearOnly) {
      if (!yearOnlyAllowed) {
        this.problem(key, 'date', 'yearOnly');
        return null;
      }
      this.problem(key, 'yearOnly');
    }
    return d.day;
  }

  list(key: string, list: ListId, required = false): string | null {
    const s = this.text(key, required);
    if (s === null) return null;
    const m = matchList(list, s);
    if (m.value === null) this.reportList(key, list, m.nearest);
    return m.value;
  }

  /** A value outside its list, with the nearest valid value when there is one. */
  reportList(key: string, list: string, nearest: string | null): void {
    this.problem(key, 'list', list, nearest ?? undefined);
  }

  /** A whole number ≥ 0 (also from text such as `12`). */
  count(key: string, required = false): number | null {
    const v = this.raw(key);
    if (v === null || v === undefined || v === '') {
      if (required) this.reportEmpty(key);
      return null;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+([.,]0+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
    if (!Number.isInteger(n) || n < 0) {
      this.problem(key, 'number', undefined, Number.isFinite(n) && n > 0 ? String(Math.round(n)) : undefined);
      return null;
    }
    return n;
  }

  /** A four-digit year. */
  year(key: string, required = false): number | null {
    const v = this.raw(key);
    if (v === null || v === undefined || v === '') {
      if (required) this.reportEmpty(key);
      return null;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1900 || n > 2200) {
      this.problem(key, 'year');
      return null;
    }
    return n;
  }
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
