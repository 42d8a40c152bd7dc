/**
 * One entry for every spreadsheet file: an .xlsx/.xlsm goes to our reader, a CSV/TSV to the CSV
 * reader, an OpenDocument spreadsheet (.ods) and an Excel 97–2003 workbook (.xls, or any file in
 * an OLE container, where an encrypted .xlsx also lives) to their own readers, loaded only when
 * such a file comes (neither the .xlsx path nor the pane's first bundle carries them). Several
 * CSV files given together form one workbook, a sheet each. Decided by the bytes (a zip, an OLE
 * container, text), the file's name only telling text apart. Pure (no Node API).
 */
import { putGrid, shapeOf, type SheetGrid, type WorkbookRows } from '../core/grid';
import { isCsvName, readCsv } from './csv/read-csv';
import { OPEN_DOCUMENT } from './xlsx/inspect';
import { readXlsx, streamXlsx, UnreadableFileError, type ReadOptions } from './xlsx/xlsx-reader';

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
/** OpenDocument puts its `mimetype` part first, stored, so its name sits at byte 30. */
const MIMETYPE = [0x6d, 0x69, 0x6d, 0x65, 0x74, 0x79, 0x70, 0x65];
const isOpenDocumentZip = (f: NamedBytes) => isZip(f.bytes) && (MIMETYPE.every((c, i) => f.bytes[30 + i] === c) || /\.(ods|ots)$/i.test(f.name));

/** Text, not a binary format: no control characters but line breaks and tabs (UTF-16 has zeros, allowed). */
function looksLikeText(b: Uint8Array): boolean {
  if (isZip(b) || isOle(b) || b.length === 0) return false;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xef && b[1] === 0xbb)) return true;
  const n = Math.min(b.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c !== 0 && c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

export function isCsvFile(f: NamedBytes): boolean {
  return looksLikeText(f.bytes) && (isCsvName(f.name) || !/\.(xlsx|xlsm|xls|ods|ots)$/i.test(f.name));
}

/** An .xlsx/.xlsm (or what claims to be one): read by our .xlsx reader, editable with ExcelJS as it is. */
export function isXlsxFile(f: NamedBytes): boolean {
  return !isCsvFile(f) && !isOpenDocumentZip(f) && !isOle(f.bytes);
}

/** The sheets of one file; messages start with the file's name when several are read. */
export async function readSpreadsheet(f: NamedBytes, options: ReadOptions = {}): Promise<SheetGrid[]> {
  if (isCsvFile(f)) return [readCsv(f.bytes, f.name)];
  const ods = async () => (await import(/* webpackChunkName: "read-ods" */ './ods/read-ods')).readOds(f.bytes, options);
  if (isOpenDocumentZip(f)) return ods();
  if (isOle(f.bytes)) return (await import(/* webpackChunkName: "read-xls" */ './xls/read-xls')).readXls(f.bytes, options);
  try {
    return await readXlsx(f.bytes, options);
  } catch (e) {
    // An OpenDocument file renamed and written without its `mimetype` part first: known by its parts.
    if (e instanceof UnreadableFileError && e.message === OPEN_DOCUMENT) return ods();
    throw e;
  }
}

/** Several files as one workbook: CSV files only (one sheet each), or a single workbook file. */
export async function readSpreadsheets(files: NamedBytes[], options: ReadOptions = {}): Promise<SheetGrid[]> {
  if (files.length === 1) return readSpreadsheet(files[0], options);
  const notCsv = files.find((f) => !isCsvFile(f));
  if (notCsv) {
    throw new UnreadableFileError(
      `nhiều tệp chỉ đọc được khi đều là CSV (mỗi tệp một sheet); ${notCsv.name} không phải / several files are read together only when all are CSV (a sheet each); ${notCsv.name} is not`,
    );
  }
  const grids = files.map((f) => readCsv(f.bytes, f.name));
  const seen = new Set<string>();
  for (const g of grids) {
    if (seen.has(g.name.toLowerCase())) throw new UnreadableFileError(`hai tệp cùng là sheet ${g.name} / two files are both the sheet ${g.name}`);
    seen.add(g.name.toLowerCase());
  }
  return grids;
}

/**
 * The named files' rows into `sink`, as `readSpreadsheets` would read them: an .xlsx row by row
 * as it is read (so a sink that makes rows into records never holds the members' sheet whole),
 * any other file as the grids its reader makes.
 */
export async function streamSpreadsheets(files: NamedBytes[], sink: WorkbookRows, options: ReadOptions = {}): Promise<void> {
  if (files.length === 1 && isXlsxFile(files[0])) {
    try {
      return await streamXlsx(files[0].bytes, sink, options);
    } catch (e) {
      // An OpenDocument file without its `mimetype` part first: told before any sheet is read.
      if (!(e instanceof UnreadableFileError && e.message === OPEN_DOCUMENT)) throw e;
    }
  }
  for (const g of await readSpreadsheets(files, options)) putGrid(g, sink.sheet(shapeOf(g)));
}
