/**
 * Reads an .xlsx/.xlsm into SheetGrids, or row by row into a sink (WorkbookRows) that need not
 * hold the rows: the zip's central directory checked (inspect.ts), each part inflated once
 * (part-stream.ts) and tokenized as it inflates (xml-scan.ts), the limits on cells, rows' reach
 * and shared strings counted on the way. Pure (no Node or DOM API): the command line and the
 * browser's worker run the same code.
 *
 * What files written by other programs hold and this reads: relationship targets relative or
 * absolute (`/xl/worksheets/sheet1.xml`), `date1904` written `1`, `true` or `on`, cached formula
 * results whatever they are (0, FALSE, ""), shared, inline and rich text, `t="d"` ISO dates,
 * booleans, error values, number formats telling dates from numbers, cells and rows without
 * their `r`, prefixed elements (`x:c`), Strict OOXML, sheets in any order (the workbook's order
 * counts, not the zip's), hidden sheets.
 *
 * Dates come out as serials of the workbook's date system (`SheetGrid.date1904`), with the
 * format `dd/mm/yyyy` in `numberFormats` wherever the cell's style shows a date; the core turns
 * them into days.
 */
import { GridCollector, putGrid, RowsOutOfOrder, type CellValue, type FormatRow, type SheetGrid, type SheetRows, type SheetShape, type WorkbookRows } from '../../core/grid';
import { dayFromYMD } from '../../core/dates';
import type { ProgressFn } from '../workbook';
import { DAMAGED, LIMITS, tooManyCells, tooManyStrings, tooWide, BOMB, mb, zipParts, type ZipPart } from './inspect';
import { isDateFormat } from './number-formats';
import { PartError, streamPart, type RawInflater } from './part-stream';
import { Attrs, bytesAt, scanXml, textOf, XmlError, XmlScanner, type XmlHandler } from './xml-scan';

export class UnreadableFileError extends Error {}

/** The format given to date cells in `numberFormats`: what the core reads as a date. */
export const DATE_FORMAT = 'dd/mm/yyyy';

export interface ReadOptions {
  onProgress?: ProgressFn;
  /** Awaited now and then while reading (the worker yields to hear "cancel"). */
  pause?: () => void | Promise<void>;
  signal?: AbortSignal;
  /** Rows between two progress reports (20,000 unless told). */
  progressEvery?: number;
  /** The host's native inflater (the command line's zlib); fflate otherwise. */
  inflate?: RawInflater;
}

const REL_OFFICE = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/** Counts shared by all parts of a file, against LIMITS. */
class Budget {
  cells = 0;
  strings = 0;
  span = 0;
  copy(): Budget {
    const b = new Budget();
    b.set(this);
    return b;
  }
  set(b: Budget): void {
    this.cells = b.cells;
    this.strings = b.strings;
    this.span = b.span;
  }
  cell(): void {
    if (++this.cells > LIMITS.maxCells) throw new UnreadableFileError(tooManyCells());
  }
  string(): void {
    if (++this.strings > LIMITS.maxSharedStrings) throw new UnreadableFileError(tooManyStrings());
  }
  reach(lastColumn: number): void {
    this.span += lastColumn;
    if (this.span > LIMITS.maxRowSpan) throw new UnreadableFileError(tooWide());
  }
}

const malformed = (part: string, e: unknown) =>
  new UnreadableFileError(`tệp bị hỏng, XML hỏng trong phần ${part} / the file is damaged: malformed XML in ${part} (${String((e as Error).message).slice(0, 200)}); cannot read the file's content`);

const partMissing = (part: string) =>
  new UnreadableFileError(`tệp bị hỏng: thiếu phần ${part} / the file is damaged: the part ${part} is missing; cannot read the file's content`);

class Package {
  private readonly byName = new Map<string, ZipPart>();
  constructor(
    readonly bytes: Uint8Array,
    parts: ZipPart[],
    private readonly options: ReadOptions,
  ) {
    // Part names compare case-insensitively (OPC).
    for (const p of parts) this.byName.set(p.name.toLowerCase(), p);
  }

  part(name: string): ZipPart | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** Inflates a part into the scanner of `handler`; messages name the part. */
  async scan(part: ZipPart, handler: XmlHandler): Promise<void> {
    const scanner = new XmlScanner(handler);
    try {
      await streamPart(this.bytes, part, (chunk) => scanner.feed(chunk), { pause: this.options.pause, inflate: this.options.inflate });
      scanner.end();
    } catch (e) {
      throw this.explain(part, e);
    }
  }

  /** A small part whole (metadata, bounded by LIMITS.maxMetadataBytes). */
  async scanWhole(part: ZipPart, handler: XmlHandler): Promise<void> {
    if (part.size > LIMITS.maxMetadataBytes) {
      throw new UnreadableFileError(`phần ${part.name} của tệp giải nén ra ${mb(part.size)}, quá lớn / the part ${part.name} inflates to ${mb(part.size)}, too large`);
    }
    const chunks: Uint8Array[] = [];
    let n = 0;
    try {
      await streamPart(
        this.bytes,
        part,
        (c) => {
          chunks.push(c);
          n += c.length;
        },
        { inflate: this.options.inflate },
      );
      const all = new Uint8Array(n);
      let at = 0;
      for (const c of chunks) {
        all.set(c, at);
        at += c.length;
      }
      scanXml(all, handler);
    } catch (e) {
      throw this.explain(part, e);
    }
  }

  private explain(part: ZipPart, e: unknown): Error {
    if (e instanceof UnreadableFileError || e instanceof RowsOutOfOrder) return e;
    if (e instanceof PartError) {
      return new UnreadableFileError(
        e.kind === 'past-size'
          ? BOMB(`${part.name} giải nén vượt kích thước khai báo ${mb(part.size)}`, `${part.name} inflates past its declared ${mb(part.size)}`)
          : `${DAMAGED} (${part.name})`,
      );
    }
    if (e instanceof XmlError) return malformed(part.name, e);
    if (e instanceof Error && e.name === 'AbortError') return e;
    return new UnreadableFileError(`không đọc được phần ${part.name}: ${String((e as Error)?.message ?? e).slice(0, 160)} / cannot read the file's content`);
  }
}

/** Where a relationship points, as a part name: relative to the source part's folder, or absolute. */
export function resolveTarget(source: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // A stray `%` is part of the name.
  }
  t = t.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const base = t.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const seg of t.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') base.pop();
    else base.push(seg);
  }
  return base.join('/');
}

/** The relationships of a part, from `folder/_rels/name.rels`: Id → {type, part}. */
async function relationships(pkg: Package, source: string): Promise<Map<string, { type: string; target: string }>> {
  const slash = source.lastIndexOf('/');
  const relsName = `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  const rels = new Map<string, { type: string; target: string }>();
  const part = pkg.part(relsName);
  if (!part) return rels;
  await pkg.scanWhole(part, {
    open(name, a) {
      if (name !== 'Relationship' || a.get('TargetMode')?.toLowerCase() === 'external') return;
      const id = a.get('Id');
      const target = a.get('Target');
      if (id !== undefined && target !== undefined) rels.set(id, { type: a.get('Type') ?? '', target: resolveTarget(source, target) });
    },
    close() {},
    text() {},
  });
  return rels;
}

interface SheetEntry {
  name: string;
  rel: string | undefined;
}

async function workbookPart(pkg: Package): Promise<string> {
  const root = await relationships(pkg, '');
  for (const r of root.values()) if (REL_OFFICE.test(r.type) && pkg.part(r.target)) return r.target;
  return 'xl/workbook.xml';
}

const TRUE_WORDS = new Set(['1', 'true', 'on']);

async function readWorkbookPart(pkg: Package, name: string): Promise<{ sheets: SheetEntry[]; date1904: boolean }> {
  const part = pkg.part(name);
  if (!part) throw partMissing(name);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  await pkg.scanWhole(part, {
    open(tag, a) {
      if (tag === 'sheet') sheets.push({ name: a.get('name') ?? `Sheet${sheets.length + 1}`, rel: a.get('id') });
      else if (tag === 'workbookPr') date1904 = TRUE_WORDS.has((a.get('date1904') ?? '').trim().toLowerCase());
    },
    close() {},
    text() {},
  });
  return { sheets, date1904 };
}

/** Of each cell style (`cellXfs`, by `s`), whether it shows a date. */
async function readStyles(pkg: Package, part: ZipPart | undefined): Promise<boolean[]> {
  if (!part) return [];
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  await pkg.scanWhole(part, {
    open(tag, a, empty) {
      if (tag === 'numFmt') {
        const id = Number(a.get('numFmtId'));
        const code = a.get('formatCode');
        if (Number.isInteger(id) && code !== undefined) codes.set(id, code);
      } else if (tag === 'cellXfs') inCellXfs = !empty;
      else if (tag === 'xf' && inCellXfs) xfs.push(Number(a.get('numFmtId') ?? 0) || 0);
    },
    close(tag) {
      if (tag === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  return xfs.map((id) => isDateFormat(id, codes.get(id)));
}

const ascii = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

/** Decodes OOXML's `_xHHHH_` escapes (characters XML cannot hold, e.g. `_x000D_`). */
function unescapeOoxml(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/**
 * Collects the text of `<t>` elements under the element being read, leaving out phonetic runs
 * (`<rPh>`): a shared string `<si>` or an inline string `<is>`, plain or rich.
 */
class TextCollector {
  parts: string[] = [];
  inT = false;
  inPhonetic = false;
  open(tag: string): void {
    if (tag === 't') this.inT = !this.inPhonetic;
    else if (tag === 'rPh') this.inPhonetic = true;
  }
  close(tag: string): void {
    if (tag === 't') this.inT = false;
    else if (tag === 'rPh') this.inPhonetic = false;
  }
  text(b: Uint8Array, s: number, e: number, cdata: boolean): void {
    if (this.inT) this.parts.push(textOf(b, s, e, cdata));
  }
  take(): string {
    const s = this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    this.parts.length = 0;
    this.inT = false;
    this.inPhonetic = false;
    return unescapeOoxml(s);
  }
}

const SI_T = ascii('<si><t');
const PRESERVE = ascii(' xml:space="preserve">');
const END_T_SI = ascii('</t></si>');

/** The shared strings (`<sst>`), in order. */
class SharedStringsReader implements XmlHandler {
  readonly strings: string[] = [];
  private readonly collector = new TextCollector();
  private inSi = false;

  constructor(private readonly budget: Budget) {}

  open(tag: string): void {
    if (tag === 'si') {
      this.budget.string();
      this.inSi = true;
    } else if (this.inSi) this.collector.open(tag);
  }

  close(tag: string): void {
    if (tag === 'si') {
      this.strings.push(this.collector.take());
      this.inSi = false;
    } else if (this.inSi) this.collector.close(tag);
  }

  text(b: Uint8Array, s: number, e: number, cdata: boolean): void {
    if (this.inSi) this.collector.text(b, s, e, cdata);
  }

  /** Plain text, `<si><t>…</t></si>` (`t` may keep its spaces): nearly every shared string. Rich text is the scanner's. */
  element(b: Uint8Array, i: number, n: number): number {
    if (this.inSi || !bytesAt(b, i, SI_T)) return -1;
    let j = i + SI_T.length;
    if (j >= n) return -1;
    if (b[j] === 0x3e) j++;
    else if (bytesAt(b, j, PRESERVE)) j += PRESERVE.length;
    else return -1;
    let k = j;
    while (k < n && b[k] !== 0x3c) k++;
    if (!bytesAt(b, k, END_T_SI)) return -1;
    this.budget.string();
    this.strings.push(unescapeOoxml(textOf(b, j, k, false)));
    return k + END_T_SI.length;
  }
}

async function readSharedStrings(pkg: Package, part: ZipPart | undefined, budget: Budget): Promise<string[]> {
  if (!part) return [];
  const reader = new SharedStringsReader(budget);
  await pkg.scan(part, reader);
  return reader.strings;
}

/** Zero-based column of a reference's letters (`XFD12` → 16383); -1 without letters. */
function columnOf(b: Uint8Array, s: number, e: number): number {
  let col = 0;
  let i = s;
  for (; i < e; i++) {
    let c = b[i];
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    if (col > 16384) return -1;
  }
  return i === s ? -1 : col - 1;
}

/** `</c>` at `k`. */
const isEndC = (b: Uint8Array, k: number) => b[k] === 0x3c && b[k + 1] === 0x2f && b[k + 2] === 0x63 && b[k + 3] === 0x3e;
/** `<v>` at `k`. */
const isStartV = (b: Uint8Array, k: number) => b[k] === 0x3c && b[k + 1] === 0x76 && b[k + 2] === 0x3e;
/** `</v></c>` at `k`. */
const isEndVC = (b: Uint8Array, k: number) =>
  b[k] === 0x3c && b[k + 1] === 0x2f && b[k + 2] === 0x76 && b[k + 3] === 0x3e && b[k + 4] === 0x3c && b[k + 5] === 0x2f && b[k + 6] === 0x63 && b[k + 7] === 0x3e;

/** A cell's `t` by its first letter, which tells every type apart but `s` (shared) and `str` (a formula's text). */
function typeCode(b: Uint8Array, s: number, e: number): number {
  const t = b[s];
  return t === 0x73 && e - s === 3 ? 0x53 : t;
}

/** A positive integer written in a byte range, or -1. */
function intOf(b: Uint8Array, s: number, e: number): number {
  let v = 0;
  for (let i = s; i < e; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return e > s ? v : -1;
}

const EPOCH_1900 = 25569;
const EPOCH_1904 = 24107;

/** Serial (in the workbook's date system) of an ISO date or date-time `t="d"` cell; null when unreadable. */
function isoSerial(s: string, date1904: boolean): number | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(s);
  if (!m) return null;
  const day = dayFromYMD(Number(m[1]), Number(m[2]), Number(m[3]));
  const time = m[4] ? (Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0)) / 86400 : 0;
  const serial = day + (date1904 ? EPOCH_1904 : EPOCH_1900) + time;
  // The 1900 system counts a 29/02/1900 that never was: serials before it are one less.
  return !date1904 && serial < 61 ? serial - 1 : serial;
}

/** Reads one worksheet's cells, row by row into `sink`. */
class SheetReader implements XmlHandler {
  private inData = false;
  private rowIndex = -1;
  private row: CellValue[] | null = null;
  private rowFormats: FormatRow | null = null;
  /** The column after the row's last cell (its reach), and whether any of its cells holds a value. */
  private lastCol = 0;
  private filled = false;
  private col = -1;
  private type = 0;
  private dated = false;
  private inCell = false;
  private inValue = false;
  private value: string | null = null;
  /**
   * The value when it is written as plain digits (a shared string's index, a whole number, a date
   * serial: nearly every cell), read straight from the bytes; -1 otherwise. Saves making, trimming
   * and converting a string per cell; anything else (a sign, a point, spaces) goes through `value`.
   */
  private digits = -1;
  private inInline = false;
  private readonly inline = new TextCollector();
  rows = 0;
  /** Rows the sheet's `<dimension>` announces (0 when it has none). */
  private expected = 0;
  /** Called with the rows read so far (0 once the dimension is known) and the rows announced. */
  onRows?: (rows: number, expected: number) => void;

  constructor(
    private readonly strings: string[],
    private readonly dateStyles: boolean[],
    private readonly date1904: boolean,
    private readonly budget: Budget,
    private readonly sheetName: string,
    private readonly part: string,
    private readonly sink: SheetRows,
  ) {}

  open(tag: string, a: Attrs): void {
    if (this.inCell) {
      if (tag === 'v') {
        this.inValue = true;
        this.value = '';
        this.digits = -1;
      } else if (tag === 'is') this.inInline = true;
      else if (this.inInline) this.inline.open(tag);
      return;
    }
    if (tag === 'c' && this.row) {
      // One pass over the cell's attributes (`r`, `s`, `t`; any other is left alone).
      let col = -1;
      let type = 0;
      let dated = false;
      const b = a.buf;
      for (let i = 0; i < a.n; i++) {
        const name = a.names[i];
        if (name === 'r') col = columnOf(b, a.starts[i], a.ends[i]);
        else if (name === 't') type = typeCode(b, a.starts[i], a.ends[i]);
        else if (name === 's') dated = this.isDateStyle(b, a.starts[i], a.ends[i]);
      }
      this.startCell(col, type, dated);
      return;
    }
    if (tag === 'row' && this.inData) {
      this.budget.cell();
      const r = a.find('r');
      const n = r < 0 ? -1 : intOf(a.buf, a.starts[r], a.ends[r]);
      this.rowIndex = n >= 1 ? n - 1 : this.rowIndex + 1;
      this.row = [];
      this.rowFormats = null;
      this.col = -1;
      this.lastCol = 0;
      this.filled = false;
      return;
    }
    if (tag === 'sheetData') {
      this.inData = true;
      this.onRows?.(0, this.expected);
    } else if (tag === 'dimension') {
      // `A1:N100001`: a writer's word only, for the progress.
      const m = /(\d+)\s*$/.exec(a.get('ref') ?? '');
      this.expected = m ? Number(m[1]) : 0;
    }
  }

  private startCell(col: number, type: number, dated: boolean): void {
    this.budget.cell();
    this.col = col >= 0 ? col : this.col + 1;
    if (this.col + 1 > this.lastCol) this.lastCol = this.col + 1;
    this.type = type;
    this.dated = dated;
    this.inCell = true;
    this.value = null;
    this.digits = -1;
  }

  private isDateStyle(b: Uint8Array, s: number, e: number): boolean {
    return this.dateStyles[intOf(b, s, e)] === true;
  }

  /**
   * A cell of the common shape, read in one pass: `<c r="B2" s="3" t="s"><v>12</v></c>` (its
   * attributes one letter long, in any order, each after one space) or empty (`<c r="B2" s="3"/>`,
   * `<c …></c>`). Formulas, inline strings, other attributes, entities in them, comments are the
   * scanner's: the effect is the same, this is only quicker.
   */
  element(b: Uint8Array, i: number, n: number): number {
    if (b[i + 1] !== 0x63 || this.inCell || !this.row) return -1;
    let col = -1;
    let type = 0;
    let dated = false;
    let j = i + 2;
    let empty = false;
    // Every read is checked against `n` first: a read past the end would send the optimised code
    // back to the interpreter, once per place it happens.
    for (;;) {
      if (j + 4 > n) return -1;
      const c = b[j];
      if (c === 0x3e) break;
      if (c === 0x2f) {
        if (b[j + 1] !== 0x3e) return -1;
        empty = true;
        j++;
        break;
      }
      if (c !== 0x20 || b[j + 2] !== 0x3d) return -1;
      const q = b[j + 3];
      if (q !== 0x22 && q !== 0x27) return -1;
      const vs = j + 4;
      let k = vs;
      for (; k < n; k++) {
        const x = b[k];
        if (x === q) break;
        if (x === 0x3c || x === 0x26) return -1;
      }
      if (k >= n) return -1;
      const name = b[j + 1];
      if (name === 0x72) col = columnOf(b, vs, k);
      else if (name === 0x74) type = typeCode(b, vs, k);
      else if (name === 0x73) dated = this.isDateStyle(b, vs, k);
      else return -1;
      j = k + 1;
    }
    // j is at the start tag's `>`.
    if (j + 5 > n) return -1;
    if (empty) {
      this.startCell(col, type, dated);
      this.endCell();
      return j + 1;
    }
    if (isEndC(b, j + 1)) {
      this.startCell(col, type, dated);
      this.endCell();
      return j + 5;
    }
    if (!isStartV(b, j + 1)) return -1;
    const vs = j + 4;
    let k = vs;
    while (k < n && b[k] !== 0x3c) k++;
    if (k + 8 > n || !isEndVC(b, k)) return -1;
    this.startCell(col, type, dated);
    // Plain digits (a shared string's index, a whole number, a date's serial: nearly every cell)
    // straight from the bytes; anything else as the scanner's way reads it.
    const digits = k - vs <= 15 && (type === 0 || type === 0x6e || type === 0x73) ? intOf(b, vs, k) : -1;
    if (digits >= 0) {
      this.inCell = false;
      this.filled = true;
      // The kind is known: the value itself is not looked at (a string elsewhere in memory).
      if (type === 0x73) this.row![this.col] = this.sharedString(digits, null);
      else {
        this.row![this.col] = digits;
        if (dated) this.markDate();
      }
      return k + 8;
    }
    this.inValue = true;
    this.value = '';
    if (k > vs) this.text(b, vs, k, false);
    this.inValue = false;
    this.endCell();
    return k + 8;
  }

  close(tag: string): void {
    if (this.inCell) {
      if (tag === 'c') this.endCell();
      else if (tag === 'v') this.inValue = false;
      else if (tag === 'is') this.inInline = false;
      else if (this.inInline) this.inline.close(tag);
      return;
    }
    if (tag === 'row' && this.row) this.endRow();
    else if (tag === 'sheetData') this.inData = false;
  }

  text(b: Uint8Array, s: number, e: number, cdata: boolean): void {
    if (this.inValue) {
      // Up to 15 digits a double holds exactly, as Number() of the same text gives.
      if (this.value === '' && this.digits < 0 && !cdata && e - s <= 15 && (this.type === 0 || this.type === 0x6e || this.type === 0x73)) {
        const n = intOf(b, s, e);
        if (n >= 0) {
          this.digits = n;
          return;
        }
      }
      if (this.digits >= 0) {
        this.value = String(this.digits);
        this.digits = -1;
      }
      this.value += textOf(b, s, e, cdata);
    }
    else if (this.inInline) this.inline.text(b, s, e, cdata);
  }

  private endCell(): void {
    this.inCell = false;
    const v = this.cellValue();
    if (this.inInline) this.inInline = false;
    this.put(v);
  }

  /** The value of the cell just read into its row. */
  private put(v: CellValue): void {
    if (v === null) return;
    const row = this.row!;
    const col = this.col;
    row[col] = v;
    this.filled = true;
    if (typeof v === 'number' && (this.dated || this.type === 0x64)) this.markDate();
  }

  /** The cell just read holds a date. */
  private markDate(): void {
    (this.rowFormats ??= [])[this.col] = DATE_FORMAT;
  }

  private cellValue(): CellValue {
    const v = this.value;
    switch (this.type) {
      case 0x73: {
        // s: an index into the shared strings.
        if (this.digits >= 0) return this.sharedString(this.digits, v);
        if (v === null) return null;
        return this.sharedString(Number(v), v);
      }
      case 0x69:
        // inlineStr
        return this.inline.parts.length || v === null ? this.inline.take() : unescapeOoxml(v);
      case 0x53:
        // str: a formula's text result, "" included.
        return v === null ? null : unescapeOoxml(v);
      case 0x62:
        // b
        if (v === null) return null;
        return v.trim() === '1' || v.trim().toLowerCase() === 'true';
      case 0x65:
        // e: the error's code (#N/A, #VALUE!), which the core reports.
        return v === null ? null : v.trim();
      case 0x64: {
        // d: an ISO 8601 date.
        if (v === null) return null;
        return isoSerial(v, this.date1904) ?? v;
      }
      default: {
        if (this.digits >= 0) return this.digits;
        if (v === null) return null;
        const t = v.trim();
        if (t === '') return null;
        const n = Number(t);
        return Number.isNaN(n) ? t : n;
      }
    }
  }

  private sharedString(i: number, v: string | null): string {
    const str = this.strings[i];
    if (str === undefined) throw new UnreadableFileError(`tệp bị hỏng: ô ${this.where()} trỏ tới chuỗi dùng chung ${String(v || i).slice(0, 12)} không có / the file is damaged: cell ${this.where()} refers to a shared string that does not exist (${this.part})`);
    return str;
  }

  private where(): string {
    let s = '';
    for (let n = this.col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return `${this.sheetName}!${s}${this.rowIndex + 1}`;
  }

  private endRow(): void {
    const row = this.row!;
    this.row = null;
    this.budget.reach(this.lastCol);
    if (!this.filled) return;
    this.sink.row(this.rowIndex, row, this.rowFormats);
    this.rows++;
    if (this.onRows) this.onRows(this.rows, this.expected);
  }
}

/** A timer-free clock for "now and then": the worker's pause is cheap but not free. */
function throttle(pause: (() => void | Promise<void>) | undefined, signal: AbortSignal | undefined): (() => void | Promise<void>) | undefined {
  if (!pause && !signal) return undefined;
  let last = Date.now();
  return () => {
    if (signal?.aborted) throw Object.assign(new Error('Aborted'), { name: 'AbortError' });
    const now = Date.now();
    if (!pause || now - last < 40) return;
    last = now;
    return pause();
  };
}

/**
 * The sheets of an .xlsx in the workbook's order, as grids. Throws UnreadableFileError with one
 * line (naming the part) for a file that is not a workbook, damaged, malformed or past the limits.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const grids = new GridCollector();
  await streamXlsx(bytes, grids, options);
  return grids.grids;
}

/**
 * The sheets of an .xlsx in the workbook's order, each row into `sink` as it is read: a sink that
 * makes rows into records holds no sheet whole. Throws as `readXlsx` does.
 */
export async function streamXlsx(bytes: Uint8Array, sink: WorkbookRows, options: ReadOptions = {}): Promise<void> {
  const z = zipParts(bytes);
  if ('reason' in z) throw new UnreadableFileError(z.reason);
  const pkg = new Package(bytes, z.parts, { ...options, pause: throttle(options.pause, options.signal) });
  const budget = new Budget();
  const wbName = await workbookPart(pkg);
  const { sheets, date1904 } = await readWorkbookPart(pkg, wbName);
  const rels = await relationships(pkg, wbName);
  let stringsPart: string | undefined;
  let stylesPart: string | undefined;
  for (const r of rels.values()) {
    if (REL_STRINGS.test(r.type)) stringsPart = r.target;
    else if (REL_STYLES.test(r.type)) stylesPart = r.target;
  }
  const dateStyles = await readStyles(pkg, stylesPart ? pkg.part(stylesPart) : undefined);
  const strings = await readSharedStrings(pkg, stringsPart ? pkg.part(stringsPart) : undefined, budget);
  let done = 0;
  for (const sheet of sheets) {
    const shape: SheetShape = date1904 ? { name: sheet.name, date1904 } : { name: sheet.name };
    const rel = sheet.rel ? rels.get(sheet.rel) : undefined;
    if (!rel) throw new UnreadableFileError(`tệp bị hỏng: sheet "${sheet.name}" không trỏ tới phần nào / the file is damaged: sheet "${sheet.name}" points to no part (${wbName})`);
    if (!REL_WORKSHEET.test(rel.type)) {
      // A chart sheet has no cells.
      sink.sheet({ name: sheet.name }).end();
      continue;
    }
    const rows = sink.sheet(shape);
    const part = pkg.part(rel.target);
    if (!part) throw partMissing(rel.target);
    const read = async (into: SheetRows, counts: Budget) => {
      const reader = new SheetReader(strings, dateStyles, date1904, counts, sheet.name, part.name, into);
      if (options.onProgress) {
        const report = options.onProgress;
        const every = options.progressEvery ?? 20_000;
        const before = done;
        reader.onRows = (n, expected) => {
          if (n % every === 0 || n === 0) report({ step: 'read', done: before + n, total: expected ? before + Math.max(n, expected) : 0, sheet: sheet.name });
        };
      }
      await pkg.scan(part, reader);
      return reader.rows;
    };
    const before = budget.copy();
    try {
      done += await read(rows, budget);
    } catch (e) {
      if (!(e instanceof RowsOutOfOrder)) throw e;
      // Rows out of order: the sheet read again whole, its rows then given in order.
      rows.restart();
      budget.set(before);
      const whole = new GridCollector();
      done += await read(whole.sheet(shape), budget);
      putGrid(whole.grids[0], rows);
      continue;
    }
    rows.end();
  }
  options.onProgress?.({ step: 'read', done, total: done });
}
