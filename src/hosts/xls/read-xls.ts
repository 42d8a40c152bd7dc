/**
 * Reads an Excel 97–2003 workbook (.xls, BIFF8, as Excel, LibreOffice and WPS save it) into
 * SheetGrids: the `Workbook` stream of its OLE container (cfb.ts), then its records ([MS-XLS]).
 * Loaded only when such a file is opened.
 *
 * Only what a membership sheet needs is read: the sheets (BOUNDSHEET, in the workbook's order,
 * hidden ones too), the shared strings (SST, across its CONTINUE records), cell values (LABELSST,
 * LABEL, NUMBER, RK, MULRK, BOOLERR, FORMULA's cached result and its STRING), the formats that
 * tell a date serial from a number (FORMAT, XF) and the 1904 date system (DATEMODE). A password
 * (FILEPASS) gets one line, so does an Excel 5/95 file. Record lengths and offsets are checked
 * against the stream: a damaged file says so, naming the record.
 */
import type { CellValue, SheetGrid } from '../../core/grid';
import { isDateFormat } from '../xlsx/number-formats';
import { UnreadableFileError, type ReadOptions } from '../xlsx/xlsx-reader';
import { CellBudget, damaged, passwordProtected, SheetBuilder } from '../sheet-builder';
import { CompoundFile } from './cfb';

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  DATEMODE: 0x0022,
  BOUNDSHEET: 0x0085,
  FORMAT: 0x041e,
  XF: 0x00e0,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
};

/** BIFF8's error codes, as Excel shows them (the core reports them, S05). */
const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' };

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

const hex = (n: number) => '0x' + n.toString(16).padStart(4, '0');
const broken = (what: string, at: number) => damaged('.xls', `bản ghi ${what} ở byte ${at} của luồng Workbook`, `record ${what} at byte ${at} of the Workbook stream`);

interface Rec {
  type: number;
  /** The record's data (after its 4-byte header), and where it starts in the stream. */
  data: Uint8Array;
  at: number;
}

/** Records of the stream from `start`, each checked to fit. */
function* records(stream: Uint8Array, start: number): Generator<Rec> {
  let at = start;
  while (at + 4 <= stream.length) {
    const type = u16(stream, at);
    const len = u16(stream, at + 2);
    if (at + 4 + len > stream.length) throw broken(hex(type), at);
    yield { type, data: stream.subarray(at + 4, at + 4 + len), at };
    at += 4 + len;
  }
}

const view = (d: Uint8Array) => new DataView(d.buffer, d.byteOffset, d.byteLength);

/** An RK number: a float's high 30 bits or a 30-bit integer, perhaps ×100 ([MS-XLS] 2.5.217). */
export function rkValue(rk: number): number {
  let v: number;
  if (rk & 0x02) v = rk >> 2;
  else {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setUint32(4, rk & 0xfffffffc, true);
    v = dv.getFloat64(0, true);
  }
  return rk & 0x01 ? v / 100 : v;
}

const UTF16 = new TextDecoder('utf-16le');

/** "Compressed" characters are UTF-16 code units whose high byte is zero (U+0000–U+00FF, not Windows-1252). */
function compressed(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

/**
 * Reads strings that may run across CONTINUE records: where the characters cross into the next
 * record, that record starts with a byte saying whether they go on in one or two bytes each.
 */
class Segments {
  private i = 0;
  private at = 0;
  constructor(
    private readonly parts: Uint8Array[],
    private readonly record: string,
    private readonly where: number,
  ) {}

  private need(): Uint8Array {
    while (this.i < this.parts.length && this.at >= this.parts[this.i].length) {
      this.i++;
      this.at = 0;
    }
    if (this.i >= this.parts.length) throw broken(this.record, this.where);
    return this.parts[this.i];
  }

  byte(): number {
    return this.need()[this.at++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(n: number): void {
    while (n > 0) {
      const p = this.need();
      const k = Math.min(n, p.length - this.at);
      this.at += k;
      n -= k;
    }
  }

  /** An XLUnicodeString's characters after its length: flags, runs and extension skipped. */
  chars(cch: number): string {
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    let wide = (flags & 0x01) !== 0;
    let out = '';
    let left = cch;
    while (left > 0) {
      if (this.i >= this.parts.length || this.at >= this.parts[this.i].length) {
        // The characters go on in the next record, whose first byte says their width.
        this.i++;
        this.at = 0;
        if (this.i >= this.parts.length || this.parts[this.i].length === 0) throw broken(this.record, this.where);
        wide = (this.parts[this.i][this.at++] & 0x01) !== 0;
        continue;
      }
      const p = this.parts[this.i];
      const width = wide ? 2 : 1;
      const k = Math.min(left, Math.floor((p.length - this.at) / width));
      if (k === 0) throw broken(this.record, this.where);
      const bytes = p.subarray(this.at, this.at + k * width);
      out += wide ? UTF16.decode(bytes) : compressed(bytes);
      this.at += k * width;
      left -= k;
    }
    this.skip(runs * 4 + ext);
    return out;
  }
}

/** A string inside one record: cch (8 or 16 bits), flags, characters ([MS-XLS] 2.5.294). */
function recordString(d: Uint8Array, at: number, cchBytes: 1 | 2, where: number): string {
  if (at + cchBytes + 1 > d.length) throw broken('string', where);
  const cch = cchBytes === 1 ? d[at] : u16(d, at);
  return new Segments([d.subarray(at + cchBytes)], 'string', where).chars(cch);
}

interface Globals {
  sheets: { name: string; offset: number; kind: number }[];
  strings: string[];
  /** Of each XF (cell format) by index, whether it shows a date. */
  dateXf: boolean[];
  date1904: boolean;
}

function readGlobals(stream: Uint8Array, budget: CellBudget): Globals {
  const g: Globals = { sheets: [], strings: [], dateXf: [], date1904: false };
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  let first = true;
  let sst: { parts: Uint8Array[]; at: number } | null = null;
  for (const r of records(stream, 0)) {
    if (first) {
      if (r.type !== R.BOF) throw oldOrForeign(r.type);
      if (r.data.length >= 2 && u16(r.data, 0) !== 0x0600) throw oldOrForeign(r.type);
      first = false;
      continue;
    }
    if (sst && r.type === R.CONTINUE) {
      sst.parts.push(r.data);
      continue;
    }
    if (sst) {
      g.strings = readSst(sst.parts, sst.at, budget);
      sst = null;
    }
    switch (r.type) {
      case R.FILEPASS:
        throw passwordProtected('Excel');
      case R.DATEMODE:
        g.date1904 = r.data.length >= 2 && u16(r.data, 0) === 1;
        break;
      case R.BOUNDSHEET:
        if (r.data.length < 8) throw broken('BOUNDSHEET', r.at);
        g.sheets.push({ offset: u32(r.data, 0), kind: r.data[5], name: recordString(r.data, 6, 1, r.at) });
        break;
      case R.FORMAT:
        if (r.data.length < 5) throw broken('FORMAT', r.at);
        codes.set(u16(r.data, 0), recordString(r.data, 2, 2, r.at));
        break;
      case R.XF:
        if (r.data.length < 4) throw broken('XF', r.at);
        xfFormats.push(u16(r.data, 2));
        break;
      case R.SST:
        sst = { parts: [r.data], at: r.at };
        break;
    }
    if (r.type === R.EOF) break;
  }
  if (first) throw broken('BOF', 0);
  g.dateXf = xfFormats.map((id) => isDateFormat(id, codes.get(id)));
  return g;
}

function oldOrForeign(type: number): UnreadableFileError {
  // BIFF5 (Excel 5.0/95) starts with the same BOF record but version 0x0500.
  return type === R.BOF
    ? new UnreadableFileError('tệp Excel 5.0/95 quá cũ: hãy mở trong Excel hoặc LibreOffice và lưu thành .xlsx / an Excel 5.0/95 file, too old: open it in Excel or LibreOffice and save it as .xlsx')
    : broken(hex(type), 0);
}

function readSst(parts: Uint8Array[], at: number, budget: CellBudget): string[] {
  if (parts[0].length < 8) throw broken('SST', at);
  const unique = u32(parts[0], 4);
  const seg = new Segments(parts, 'SST', at);
  seg.skip(8);
  const out: string[] = [];
  // The declared count is the writer's word: strings are read while bytes last, never allocated ahead.
  for (let i = 0; i < unique; i++) {
    budget.string();
    let cch: number;
    try {
      cch = seg.u16();
    } catch {
      break;
    }
    out.push(seg.chars(cch));
  }
  return out;
}

const MAX_ROWS = 65_536;
const MAX_COLUMNS = 256;

function readSheet(stream: Uint8Array, name: string, offset: number, g: Globals, budget: CellBudget): SheetGrid {
  const sheet = new SheetBuilder(name, g.date1904);
  if (offset + 4 > stream.length || u16(stream, offset) !== R.BOF) throw broken(`BOF (sheet "${name}")`, offset);
  const reach = new Map<number, number>();
  const put = (row: number, col: number, xf: number, value: CellValue, at: number) => {
    if (row >= MAX_ROWS || col >= MAX_COLUMNS) throw broken(`(ô ngoài trang tính "${name}" / a cell off the sheet "${name}")`, at);
    budget.cell();
    if ((reach.get(row) ?? 0) < col + 1) reach.set(row, col + 1);
    sheet.set(row, col, value, typeof value === 'number' && g.dateXf[xf] === true);
  };
  /** The cell whose formula's text result comes in the next STRING record. */
  let pendingString: { row: number; col: number; xf: number } | null = null;
  let first = true;
  for (const r of records(stream, offset)) {
    const d = r.data;
    if (first) {
      first = false;
      continue;
    }
    if (r.type === R.EOF) break;
    const need = (n: number) => {
      if (d.length < n) throw broken(hex(r.type), r.at);
    };
    switch (r.type) {
      case R.LABELSST: {
        need(10);
        const i = u32(d, 6);
        const s = g.strings[i];
        if (s === undefined) throw broken(`LABELSST (chuỗi ${i} không có / no string ${i})`, r.at);
        put(u16(d, 0), u16(d, 2), u16(d, 4), s, r.at);
        break;
      }
      case R.LABEL:
        need(9);
        put(u16(d, 0), u16(d, 2), u16(d, 4), recordString(d, 6, 2, r.at), r.at);
        break;
      case R.NUMBER:
        need(14);
        put(u16(d, 0), u16(d, 2), u16(d, 4), view(d).getFloat64(6, true), r.at);
        break;
      case R.RK:
        need(10);
        put(u16(d, 0), u16(d, 2), u16(d, 4), rkValue(u32(d, 6)), r.at);
        break;
      case R.MULRK: {
        need(6);
        const row = u16(d, 0);
        const firstCol = u16(d, 2);
        const n = Math.floor((d.length - 6) / 6);
        for (let k = 0; k < n; k++) put(row, firstCol + k, u16(d, 4 + k * 6), rkValue(u32(d, 6 + k * 6)), r.at);
        break;
      }
      case R.BOOLERR:
        need(8);
        put(u16(d, 0), u16(d, 2), u16(d, 4), d[7] ? ERRORS[d[6]] ?? '#N/A' : d[6] !== 0, r.at);
        break;
      case R.FORMULA: {
        need(20);
        const [row, col, xf] = [u16(d, 0), u16(d, 2), u16(d, 4)];
        if (u16(d, 12) !== 0xffff) {
          put(row, col, xf, view(d).getFloat64(6, true), r.at);
          break;
        }
        // Not a number: byte 6 says what the cached result is.
        switch (d[6]) {
          case 0:
            pendingString = { row, col, xf };
            break;
          case 1:
            put(row, col, xf, d[8] !== 0, r.at);
            break;
          case 2:
            put(row, col, xf, ERRORS[d[8]] ?? '#N/A', r.at);
            break;
          case 3:
            put(row, col, xf, '', r.at);
            break;
        }
        break;
      }
      case R.STRING:
        if (pendingString) {
          const text = new Segments([d, ...continuations(stream, r)], 'STRING', r.at);
          const cch = text.u16();
          put(pendingString.row, pendingString.col, pendingString.xf, text.chars(cch), r.at);
          pendingString = null;
        }
        break;
    }
  }
  for (const cols of reach.values()) budget.reach(cols);
  return sheet.grid();
}

/** The CONTINUE records right after a record (a long formula text). */
function continuations(stream: Uint8Array, r: Rec): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const next of records(stream, r.at + 4 + r.data.length)) {
    if (next.type !== R.CONTINUE) break;
    out.push(next.data);
  }
  return out;
}

/**
 * The sheets of an .xls in the workbook's order. Throws UnreadableFileError with one line for a
 * file that is damaged, password-protected, too old, past the limits, or no workbook.
 */
export async function readXls(bytes: Uint8Array, options: ReadOptions = {}): Promise<SheetGrid[]> {
  const cfb = new CompoundFile(bytes);
  if (cfb.find('EncryptedPackage') || cfb.find('EncryptionInfo')) throw passwordProtected('Excel');
  const entry = cfb.find('Workbook') ?? cfb.find('Book');
  if (!entry) {
    throw new UnreadableFileError('tệp OLE không phải sổ Excel (không có luồng Workbook) / an OLE file that is not an Excel workbook (no Workbook stream)');
  }
  const stream = cfb.read(entry);
  if (entry.name.toLowerCase() === 'book') throw oldOrForeign(R.BOF);
  const budget = new CellBudget();
  const g = readGlobals(stream, budget);
  const grids: SheetGrid[] = [];
  let done = 0;
  for (const s of g.sheets) {
    if (options.signal?.aborted) throw Object.assign(new Error('Aborted'), { name: 'AbortError' });
    // A chart or macro sheet (kind ≠ 0) holds no cells.
    const grid = s.kind === 0 ? readSheet(stream, s.name, s.offset, g, budget) : { name: s.name, values: [] };
    done += grid.values.length;
    options.onProgress?.({ step: 'read', done, total: 0, sheet: s.name });
    grids.push(grid);
    await options.pause?.();
  }
  options.onProgress?.({ step: 'read', done, total: done });
  return grids;
}
