/**
 * Reads one cell of a located sheet into a typed value, recording what is wrong with it as a
 * CellProblem. The readers of each sheet are built from these few functions; columns are resolved
 * to Field handles once per sheet, so a million rows cost no lookups by name.
 */
import { dayFromSerial, MAX_BARE_YEAR, readDate, type Day } from '../dates';
import type { CellValue, FormatRow } from '../grid';
import { matchList, type ListId, type ListMatch } from '../lists';
import type { LocatedSheet } from '../sheets';
import { fromLegacy, mayBeLegacy } from '../text/legacy';
import { cleanText, isMaybeLegacy, isTidyAscii } from '../text/normalize';
import type { CellProblem } from './types';

export const EXCEL_ERRORS = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!', '#EXTERNAL!',
]);

export function isExcelError(v: CellValue): boolean {
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(v.trim().toUpperCase());
}


/** A column of the sheet, resolved once. */
export interface Field {
  key: string;
  header: string;
  /** Zero-based sheet column, -1 when the sheet lacks the column. */
  col: number;
  /** Index in a row of values. */
  index: number;
  /** The last text read in the column, as `seen` describes. */
  seen: Seen;
}

/**
 * The last string read in a column and what it reads as. Values repeat down a column (statuses,
 * yes/no, ethnicities, religions, a cell's code for its ~20 members), as the very same string
 * (ExcelJS's shared strings, a generator's constants): a run of one value is cleaned, tested for
 * legacy letters and matched against its list once. Only pure results are kept; what is
 * reported about a cell (its legacy encoding, a value outside the list) is reported every time.
 */
interface Seen {
  raw: string | undefined;
  /** `cleanText(raw)`, null when that is empty. */
  clean: string | null;
  /** `isMaybeLegacy(clean)`. */
  maybeLegacy: boolean;
  /** `matchList(list, clean)`, once asked. */
  match: ListMatch | undefined;
  list: ListId | undefined;
}

const MS_PER_DAY = 86_400_000;

export class CellReader {
  private readonly originRow: number;
  private readonly originCol: number;
  /** The located columns, as indexes in a row of values: a row blank in all of them is no data row. */
  private readonly keyIndexes: number[];
  /** The sheet row being read (zero-based, origin included) and its values. */
  row = 0;
  private cells: CellValue[] = [];
  private formatRow: FormatRow | null = null;
  /** The grid's serials count from 1904. */
  private readonly date1904: boolean;
  private readonly legacyCache = new Map<string, ReturnType<typeof fromLegacy>>();

  constructor(
    readonly sheet: LocatedSheet,
    private readonly problems: CellProblem[],
  ) {
    this.date1904 = sheet.grid.date1904 === true;
    this.originRow = sheet.grid.origin?.row ?? 0;
    this.originCol = sheet.grid.origin?.col ?? 0;
    this.keyIndexes = [...sheet.columns.values()].map((c) => c - this.originCol);
  }

  field(key: string): Field {
    const col = this.sheet.columns.get(key);
    return {
      key,
      header: this.sheet.headers.get(key) ?? key,
      col: col ?? -1,
      index: col === undefined ? -1 : col - this.originCol,
      seen: { raw: undefined, clean: null, maybeLegacy: false, match: undefined, list: undefined },
    };
  }

  /**
   * Takes row `index` of the grid's values to read its cells. False for a row that is no data
   * row: the header or above it, or empty in every located column.
   */
  at(index: number, cells: CellValue[], formats: FormatRow | null): boolean {
    if (index <= this.sheet.headerIndex) return false;
    const keys = this.keyIndexes;
    let blank = true;
    for (let k = 0; k < keys.length && blank; k++) blank = isBlank(cells[keys[k]]);
    if (blank) return false;
    this.cells = cells;
    this.formatRow = formats;
    this.row = this.originRow + index;
    return true;
  }

  private lastFormat = '';
  private lastFormatIsDate = false;

  /** Rows share their formats: test each format string once. */
  private isDateFormat(fmt: string): boolean {
    if (fmt !== this.lastFormat) {
      this.lastFormat = fmt;
      this.lastFormatIsDate = /[dy]/i.test(fmt.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
    }
    return this.lastFormatIsDate;
  }

  private problem(f: Field, kind: CellProblem['kind'], detail?: string, suggestion?: string, value?: string): void {
    const p: CellProblem = { kind, sheet: this.sheet.grid.name, row: this.row, col: f.col, column: f.key, header: f.header, detail, suggestion };
    if (value !== undefined) p.value = value;
    this.problems.push(p);
  }

  /** The raw value, or undefined for a missing column. Error values are reported and read as empty. */
  raw(f: Field): CellValue {
    if (f.index < 0) return undefined;
    const v = this.cells[f.index];
    if (typeof v === 'string' && v.charCodeAt(0) === 35 && isExcelError(v)) {
      this.problem(f, 'error', v.trim());
      return undefined;
    }
    return v;
  }

  /** The cell is empty (or its column missing). */
  isBlank(f: Field): boolean {
    return f.index < 0 || isBlank(this.cells[f.index]);
  }

  /** Text, cleaned; legacy-encoded text is reported and read as converted. Null when empty. */
  text(f: Field, required = false): string | null {
    const s = this.plainText(f);
    if (s === null) {
      if (required) this.reportEmpty(f);
      return null;
    }
    const maybeLegacy = s === f.seen.clean ? f.seen.maybeLegacy : isMaybeLegacy(s);
    return maybeLegacy ? this.unlegacy(f, s) : s;
  }

  private plainText(f: Field): string | null {
    const v = this.raw(f);
    if (typeof v === 'string') return this.see(f, v).clean;
    let s: string | null = null;
    if (typeof v === 'number' || typeof v === 'boolean') s = String(v);
    // An invalid Date (NaN time) reads as empty rather than throwing.
    else if (v instanceof Date) s = v.getTime() === v.getTime() ? v.toISOString().slice(0, 10) : null;
    return s || null;
  }

  /** A string cell's cleaned text, from `f.seen` when the column's previous string was the same. */
  private see(f: Field, v: string): Seen {
    const seen = f.seen;
    if (seen.raw !== v) {
      seen.raw = v;
      if (isTidyAscii(v)) {
        seen.clean = v;
        seen.maybeLegacy = false;
      } else {
        seen.clean = cleanText(v) || null;
        seen.maybeLegacy = seen.clean !== null && isMaybeLegacy(seen.clean);
      }
      seen.match = undefined;
    }
    return seen;
  }

  private unlegacy(f: Field, s: string): string {
    // Most text with a Latin-1 letter is Unicode Vietnamese, ruled out at once by a letter legacy
    // text cannot hold: cheaper than the cache, whose lookup hashes the whole (often unique) text.
    if (!mayBeLegacy(s)) return s;
    let legacy = this.legacyCache.get(s);
    if (legacy === undefined) {
      legacy = fromLegacy(s);
      // Values repeat down a column (religions, places): detect each once.
      if (this.legacyCache.size < 20_000) this.legacyCache.set(s, legacy);
    }
    if (!legacy) return s;
    this.problem(f, 'legacy', legacy.encoding, legacy.text);
    return legacy.text;
  }

  /** An empty required cell; an error value (S05) or a missing column (S02) is reported already. */
  private reportEmpty(f: Field): void {
    if (f.index < 0 || isExcelError(this.cells[f.index])) return;
    this.problem(f, 'empty');
  }

  date(f: Field, required = false, yearOnlyAllowed = false): Day | null {
    const v = this.raw(f);
    // The common cases without allocating: a Date (ExcelJS) or a date-formatted serial (the Excel add-in).
    if (v instanceof Date) {
      const t = v.getTime();
      if (t === t) return Math.floor(t / MS_PER_DAY);
    }
    const fmt = f.index < 0 ? undefined : this.formatRow?.[f.index];
    const d1904 = this.date1904;
    if (typeof v === 'number' && v >= (d1904 ? 0 : 61) && v < 2_958_466) {
      if (fmt && this.isDateFormat(fmt)) return dayFromSerial(v, d1904);
      // A whole serial without a format (a script's file), past the numbers read as bare years:
      // what readDate makes of it, without its result object.
      if (!fmt && v > MAX_BARE_YEAR && Number.isInteger(v)) return dayFromSerial(v, d1904)!;
    }
    const d = readDate(typeof v === 'string' ? v.trim() : v, fmt, d1904);
    if (d === null) {
      if (required) this.reportEmpty(f);
      return null;
    }
    if (!d.ok) {
      this.problem(f, 'date', d.reason);
      return null;
    }
    if (d.yearOnly) {
      if (!yearOnlyAllowed) {
        this.problem(f, 'date', 'yearOnly');
        return null;
      }
      this.problem(f, 'yearOnly');
    }
    return d.day;
  }

  list(f: Field, list: ListId, required = false): string | null {
    const plain = this.plainText(f);
    if (plain === null) {
      if (required) this.reportEmpty(f);
      return null;
    }
    // The match of the column's previous string when this one is the same.
    const seen = f.seen;
    let m: ListMatch;
    if (plain === seen.clean && seen.match && seen.list === list) m = seen.match;
    else {
      m = matchList(list, plain);
      if (plain === seen.clean) {
        seen.match = m;
        seen.list = list;
      }
    }
    // A value of the list is good Unicode: only a value outside it may be legacy text.
    if (m.value === null && isMaybeLegacy(plain)) m = matchList(list, this.unlegacy(f, plain));
    if (m.value === null) this.reportList(f, list, m.nearest, plain);
    return m.value;
  }

  /** A value outside its list, with the nearest valid value when there is one. */
  reportList(f: Field, list: string, nearest: string | null, value?: string): void {
    this.problem(f, 'list', list, nearest ?? undefined, value);
  }

  /** A whole number ≥ 0 (also from text such as `12`). */
  count(f: Field, required = false): number | null {
    const v = this.raw(f);
    if (v === null || v === undefined || v === '') {
      if (required) this.reportEmpty(f);
      return null;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d+([.,]0+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : NaN;
    if (!Number.isInteger(n) || n < 0) {
      this.problem(f, 'number', undefined, Number.isFinite(n) && n > 0 ? String(Math.round(n)) : undefined);
      return null;
    }
    return n;
  }

  /** A four-digit year. */
  year(f: Field, required = false): number | null {
    const v = this.raw(f);
    if (v === null || v === undefined || v === '') {
      if (required) this.reportEmpty(f);
      return null;
    }
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!Number.isInteger(n) || n < 1900 || n > 2200) {
      this.problem(f, 'year');
      return null;
    }
    return n;
  }
}

function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '');
}
