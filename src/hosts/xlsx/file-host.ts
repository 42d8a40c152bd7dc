/**
 * The browser mode's workbook host: an .xlsx picked from disk, held as an ExcelJS workbook.
 * Nothing leaves the machine; "export" and "save" hand bytes to a `save` callback that offers
 * them as a download. In the task pane it runs inside a Web Worker (src/taskpane/worker), so a
 * large file never freezes the pane; here it is plain TypeScript, testable in Node.
 */
import ExcelJS from 'exceljs';
import type { ShownFinding } from '../../core/findings';
import { parseA1, type CellValue, type SheetGrid } from '../../core/grid';
import { labels } from '../../core/layouts/labels';
import type { LayoutKey, SheetLayout } from '../../core/layouts/types';
import { MARK_TAG, planMarks } from '../../core/marks';
import { DATE_FORMAT, templateSheets } from '../../core/template';
import { findSheet } from '../../core/sheets';
import type {
  CellFix,
  CellPeek,
  ExportResult,
  HostCapabilities,
  InsertResult,
  ProgressFn,
  UndoRecord,
  WorkbookHost,
} from '../workbook';
import { plainValue } from './cell-value';
import { dayFromSerial } from '../../core/dates';
import { isXlsxFile, readSpreadsheets, type NamedBytes } from '../read-file';
import { gridOfWorksheet, openWorkbook } from './read';
import { readXlsx, type ReadOptions } from './xlsx-reader';
import { renderLayout } from './render-layouts';
import { writeXlsx } from './write/workbook';

export type SaveFn = (bytes: Uint8Array, fileName: string) => void | Promise<void>;

export interface FileHostOptions {
  /** The picked file's name (`Sổ đảng viên.xlsx`); downloads are named after it. */
  fileName: string;
  /** Offers bytes as a download. Without it, bytes are only kept in `lastSaved` (tests). */
  save?: SaveFn;
  /** Rows converted between two yields to the event loop, so that "cancel" is heard. */
  chunkRows?: number;
}

/** A day's serial in the 1904 date system is this much smaller than in the 1900 system. */
const DAYS_1900_TO_1904 = 1462;

/** `#RRGGBB` → ExcelJS's `FFRRGGBB`. */
const argb = (color: string) => `FF${color.replace(/^#/, '').toUpperCase()}`;
/**
 * A hidden defined name on A1 of each sheet the add-in inserts, one per layout and year
 * (`_dangvien_report_2017`), so a later run finds its own sheet even after the file was saved
 * and reopened, or the sheet renamed. The report sheet is recognised by it alone: its A1
 * (`HUYỆN ỦY M'ĐRẮK`) is what a hand-made report carries too.
 */
const ownName = (layout: SheetLayout) => `_dangvien_${layout.key}_${layout.year}`;
const ownLocation = (sheet: string) => `'${sheet.replace(/'/g, "''")}'!$A$1`;
const sheetOfLocation = (loc: string) => loc.slice(0, loc.lastIndexOf('!')).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");

const abortError = () => Object.assign(new Error('Aborted'), { name: 'AbortError' });
const nextTick = () => new Promise<void>((r) => setTimeout(r, 0));

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The sheet's header row above a cell (zero-based): the first of the top rows that is nearly as
 * full as the fullest of them. Title rows hold one cell; the header row is the first full one.
 */
function headerRowAbove(ws: ExcelJS.Worksheet, row: number): number | null {
  const last = Math.min(row - 1, 30);
  const filled: number[] = [];
  for (let r = 0; r <= last; r++) {
    const cells = ws.findRow(r + 1);
    let n = 0;
    cells?.eachCell((c) => {
      if (display(plainValue(c.value)) !== '') n++;
    });
    filled.push(n);
  }
  const most = Math.max(0, ...filled);
  if (most < 2) return null;
  const r = filled.findIndex((n) => n >= most * 0.6);
  return r < 0 ? null : r;
}

function display(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(v.getUTCDate())}/${p(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  }
  return String(v);
}

const TITLE_KEYS: Partial<Record<LayoutKey, keyof ReturnType<typeof labels>>> = {
  admissions: 'admissionsTitle',
  structure: 'structureTitle',
  pivot: 'pivotTitle',
  pivotData: 'pivotDataTitle',
  findings: 'findingsTitle',
};

/** The titles the add-in writes in A1 of a layout sheet, in either language (and this layout's own). */
function ownTitles(layout: SheetLayout): Set<string> {
  const key = TITLE_KEYS[layout.key];
  const titles = new Set<string>();
  const first = layout.rows[0]?.[0];
  if (typeof first === 'string' && first) titles.add(first);
  if (key) for (const lang of ['vi', 'en'] as const) titles.add(String(labels(lang)[key]).replace('{year}', String(layout.year)));
  return titles;
}

/** Rows of the template that carry list validation (Excel keeps it cheap as one range each). */
export const TEMPLATE_ROWS = 2000;
export const LIST_SHEET = 'DanhMuc';

/**
 * Sheets read from a file ExcelJS cannot load (.ods, .xls, CSV) as a workbook to edit and save as
 * .xlsx: values as read, date serials (of either date system) as dates shown dd/mm/yyyy.
 */
function workbookOfGrids(grids: SheetGrid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangvien';
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    const top = g.origin?.row ?? 0;
    const left = g.origin?.col ?? 0;
    g.values.forEach((values, r) => {
      const row = ws.getRow(top + r + 1);
      values.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(left + c + 1);
        const day = typeof v === 'number' && g.numberFormats?.[r]?.[c] ? dayFromSerial(v, g.date1904) : null;
        if (day !== null) {
          cell.value = new Date(day * 86_400_000);
          cell.numFmt = DATE_FORMAT;
        } else cell.value = v;
      });
    });
  }
  return wb;
}

// ---------------------------------------------------------------------------------------------

/**
 * ExcelJS's writer notes on a cell's value model the note it wrote and its style's number, and
 * they outlive the save. A cell put back as it was must lose them, else after a save while
 * marked the next save writes the mark's note again, and a cell whose style is empty again keeps
 * its marked style's number, which in the new file is another cell's style (a date format on a name).
 */
function forgetLastSave(c: ExcelJS.Cell): void {
  const model = (c as unknown as { _value?: { model?: { comment?: unknown; styleId?: unknown } } })._value?.model;
  if (!model) return;
  // The note is written from the cell's own note again (ExcelJS's Cell#model), the style's number from its style.
  delete model.comment;
  delete model.styleId;
}

interface MarkRecord {
  sheet: string;
  cell: string;
  note: ExcelJS.Cell['note'] | undefined;
  style: Partial<ExcelJS.Style>;
}

export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  fileName: string;
  /** The last bytes handed to `save` (tests read them). */
  lastSaved: { bytes: Uint8Array; fileName: string } | null = null;
  /** Whether the workbook was changed since it was opened (fixes, marks, inserted sheets). */
  dirty = false;
  /** The cell `goTo` last asked for. */
  selection: { sheet: string; cell: string } | null = null;
  private readonly marks = new Map<string, MarkRecord>();
  private readonly chunkRows: number;
  /** The file's own sheets, by the id of the ExcelJS sheet each is: read from the file's bytes. */
  private readonly fromFile = new Map<number, string>();
  /** The workbook counts its dates from 1904 (as our reader read its mark). */
  private readonly date1904: boolean;
  /** Cells changed in the file's sheets since it was opened, by sheet id. */
  private readonly changed = new Map<number, Map<string, number>>();

  constructor(
    readonly workbook: ExcelJS.Workbook,
    private readonly options: FileHostOptions,
    /** Reads the file's sheets again from its bytes, as opened (none for a new workbook). */
    private readonly reread?: (options: ReadOptions) => Promise<SheetGrid[]>,
    opened: SheetGrid[] = [],
  ) {
    this.fileName = options.fileName;
    this.chunkRows = options.chunkRows ?? 20_000;
    this.date1904 = opened.some((g) => g.date1904);
    for (const grid of opened) {
      const ws = this.workbook.worksheets.find((w) => w.name === grid.name);
      if (ws) this.fromFile.set(ws.id, grid.name);
    }
  }

  /**
   * Opens a picked file (an .xlsx, .ods, .xls or CSV), or several CSV files as one workbook (`more`);
   * throws UnreadableFileError with one clear line when it cannot be read.
   */
  static async open(bytes: Uint8Array, options: FileHostOptions, onProgress?: ProgressFn, more: NamedBytes[] = []): Promise<FileHost> {
    onProgress?.({ step: 'open', done: 0, total: 0 });
    const files = [{ name: options.fileName, bytes }, ...more];
    if (files.length === 1 && isXlsxFile(files[0])) {
      // Read whole once before ExcelJS loads it: what is damaged or hostile is refused by our reader.
      const { workbook, grids } = await openWorkbook(bytes, { pause: nextTick, onProgress });
      return new FileHost(workbook, options, (o) => readXlsx(bytes, o), grids);
    }
    // Another format: its sheets as our readers read them, copied into a new workbook to edit and save as .xlsx.
    const grids = await readSpreadsheets(files, { pause: nextTick, onProgress });
    return new FileHost(workbookOfGrids(grids), options, (o) => readSpreadsheets(files, o), grids);
  }

  /** A new, empty workbook (for "Tạo mẫu" with no file open). */
  static empty(options: FileHostOptions): FileHost {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'dangvien';
    return new FileHost(wb, options);
  }

  async capabilities(): Promise<HostCapabilities> {
    return {
      pivots: false,
      openNewWorkbook: false,
      marks: true,
      limits: [
        {
          vi: 'Ngoài Excel, sheet Pivot chứa bảng số liệu thay cho PivotTable; mở sổ trong Excel để có PivotTable.',
          en: 'Outside Excel the Pivot sheet holds the cross-tabs as values; open the workbook in Excel for PivotTables.',
        },
        {
          vi: 'Bấm vào một phát hiện sẽ hiện các ô quanh nó; các thay đổi nằm trong tệp tải về (“Lưu sổ về máy”).',
          en: 'A finding’s link shows the cells around it; changes are in the downloaded file (“Save the workbook”).',
        },
      ],
    };
  }

  /**
   * The sheets as they now are: the file's own read from its bytes by the reader (which reads what
   * ExcelJS misreads), with the cells changed since from the ExcelJS workbook; the sheets added
   * since (summaries, the template) from the ExcelJS workbook.
   */
  async readGrids(onProgress?: ProgressFn, signal?: AbortSignal): Promise<SheetGrid[]> {
    const read = this.reread && this.fromFile.size ? await this.reread({ onProgress, signal, pause: nextTick, progressEvery: this.chunkRows }) : [];
    const byName = new Map(read.map((g) => [g.name, g]));
    const grids: SheetGrid[] = [];
    for (const ws of this.workbook.worksheets) {
      if (signal?.aborted) throw abortError();
      const own = this.fromFile.get(ws.id);
      const grid = own === undefined ? undefined : byName.get(own);
      grids.push(grid ? this.withChanges(grid, ws) : gridOfWorksheet(ws));
    }
    return grids;
  }

  /** A sheet read from the file, with the cells changed since (fixes, undone fixes) as they now are. */
  private withChanges(read: SheetGrid, ws: ExcelJS.Worksheet): SheetGrid {
    const cells = this.changed.get(ws.id);
    if (!cells?.size) return read;
    const values = read.values;
    const copied = new Set<number>();
    const formats = read.numberFormats;
    for (const cell of cells.keys()) {
      const at = parseA1(cell);
      if (!at) continue;
      if (!copied.has(at.row)) {
        copied.add(at.row);
        // Rows may share their formats' array: this one gets its own.
        values[at.row] ??= [];
        if (formats?.[at.row]) formats[at.row] = formats[at.row].slice();
      }
      values[at.row][at.col] = plainValue(ws.getCell(cell).value);
      // A changed cell carries its new value's own type: no date format read from the file.
      if (formats?.[at.row]) formats[at.row][at.col] = null;
    }
    return read;
  }

  /**
   * Counts a change of a cell of the file's own sheets (+1 a fix, -1 its undo): at 0 the cell holds
   * the file's value again, read from the file (which the reader reads as ExcelJS may not).
   */
  private noteChanged(ws: ExcelJS.Worksheet, cell: string, by: 1 | -1): void {
    if (!this.fromFile.has(ws.id)) return;
    let cells = this.changed.get(ws.id);
    if (!cells) this.changed.set(ws.id, (cells = new Map()));
    const key = cell.toUpperCase();
    const n = (cells.get(key) ?? 0) + by;
    if (n > 0) cells.set(key, n);
    else cells.delete(key);
  }


  private sheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
  }

  /** The add-in's sheet of this layout and year, if the workbook has one. */
  private ownSheet(layout: SheetLayout): ExcelJS.Worksheet | undefined {
    for (const loc of this.workbook.definedNames.getRanges(ownName(layout))?.ranges ?? []) {
      const ws = this.sheet(sheetOfLocation(loc));
      if (ws) return ws;
    }
    // Sheets made before the defined names, or by the command line: known by their title in A1.
    const ws = this.sheet(layout.name);
    if (!ws || layout.key === 'report') return undefined;
    return ownTitles(layout).has(String(plainValue(ws.getCell('A1').value) ?? '')) ? ws : undefined;
  }

  private uniqueName(base: string): string {
    for (let i = 2; ; i++) {
      const suffix = ` (${i})`;
      const name = base.slice(0, 31 - suffix.length) + suffix;
      if (!this.sheet(name)) return name;
    }
  }

  async insertLayouts(layouts: SheetLayout[], onProgress?: ProgressFn): Promise<InsertResult> {
    const replaced: string[] = [];
    const names = new Map<string, string>();
    for (const layout of layouts) {
      const own = this.ownSheet(layout);
      if (own) {
        this.workbook.definedNames.remove(ownLocation(own.name), ownName(layout));
        this.workbook.removeWorksheet(own.id);
        replaced.push(own.name);
      }
      // A user's sheet of the same name keeps it; ours takes the next free `name (2)`.
      names.set(layout.name, this.sheet(layout.name) ? this.uniqueName(layout.name) : layout.name);
    }
    const sheets: string[] = [];
    let done = 0;
    for (const layout of layouts) {
      onProgress?.({ step: 'insert', done, total: layouts.length, sheet: layout.name });
      const name = names.get(layout.name)!;
      const renamed: SheetLayout = {
        ...layout,
        name,
        pivots: layout.pivots.map((p) => ({ ...p, sourceSheet: names.get(p.sourceSheet) ?? p.sourceSheet })),
      };
      const ws = renderLayout(this.workbook, renamed);
      if (layout.hidden) ws.state = 'hidden';
      this.workbook.definedNames.add(ownLocation(name), ownName(layout));
      sheets.push(name);
      done++;
      await nextTick();
    }
    onProgress?.({ step: 'insert', done, total: layouts.length });
    const first = sheets.length ? this.sheet(sheets[0]) : undefined;
    if (first) this.activate(first, 'A1');
    this.dirty = true;
    return { sheets, replaced };
  }

  private activate(ws: ExcelJS.Worksheet, cell: string): void {
    const index = this.workbook.worksheets.indexOf(ws);
    const views = (this.workbook.views ?? []) as ExcelJS.WorkbookView[];
    const base: ExcelJS.WorkbookView = views[0] ?? { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' };
    this.workbook.views = [{ ...base, activeTab: Math.max(0, index), firstSheet: 0 }];
    const view = (ws.views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView>;
    ws.views = [{ ...view, state: view.state ?? 'normal', activeCell: cell } as ExcelJS.WorksheetView];
  }

  async goTo(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (!ws) throw Object.assign(new Error(`Sheet not found: ${sheet}`), { name: 'ItemNotFound', code: 'ItemNotFound' });
    const at = cell ? parseA1(cell) : null;
    this.selection = { sheet: ws.name, cell: at ? cell : 'A1' };
    this.activate(ws, at ? cell : 'A1');
  }

  /**
   * The cells around one (two rows and columns each side), the sheet's headers above them, and
   * the row it conflicts with (`related`, an address on the same sheet) when that is elsewhere.
   */
  peek(sheet: string, cell: string, radius = 2, related?: string): CellPeek | null {
    const ws = this.sheet(sheet);
    const at = parseA1(cell);
    if (!ws || !at) return null;
    const c0 = Math.max(0, at.col - radius);
    const r0 = Math.max(0, at.row - radius);
    const columns: string[] = [];
    for (let c = c0; c <= at.col + radius; c++) columns.push(columnLetters(c));
    const valuesOf = (r: number): string[] => {
      const row = ws.findRow(r + 1);
      const values: string[] = [];
      for (let c = c0; c <= at.col + radius; c++) values.push(row ? display(plainValue(row.getCell(c + 1).value)) : '');
      return values;
    };
    const rows: CellPeek['rows'] = [];
    for (let r = r0; r <= at.row + radius; r++) rows.push({ row: r + 1, values: valuesOf(r) });
    const peek: CellPeek = { sheet: ws.name, cell, columns, rows, at: { row: at.row - r0, col: at.col - c0 } };
    const headerRow = headerRowAbove(ws, at.row);
    if (headerRow !== null) {
      peek.headerRow = headerRow + 1;
      peek.headers = valuesOf(headerRow);
    }
    const other = related ? parseA1(related) : null;
    if (other) peek.related = { row: other.row + 1, values: valuesOf(other.row) };
    return peek;
  }

  async exportSummary(layouts: SheetLayout[], fileName: string): Promise<ExportResult> {
    const bytes = writeXlsx(layouts);
    await this.hand(bytes, fileName);
    return { kind: 'downloaded', fileName };
  }

  /** The whole workbook as it now is (inserted sheets, fixes, marks), as a download. */
  async save(fileName = this.fileName): Promise<string> {
    const buf = await this.workbook.xlsx.writeBuffer();
    await this.hand(new Uint8Array(buf as ArrayBuffer), fileName);
    return fileName;
  }

  private async hand(bytes: Uint8Array, fileName: string): Promise<void> {
    this.lastSaved = { bytes, fileName };
    await this.options.save?.(bytes, fileName);
  }

  async markFindings(findings: ShownFinding[], onProgress?: ProgressFn): Promise<number> {
    const plan = planMarks(findings, {
      existing: this.marks.size,
      hasSheet: (name) => !!this.sheet(name),
      isMarked: (name, cell) => this.marks.has(`${this.sheet(name)!.name}!${cell}`),
    });
    let done = 0;
    for (const t of plan.targets) {
      const sheet = this.sheet(t.sheet)!;
      const c = sheet.getCell(t.cell);
      this.marks.set(`${sheet.name}!${t.cell}`, { sheet: sheet.name, cell: t.cell, note: c.note, style: { ...(c.style ?? {}) } });
      c.style = { ...(c.style ?? {}), fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(t.fill) } } };
      c.note = t.note;
      if (++done % 500 === 0) onProgress?.({ step: 'mark', done, total: plan.targets.length });
    }
    if (done) this.dirty = true;
    return done;
  }

  async clearMarks(): Promise<number> {
    let n = 0;
    for (const m of this.marks.values()) {
      const ws = this.sheet(m.sheet);
      if (!ws) continue;
      const c = ws.getCell(m.cell);
      c.style = { ...m.style };
      if (m.note === undefined || m.note === null) {
        // ExcelJS has no "delete note": a cell keeps one only while `note` is set.
        delete (c as unknown as { _comment?: unknown })._comment;
      } else {
        c.note = m.note;
      }
      forgetLastSave(c);
      n++;
    }
    this.marks.clear();
    return n;
  }

  async applyFixes(fixes: CellFix[]): Promise<UndoRecord> {
    const cells: UndoRecord['cells'] = [];
    for (const fix of fixes) {
      const ws = this.sheet(fix.sheet);
      if (!ws || !parseA1(fix.cell)) continue;
      const c = ws.getCell(fix.cell);
      cells.push({ sheet: ws.name, cell: fix.cell, previous: c.value ?? null });
      // A string value is written as text: `=…` never becomes a formula.
      c.value = fix.value;
      this.noteChanged(ws, fix.cell, 1);
    }
    if (cells.length) this.dirty = true;
    return { cells };
  }

  async undoFixes(record: UndoRecord): Promise<void> {
    for (const { sheet, cell, previous } of [...record.cells].reverse()) {
      const ws = this.sheet(sheet);
      if (!ws) continue;
      ws.getCell(cell).value = (previous ?? null) as ExcelJS.CellValue;
      this.noteChanged(ws, cell, -1);
    }
  }

  async insertTemplate(year = new Date().getFullYear()): Promise<string[]> {
    const existing: SheetGrid[] = this.workbook.worksheets.map((ws) => ({ name: ws.name, values: [] }));
    const todo = templateSheets({ year }).filter((t) => !findSheet(t.def, existing));
    if (!todo.length) return [];
    const created: string[] = [];
    // The lists live on a hidden sheet: a list of 55 ethnic groups is too long to write inline.
    let listSheet = this.sheet(LIST_SHEET);
    let listName = LIST_SHEET;
    if (listSheet && String(plainValue(listSheet.getCell('A1').value)) !== MARK_TAG) {
      listName = this.uniqueName(LIST_SHEET);
      listSheet = undefined;
    }
    if (!listSheet) {
      listSheet = this.workbook.addWorksheet(listName, { state: 'hidden' });
      listSheet.getCell('A1').value = MARK_TAG;
    }
    let listCol = listSheet.actualColumnCount + 1;
    for (const t of todo) {
      const ws = this.workbook.addWorksheet(t.def.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      const headers = t.columns.map((c) => c.header);
      ws.addRow(headers);
      // Dates as serials of the workbook's own date system, shown by the column's date format.
      ws.addRow(t.columns.map((c) => (c.format === DATE_FORMAT && typeof c.example === 'number' ? c.example - (this.date1904 ? DAYS_1900_TO_1904 : 0) : (c.example ?? ''))));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.alignment = { vertical: 'middle', wrapText: true };
      header.eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }));
      const example = ws.getRow(2);
      example.font = { italic: true, color: { argb: 'FF595959' } };
      t.columns.forEach((c, i) => {
        const column = ws.getColumn(i + 1);
        column.width = c.width;
        // The column's format, so rows typed below keep codes as text and dates as dates.
        if (c.format !== 'General') {
          column.numFmt = c.format;
          ws.getCell(1, i + 1).numFmt = 'General';
        }
      });
      ws.getCell('A2').note = 'Dòng ví dụ: sửa hoặc xóa. / An example row: edit or delete it.';
      t.columns.forEach((c, col) => {
        if (!c.list) return;
        const values = c.list;
        const letter = columnLetters(listCol - 1);
        listSheet!.getCell(1, listCol).value = c.header;
        values.forEach((v, i) => (listSheet!.getCell(i + 2, listCol).value = v));
        const ref = `'${listName}'!$${letter}$2:$${letter}$${values.length + 1}`;
        const target = columnLetters(col);
        (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
          `${target}2:${target}${TEMPLATE_ROWS}`,
          {
            type: 'list',
            allowBlank: true,
            formulae: [ref],
            showErrorMessage: true,
            errorStyle: 'warning',
            errorTitle: c.header,
            error: 'Giá trị không có trong danh sách. / The value is not in the list.',
          },
        );
        listCol++;
      });
      created.push(ws.name);
    }
    const first = this.sheet(created[0]);
    if (first) this.activate(first, 'A2');
    this.dirty = true;
    return created;
  }
}
