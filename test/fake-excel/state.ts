/**
 * The fake workbook's contents: sheets of sparse rows, and what the API subset records (tables,
 * pivots, charts, notes, validation). Excel's input rules live here: a string written through
 * `values` is typed in as a user would type it, so `=…`, `+…`, `-…`, `@…` become formulas and
 * `0123` becomes a number, unless the cell is formatted as text (`@`) or the string starts with `'`.
 */
import { type Bounds, MAX_COLS, MAX_ROWS, boundsAddress, colCount, rowCount } from './address';
import { FakeExcelError, invalidArgument } from './errors';
import { cellText } from './text';

export type Scalar = string | number | boolean;

export interface CellFormatState {
  font?: Record<string, unknown>;
  fill?: { color: string; pattern: string };
  alignment?: Record<string, unknown>;
  borders?: Record<string, Record<string, unknown>>;
}

/** A row's cells, as parallel sparse arrays so that a hundred thousand rows stay cheap. */
export interface RowState {
  v: (Scalar | undefined)[];
  /** Formula text, where the cell holds a formula. */
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
}

/** What is rare on a cell: the quote prefix, formats, a hyperlink. */
export interface CellExtra {
  quotePrefix?: boolean;
  format?: CellFormatState;
  hyperlink?: Excel.RangeHyperlink;
}

export interface CellSnapshot {
  value: Scalar | '';
  formula?: string;
  numberFormat: string;
  quotePrefix?: boolean;
  format?: CellFormatState;
  hyperlink?: Excel.RangeHyperlink;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  bounds: Bounds;
  style: string;
  props: Record<string, unknown>;
}

export interface PivotState {
  id: string;
  name: string;
  sheetId: string;
  destination: string;
  sourceTable?: string;
  sourceAddress?: string;
  rows: string[];
  columns: string[];
  data: { name: string; field: string; summarizeBy?: string; props: Record<string, unknown> }[];
  filters: { name: string; hiddenItems: string[] }[];
  props: Record<string, unknown>;
}

export interface ChartState {
  id: string;
  sheetId: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  position?: [string, string?];
  series: { name?: string; xValues?: string; values?: string }[];
  props: Record<string, unknown>;
}

export interface CommentState {
  id: string;
  sheetId: string;
  cell: string;
  content: string;
}

export const GENERAL = 'General';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function serialOf(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000 + 25_569;
}

/** How Excel reads a string typed into a General cell. */
export function typedInput(s: string): { value?: Scalar; formula?: string; quote?: boolean; numberFormat?: string } {
  if (s.startsWith("'")) return { value: s.slice(1), quote: true };
  const t = s.trim();
  if (NUMBER.test(t)) {
    const pct = t.endsWith('%');
    const n = Number(pct ? t.slice(0, -1) : t);
    return pct ? { value: n / 100, numberFormat: '0%' } : { value: n };
  }
  if (/^[=+\-@]./.test(s)) return { formula: s.startsWith('=') ? s : '=' + s };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const m = DMY.exec(t);
  if (m) {
    const serial = serialOf(Number(m[3]), Number(m[2]), Number(m[1]));
    if (serial !== null) return { value: serial, numberFormat: 'dd/mm/yyyy' };
  }
  return { value: s };
}

export class SheetState {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  rows: (RowState | undefined)[] = [];
  extras = new Map<number, CellExtra>();
  customProperties = new Map<string, string>();
  freezeRows = 0;
  notes = new Map<string, string>();
  merges: string[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  showGridlines = true;
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[] = [];
  validations: { address: string; props: Record<string, unknown> }[] = [];
  pageLayout: Record<string, unknown> = {};

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  private key(r: number, c: number): number {
    return r * MAX_COLS + c;
  }

  private row(r: number, create: true): RowState;
  private row(r: number, create: false): RowState | undefined;
  private row(r: number, create: boolean): RowState | undefined {
    let row = this.rows[r];
    if (!row && create) {
      row = { v: [] };
      this.rows[r] = row;
    }
    return row;
  }

  cell(r: number, c: number): CellSnapshot {
    const row = this.rows[r];
    const extra = this.extras.get(this.key(r, c));
    const out: CellSnapshot = { value: row?.v[c] ?? '', numberFormat: row?.nf?.[c] ?? GENERAL };
    const f = row?.f?.[c];
    if (f !== undefined) out.formula = f;
    if (extra?.quotePrefix) out.quotePrefix = true;
    if (extra?.format) out.format = extra.format;
    if (extra?.hyperlink) out.hyperlink = extra.hyperlink;
    return out;
  }

  numberFormat(r: number, c: number): string {
    return this.rows[r]?.nf?.[c] ?? GENERAL;
  }

  setNumberFormat(r: number, c: number, format: string): void {
    const row = this.row(r, true);
    (row.nf ??= [])[c] = format === GENERAL ? undefined : format;
  }

  extra(r: number, c: number, create: true): CellExtra;
  extra(r: number, c: number, create: false): CellExtra | undefined;
  extra(r: number, c: number, create: boolean): CellExtra | undefined {
    const k = this.key(r, c);
    let e = this.extras.get(k);
    if (!e && create) {
      e = {};
      this.extras.set(k, e);
    }
    return e;
  }

  /** Drops what a clear left empty, so a cleared cell is the same as one never touched. */
  tidy(r: number, c: number): void {
    const k = this.key(r, c);
    const e = this.extras.get(k);
    if (!e) return;
    if (e.format && !Object.values(e.format).some((v) => v !== undefined)) delete e.format;
    if (!e.quotePrefix) delete e.quotePrefix;
    if (!Object.values(e).some((v) => v !== undefined)) this.extras.delete(k);
  }

  private store(r: number, c: number, value: Scalar | undefined, formula: string | undefined, quote: boolean): void {
    const row = this.row(r, true);
    row.v[c] = value;
    if (formula !== undefined || row.f) (row.f ??= [])[c] = formula;
    const e = quote ? this.extra(r, c, true) : this.extra(r, c, false);
    if (e) {
      e.quotePrefix = quote || undefined;
      this.tidy(r, c);
    }
  }

  /** A value as Office.js `range.values` (or `formulas`) writes it; null leaves the cell as it is. */
  write(r: number, c: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input === 'number') {
      if (!Number.isFinite(input)) throw invalidArgument('The argument is invalid or missing or has an incorrect format.');
      this.store(r, c, input, undefined, false);
      return;
    }
    if (typeof input === 'boolean') {
      this.store(r, c, input, undefined, false);
      return;
    }
    if (typeof input !== 'string') throw invalidArgument(`Unsupported cell value: ${typeof input}`);
    if (input.length > 32_767) throw invalidArgument('A cell holds at most 32,767 characters.');
    if (input === '') {
      this.store(r, c, undefined, undefined, false);
      return;
    }
    // The apostrophe is a quote prefix whatever the cell's format; `@` (text) keeps the rest as typed.
    if (this.numberFormat(r, c) === '@' && !input.startsWith("'")) {
      this.store(r, c, input, undefined, false);
      return;
    }
    const typed = typedInput(input);
    if (typed.formula !== undefined) {
      // The fake does not calculate: a formula keeps the value the cell held (the layout's cached value).
      const previous = this.rows[r]?.v[c];
      this.store(r, c, previous ?? 0, typed.formula, false);
      return;
    }
    this.store(r, c, typed.value, undefined, !!typed.quote);
    if (typed.numberFormat && this.numberFormat(r, c) === GENERAL) this.setNumberFormat(r, c, typed.numberFormat);
  }

  /** Loads a plain value the way a user's file holds it: strings are text, whatever they start with. */
  put(r: number, c: number, value: Scalar | Date | null | undefined, numberFormat?: string | null): void {
    if (value === null || value === undefined || value === '') return;
    if (value instanceof Date) {
      this.store(r, c, value.getTime() / 86_400_000 + 25_569, undefined, false);
      this.setNumberFormat(r, c, numberFormat || 'dd/mm/yyyy');
      return;
    }
    this.store(r, c, value, undefined, false);
    if (numberFormat) this.setNumberFormat(r, c, numberFormat);
  }

  /** The values of a block, as Office.js returns them: "" for an empty cell. */
  /** `Range.text`: each cell's value as its number format shows it, in the workbook's date system. */
  textBlock(b: Bounds, date1904: boolean): string[][] {
    const values = this.block(b, 'values');
    const formats = this.block(b, 'numberFormat');
    return values.map((row, i) => row.map((v, j) => cellText(v, formats[i][j] as string, date1904)));
  }

  block(b: Bounds, what: 'values' | 'formulas' | 'numberFormat'): unknown[][] {
    const out: unknown[][] = new Array(rowCount(b));
    const cols = colCount(b);
    const empty = what === 'numberFormat' ? GENERAL : '';
    let blank: unknown[] | null = null;
    for (let i = 0; i < out.length; i++) {
      const row = this.rows[b.r0 + i];
      if (!row) {
        // Empty rows share one line: the fake's answer for a million-row sheet stays cheap.
        out[i] = blank ??= new Array(cols).fill(empty);
        continue;
      }
      const line: unknown[] = new Array(cols);
      {
        for (let j = 0; j < cols; j++) {
          const c = b.c0 + j;
          if (what === 'numberFormat') line[j] = row.nf?.[c] ?? GENERAL;
          else if (what === 'formulas' && row.f?.[c] !== undefined) line[j] = row.f[c];
          else line[j] = row.v[c] ?? '';
        }
      }
      out[i] = line;
    }
    return out;
  }

  /** The used range: cells with a value or formula (and, unless valuesOnly, a format). */
  usedBounds(valuesOnly: boolean): Bounds | null {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const see = (r: number, c: number) => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.v.forEach((v, c) => {
        if (v !== undefined) see(r, c);
      });
      row.f?.forEach((f, c) => {
        if (f !== undefined) see(r, c);
      });
      if (!valuesOnly) row.nf?.forEach((f, c) => f !== undefined && see(r, c));
    });
    if (!valuesOnly) for (const k of this.extras.keys()) see(Math.floor(k / MAX_COLS), k % MAX_COLS);
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  forEachCell(b: Bounds, fn: (r: number, c: number) => void): void {
    if (rowCount(b) * colCount(b) > 5_000_000) throw new FakeExcelError('OperationCellsExceedLimit', `Too many cells: ${boundsAddress(b)}`);
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) fn(r, c);
  }
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  pivots: PivotState[] = [];
  charts: ChartState[] = [];
  comments: CommentState[] = [];
  names: string[] = [];
  activeSheetId: string | null = null;
  selection: { sheetId: string; address: string } | null = null;
  /** Values or formulas were written with calculation suspended, and nothing recalculated since. */
  calculationStale = false;
  /**
   * The workbook counts dates from 1904 (Excel for Mac's old default, File ▸ Options ▸ Advanced):
   * the same serial shows a day four years and a day later in `text`. Office.js has no property for it.
   */
  date1904 = false;
  /** Base64 workbooks handed to `Excel.createWorkbook`. */
  createdWorkbooks: string[] = [];
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  sheet(key: string): SheetState | undefined {
    const upper = key.toUpperCase();
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  addSheet(name: string): SheetState {
    checkSheetName(name);
    if (this.sheets.some((s) => s.name.toUpperCase() === name.toUpperCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named "${name}" already exists (sheet names are compared without case).`);
    }
    const s = new SheetState(this.newId('S'), name);
    this.sheets.push(s);
    this.activeSheetId ??= s.id;
    return s;
  }

  deleteSheet(s: SheetState): void {
    const visible = this.sheets.filter((x) => x.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === s) throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheetId !== s.id);
    this.pivots = this.pivots.filter((p) => p.sheetId !== s.id);
    this.charts = this.charts.filter((c) => c.sheetId !== s.id);
    this.comments = this.comments.filter((c) => c.sheetId !== s.id);
    if (this.activeSheetId === s.id) this.activeSheetId = this.sheets.find((x) => x.visibility === 'Visible')?.id ?? null;
    if (this.selection?.sheetId === s.id) this.selection = null;
  }
}

/** Excel's rules for a sheet name. */
export function checkSheetName(name: string): void {
  if (!name || name.length > 31 || /[\\/?*:[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toUpperCase() === 'HISTORY') {
    throw invalidArgument(`"${name}" is not a valid sheet name: 1 to 31 characters, none of \\ / ? * : [ ], not starting or ending with an apostrophe.`);
  }
}

export const MAX_SHEET = { rows: MAX_ROWS, cols: MAX_COLS };
