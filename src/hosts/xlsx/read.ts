/** Reads an .xlsx into SheetGrids with ExcelJS: streamed from a file (command line) or loaded from bytes (browser). */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../core/grid';
import type { ProgressFn } from '../workbook';
import { plainValue } from './cell-value';
import { inspectXlsx, inspectXlsxContent, webInflater, type Inflater } from './inspect';
import { sheetsLast } from './zip-order';

export class UnreadableFileError extends Error {}

/** Rows wider than this are read cell by cell: a lone cell in column XFD makes no row of 16,384. */
const DENSE_ROW = 1024;

function rowValues(values: unknown): CellValue[] {
  // ExcelJS rows are 1-based sparse arrays.
  const src = values as unknown[];
  if (src.length <= DENSE_ROW) {
    const out: CellValue[] = new Array(Math.max(0, src.length - 1));
    for (let i = 1; i < src.length; i++) out[i - 1] = plainValue(src[i]);
    return out;
  }
  const out: CellValue[] = [];
  for (const k in src) {
    const i = Number(k);
    if (i >= 1) out[i - 1] = plainValue(src[i]);
  }
  return out;
}

/** Puts a row at its sheet row; rows in between stay holes (no array per empty row). */
function place(values: CellValue[][], rowNumber: number, row: CellValue[]): void {
  const r = rowNumber - 1;
  // A row without its `r` attribute follows the one before.
  if (Number.isInteger(r) && r >= values.length) values[r] = row;
  else values.push(row);
}

/** Checks the bytes first, so that a bad file gives one clear line. */
export function assertReadable(bytes: Uint8Array): void {
  const verdict = inspectXlsx(bytes);
  if (!verdict.ok) throw new UnreadableFileError(verdict.reason);
}

/**
 * `assertReadable`, and every part of the zip inflated once to check its true size and count its
 * rows and cells: a zip bomb that lies about its sizes is refused before ExcelJS inflates it.
 */
export async function assertReadableContent(bytes: Uint8Array, inflate: Inflater | null = webInflater): Promise<void> {
  const verdict = await inspectXlsxContent(bytes, inflate);
  if (!verdict.ok) throw new UnreadableFileError(verdict.reason);
}

// Node's own modules, required where used, not imported: this module is also bundled for the
// browser, where the functions below are never called.
/* eslint-disable @typescript-eslint/no-require-imports */

/** Node's zlib as an Inflater: the command line does not depend on the web platform's. */
function nodeInflater(): Inflater {
  const zlib = require('zlib') as typeof import('zlib');
  return (data, onChunk) =>
    new Promise((resolve) => {
      // 1 MB output chunks, not 16 KB: 64 times fewer callbacks (inflating took three times as
      // long). At most 1 MB is inflated past a part's declared size before the check stops it.
      const z = zlib.createInflateRaw({ chunkSize: 1 << 20 });
      let settled = false;
      const settle = (r: 'done' | 'stopped' | 'damaged') => {
        if (!settled) {
          settled = true;
          resolve(r);
        }
      };
      z.on('data', (chunk: Buffer) => {
        if (settled || onChunk(chunk)) return;
        settle('stopped');
        z.destroy();
      });
      z.on('end', () => settle('done'));
      z.on('error', () => settle('damaged'));
      z.end(data);
    });
}

/** A file's bytes, on Node only (the command line); the browser hands its bytes to loadWorkbook. */
async function fileBytes(path: string): Promise<Uint8Array> {
  const fs = require('fs') as typeof import('fs');
  try {
    return await fs.promises.readFile(path);
  } catch (e) {
    throw new UnreadableFileError(`không mở được tệp / cannot open: ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Bytes in memory as a stream, in the 64 KB chunks a file stream gives. The same chunks matter:
 * ExcelJS decodes each chunk of XML on its own, so where a multi-byte letter is split between
 * chunks decides which letters it misreads (see `readXlsxBytes`).
 */
function bytesStream(bytes: Uint8Array): import('stream').Readable {
  const { Readable } = require('stream') as typeof import('stream');
  const CHUNK = 1 << 16;
  let at = 0;
  return new Readable({
    read() {
      if (at >= bytes.length) {
        this.push(null);
        return;
      }
      this.push(bytes.subarray(at, Math.min(bytes.length, at + CHUNK)));
      at += CHUNK;
    },
  });
}
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * Streams the sheets of a file on disk: memory stays near the size of the values themselves.
 * The file's content is checked first (`assertReadableContent`): ExcelJS's streaming reader
 * trusts the zip's local headers and would inflate whatever they hold.
 */
export async function readXlsxStream(path: string, onProgress?: ProgressFn): Promise<SheetGrid[]> {
  return readXlsxBytes(await fileBytes(path), onProgress);
}

/**
 * `readXlsxStream` on a file's bytes read already (the command line reads them once, to name
 * what is wrong with a file). ExcelJS's streaming reader is fed the very bytes that were checked,
 * not the file again, which might have changed in between.
 */
export async function readXlsxBytes(bytes: Uint8Array, onProgress?: ProgressFn): Promise<SheetGrid[]> {
  await assertReadableContent(bytes, nodeInflater());
  // The same parts, the sheets last: ExcelJS then reads each sheet as it comes, not through a temporary file.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(bytesStream(sheetsLast(bytes)), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const grids: SheetGrid[] = [];
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      const values: CellValue[][] = [];
      let rows = 0;
      for await (const row of ws) {
        place(values, row.number, rowValues(row.values));
        if (onProgress && ++rows % 20_000 === 0) onProgress({ step: 'read', done: rows, total: 0, sheet: name });
      }
      grids.push({ name, values });
    }
  } catch (e) {
    throw new UnreadableFileError(`không đọc được nội dung tệp: ${oneLine(e)} / cannot read the file's content`);
  }
  return grids;
}

/** An error's message on one short line (a parser may quote pages of the file), saying what kind it is. */
function oneLine(e: unknown): string {
  let s = String((e as Error)?.message ?? e).replace(/\s+/g, ' ').trim();
  if (s.length > 200) s = s.slice(0, 200) + '…';
  // The XML parser reports `line:column: what`; ExcelJS meets a part it cannot use with a TypeError.
  if (/^\d+:\d+: /.test(s)) return `XML hỏng / malformed XML (${s})`;
  if (e instanceof TypeError) return `cấu trúc sổ không hợp lệ / invalid workbook structure (${s})`;
  return s;
}

/** Loads a whole workbook from bytes (browser mode, tests). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  assertReadable(bytes);
  await assertReadableContent(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(`không đọc được nội dung tệp: ${oneLine(e)} / cannot read the file's content`);
  }
  return wb;
}

export function gridsOfWorkbook(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map((ws) => {
    const values: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      while (values.length < n - 1) values.push([]);
      values.push(rowValues(row.values));
    });
    return { name: ws.name, values };
  });
}
