/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice, WPS and Google Sheets save it) into
 * SheetGrids: the zip checked like an .xlsx's (inspect.ts), `content.xml` inflated once and
 * tokenized as it inflates by the same strict XML scanner. Loaded only when such a file is opened.
 *
 * A cell's value is in its attributes (`office:value-type` with `office:value`,
 * `office:date-value`, `office:time-value`, `office:boolean-value`, `office:string-value`), its
 * text in `<text:p>` paragraphs; formulas carry their cached result the same way. Repeated rows
 * and cells (`table:number-rows-repeated`, LibreOffice's way of writing a million empty rows)
 * are expanded only where they hold a value, and count against the limits as they expand.
 *
 * Dates: a date cell holds its ISO date; it becomes a serial of the workbook's date system. That
 * system is the table's null date (`table:null-date`, 30/12/1899 unless told): 01/01/1904 makes
 * it a 1904 workbook (SheetGrid.date1904), so plain numbers in date columns keep the day the user
 * sees. Hidden sheets are read like the others, in the workbook's order.
 */
import type { CellValue, SheetGrid } from '../../core/grid';
import { dayFromYMD } from '../../core/dates';
import { BOMB, mb, LIMITS, zipStructure, type ZipPart } from '../xlsx/inspect';
import { PartError, streamPart } from '../xlsx/part-stream';
import { scanXml, textOf, XmlError, XmlScanner, type Attrs, type XmlHandler } from '../xlsx/xml-scan';
import { UnreadableFileError, type ReadOptions } from '../xlsx/xlsx-reader';
import { CellBudget, damaged, passwordProtected, SheetBuilder } from '../sheet-builder';

const SPREADSHEET_TYPES = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

/** Days from 1970-01-01 to the 1900 system's serial 0 (30/12/1899 once past 28/02/1900). */
const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** Serial of an ISO date or date-time (`2017-05-02`, `2017-05-02T08:30:00`), in the workbook's system. */
export function odsDateSerial(s: string, date1904: boolean): number | null {
  const m = /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(s);
  if (!m) return null;
  const day = dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
  const time = m[4] ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400 : 0;
  const serial = day + (date1904 ? EPOCH_1904 : EPOCH_1900) + time;
  // The 1900 system counts a 29/02/1900 that never was: serials before it are one less.
  return !date1904 && serial < 61 ? serial - 1 : serial;
}

/** Fraction of a day of an ISO duration `PT08H30M00S` (a time cell). */
function durationDays(s: string): number | null {
  const m = /^\s*(-)?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?\s*$/.exec(s);
  if (!m) return null;
  const days = Number(m[2] ?? 0) + (Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) / 86400;
  return m[1] ? -days : days;
}

const NO_OP: XmlHandler = { open() {}, close() {}, text() {} };

/** A part read whole (manifest, mimetype): small in any real file. */
async function wholePart(bytes: Uint8Array, part: ZipPart): Promise<Uint8Array> {
  if (part.size > LIMITS.maxMetadataBytes) {
    throw new UnreadableFileError(`phần ${part.name} của tệp giải nén ra ${mb(part.size)}, quá lớn / the part ${part.name} inflates to ${mb(part.size)}, too large`);
  }
  const out = new Uint8Array(part.size);
  let at = 0;
  try {
    await streamPart(bytes, part, (c) => {
      out.set(c, at);
      at += c.length;
    });
  } catch (e) {
    throw explain(part, e);
  }
  return out;
}

function explain(part: ZipPart, e: unknown): Error {
  if (e instanceof UnreadableFileError) return e;
  if (e instanceof PartError) {
    return e.kind === 'past-size'
      ? new UnreadableFileError(BOMB(`${part.name} giải nén vượt kích thước khai báo ${mb(part.size)}`, `${part.name} inflates past its declared ${mb(part.size)}`))
      : damaged('.ods', part.name);
  }
  if (e instanceof XmlError) {
    return new UnreadableFileError(`tệp bị hỏng, XML hỏng trong phần ${part.name} / the file is damaged: malformed XML in ${part.name} (${String(e.message).slice(0, 200)}); cannot read the file's content`);
  }
  if (e instanceof Error && e.name === 'AbortError') return e;
  return new UnreadableFileError(`không đọc được phần ${part.name}: ${String((e as Error)?.message ?? e).slice(0, 160)} / cannot read the file's content`);
}

/** Whether the manifest says a part is encrypted (a file saved with a password). */
async function encrypted(bytes: Uint8Array, manifest: ZipPart | undefined): Promise<boolean> {
  if (!manifest) return false;
  let found = false;
  try {
    scanXml(await wholePart(bytes, manifest), {
      ...NO_OP,
      open(tag) {
        if (tag === 'encryption-data') found = true;
      },
    });
  } catch (e) {
    throw explain(manifest, e);
  }
  return found;
}

/** A repeat count or similar: a whole number from 1, else the fallback. */
const positiveInt = (s: string | undefined, fallback: number) => {
  const n = s === undefined ? NaN : Number(s);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
};

/** Columns of Excel's widest sheet and rows of its longest: repeats past them are LibreOffice's padding. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;
/** Excel's longest cell text: a run of spaces (`text:s c="…"`) is real text up to that length. */
const MAX_CELL_TEXT = 32_767;

/** Whether any of the cell's `value-type` attributes (whatever their prefix) says "error": its text is the error's code. */
function isError(a: Attrs): boolean {
  for (let i = 0; i < a.n; i++) if (a.names[i] === 'value-type' && textOf(a.buf, a.starts[i], a.ends[i], false) === 'error') return true;
  return false;
}

interface Pending {
  value: CellValue;
  dated: boolean;
}

/** Reads content.xml: the null date, then each `<table:table>` as a grid. */
class ContentReader implements XmlHandler {
  readonly grids: SheetGrid[] = [];
  date1904 = false;
  private sheet: SheetBuilder | null = null;
  private depth = 0;
  private row = 0;
  private rowRepeat = 1;
  private col = 0;
  private rowCells: { col: number; repeat: number; cell: Pending }[] = [];
  private rowReach = 0;
  private cell: Pending | null = null;
  private cellRepeat = 1;
  private cellType = '';
  private cellText: string[] | null = null;
  private paragraphs: string[] = [];
  private textDepth = 0;
  private annotation = 0;
  private stringValue: string | undefined;
  /** Rows read so far, for the progress. */
  rows = 0;
  onRow?: (sheet: string) => void;

  constructor(private readonly budget: CellBudget) {}

  open(tag: string, a: Attrs, empty: boolean): void {
    if (this.cellText) {
      this.openInCell(tag, a);
      return;
    }
    switch (tag) {
      case 'null-date': {
        const d = a.get('date-value') ?? '1899-12-30';
        this.date1904 = /^1904-01-01/.test(d);
        break;
      }
      case 'table':
        // Sub-tables (a table inside a cell's shape) are not sheets.
        if (this.depth++ === 0) {
          this.sheet = new SheetBuilder(a.get('name') ?? `Sheet${this.grids.length + 1}`, this.date1904);
          this.row = 0;
        }
        break;
      case 'table-row':
        if (this.sheet && this.depth === 1) {
          this.rowRepeat = positiveInt(a.get('number-rows-repeated'), 1);
          this.col = 0;
          this.rowCells = [];
          this.rowReach = 0;
        }
        break;
      case 'table-cell':
      case 'covered-table-cell':
        if (this.sheet && this.depth === 1) this.openCell(a, empty);
        break;
    }
  }

  private openCell(a: Attrs, empty: boolean): void {
    this.cellRepeat = positiveInt(a.get('number-columns-repeated'), 1);
    // `office:value-type`, and LibreOffice's `calcext:value-type` saying "error" for #N/A and the like.
    this.cellType = a.get('value-type') ?? '';
    if (isError(a)) this.cellType = 'error';
    let value: CellValue = null;
    let dated = false;
    switch (this.cellType) {
      case 'float':
      case 'percentage':
      case 'currency': {
        const v = (a.get('value') ?? '').trim();
        const n = v === '' ? NaN : Number(v);
        value = Number.isFinite(n) ? n : null;
        break;
      }
      case 'date': {
        const v = a.get('date-value') ?? '';
        value = odsDateSerial(v, this.date1904) ?? v;
        dated = typeof value === 'number';
        break;
      }
      case 'time': {
        const v = a.get('time-value') ?? '';
        value = durationDays(v) ?? v;
        dated = typeof value === 'number';
        break;
      }
      case 'boolean': {
        const v = (a.get('boolean-value') ?? '').trim().toLowerCase();
        value = v === 'true' || v === '1';
        break;
      }
    }
    this.stringValue = this.cellType === 'string' ? a.get('string-value') : undefined;
    this.cell = { value, dated };
    this.paragraphs = [];
    this.annotation = 0;
    if (empty) this.closeCell();
    else this.cellText = [];
  }

  /** Inside a cell: its paragraphs, spaces (`text:s`), tabs and line breaks; notes left out. */
  private openInCell(tag: string, a: Attrs): void {
    if (tag === 'annotation') this.annotation++;
    if (this.annotation) return;
    if (tag === 'p' || tag === 'h') {
      this.textDepth++;
      this.cellText = [];
    } else if (tag === 's') this.cellText!.push(' '.repeat(Math.min(positiveInt(a.get('c'), 1), MAX_CELL_TEXT)));
    else if (tag === 'tab') this.cellText!.push('\t');
    else if (tag === 'line-break') this.cellText!.push('\n');
  }

  close(tag: string): void {
    if (this.cellText) {
      if (tag === 'annotation') this.annotation--;
      else if (!this.annotation && (tag === 'p' || tag === 'h') && this.textDepth > 0) {
        this.textDepth--;
        this.paragraphs.push(this.cellText.join(''));
        this.cellText = [];
      } else if (tag === 'table-cell' || tag === 'covered-table-cell') {
        this.cellText = null;
        this.closeCell();
      }
      return;
    }
    if (tag === 'table') {
      if (--this.depth === 0 && this.sheet) {
        this.grids.push(this.sheet.grid());
        this.sheet = null;
      }
    } else if (tag === 'table-row' && this.sheet && this.depth === 1) this.closeRow();
  }

  text(b: Uint8Array, s: number, e: number, cdata: boolean): void {
    if (this.cellText && this.textDepth > 0 && !this.annotation) this.cellText.push(textOf(b, s, e, cdata));
  }

  private closeCell(): void {
    const cell = this.cell!;
    this.cell = null;
    this.textDepth = 0;
    if (cell.value === null) {
      const text = this.stringValue ?? (this.paragraphs.length ? this.paragraphs.join('\n') : null);
      // A cell typed as text keeps "" (a formula's empty result); an untyped one without text is empty.
      if (text !== null && (text !== '' || this.cellType === 'string')) cell.value = text;
    }
    const repeat = Math.min(this.cellRepeat, MAX_COLUMNS - this.col);
    if (cell.value !== null && repeat > 0) {
      this.rowCells.push({ col: this.col, repeat, cell });
      this.rowReach = this.col + repeat;
    }
    this.col += Math.max(0, repeat);
  }

  private closeRow(): void {
    const sheet = this.sheet!;
    const repeat = Math.min(this.rowRepeat, MAX_ROWS - this.row);
    if (this.rowCells.length && repeat > 0) {
      for (let r = 0; r < repeat; r++) {
        this.budget.reach(this.rowReach);
        for (const { col, repeat: n, cell } of this.rowCells) {
          this.budget.cell(n);
          for (let c = 0; c < n; c++) sheet.set(this.row + r, col + c, cell.value, cell.dated);
        }
        this.rows++;
        this.onRow?.(sheet.name);
      }
    } else this.budget.cell();
    this.row += Math.max(0, repeat);
  }
}

/**
 * The sheets of an .ods in the workbook's order. Throws UnreadableFileError with one line for a
 * file that is damaged, malformed, past the limits, password-protected, or not a spreadsheet.
 */
export async function readOds(bytes: Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const z = zipStructure(bytes);
  if ('reason' in z) throw new UnreadableFileError(z.reason.replace(/\.xlsx\b/g, '.ods'));
  const part = (name: string) => z.parts.find((p) => p.name === name);
  const mimetype = part('mimetype');
  if (mimetype) {
    const type = new TextDecoder().decode(await wholePart(bytes, mimetype)).trim();
    if (!SPREADSHEET_TYPES.test(type)) {
      throw new UnreadableFileError(`tệp OpenDocument không phải bảng tính (${type.slice(0, 60)}) / an OpenDocument file that is not a spreadsheet (${type.slice(0, 60)})`);
    }
  }
  if (await encrypted(bytes, part('META-INF/manifest.xml'))) throw passwordProtected('LibreOffice');
  const content = part('content.xml');
  if (!content) throw damaged('.ods', 'thiếu content.xml', 'content.xml is missing');
  const reader = new ContentReader(new CellBudget());
  const every = options.progressEvery ?? 20_000;
  if (options.onProgress) {
    const report = options.onProgress;
    reader.onRow = (sheet) => {
      if (reader.rows % every === 0) report({ step: 'read', done: reader.rows, total: 0, sheet });
    };
  }
  const scanner = new XmlScanner(reader);
  let last = Date.now();
  const pause = async () => {
    if (options.signal?.aborted) throw Object.assign(new Error('Aborted'), { name: 'AbortError' });
    if (options.pause && Date.now() - last >= 40) {
      last = Date.now();
      await options.pause();
    }
  };
  try {
    await streamPart(bytes, content, (chunk) => scanner.feed(chunk), { pause, inflate: options.inflate });
    scanner.end();
  } catch (e) {
    throw explain(content, e);
  }
  options.onProgress?.({ step: 'read', done: reader.rows, total: reader.rows });
  return reader.grids;
}
