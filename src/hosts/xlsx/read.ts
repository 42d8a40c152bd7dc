/**
 * Reading an .xlsx: into SheetGrids with our own reader (xlsx-reader.ts), on the command line and
 * in the browser's worker alike; into an ExcelJS workbook only where the browser mode edits one.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../core/grid';
import type { ProgressFn } from '../workbook';
import { plainValue } from './cell-value';
import { inspectXlsx } from './inspect';
import { readXlsx, UnreadableFileError, type ReadOptions } from './xlsx-reader';

export { UnreadableFileError };

/** Checks the zip's directory first, so that a bad file gives one clear line. */
export function assertReadable(bytes: Uint8Array): void {
  const verdict = inspectXlsx(bytes);
  if (!verdict.ok) throw new UnreadableFileError(verdict.reason);
}

/** The sheets of an .xlsx held in memory, read once, every limit enforced on the way. */
export async function readXlsxBytes(bytes: Uint8Array, onProgress?: ProgressFn, options: Omit<ReadOptions, 'onProgress'> = {}): Promise<SheetGrid[]> {
  return readXlsx(bytes, { ...options, onProgress });
}

// Node's own module, required where used, not imported: this module is also bundled for the
// browser, where the function below is never called.
/* eslint-disable @typescript-eslint/no-require-imports */
/** The sheets of an .xlsx on disk (Node only: the command line and tests). */
export async function readXlsxStream(path: string, onProgress?: ProgressFn): Promise<SheetGrid[]> {
  const fs = require('fs') as typeof import('fs');
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(path);
  } catch (e) {
    throw new UnreadableFileError(`không mở được tệp / cannot open: ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return readXlsxBytes(bytes, onProgress);
}
/* eslint-enable @typescript-eslint/no-require-imports */

/** An error's message on one short line (a parser may quote pages of the file). */
function oneLine(e: unknown): string {
  const s = String((e as Error)?.message ?? e).replace(/\s+/g, ' ').trim();
  return s.length > 200 ? s.slice(0, 200) + '…' : s;
}

/**
 * An .xlsx as an ExcelJS workbook, for the browser mode to edit and save, with its sheets as our
 * reader reads them. Our reader goes first: it refuses what is damaged or hostile (ExcelJS's
 * loader would inflate whatever a zip holds) and reads what ExcelJS misreads.
 */
export async function openWorkbook(bytes: Uint8Array, options: ReadOptions = {}): Promise<{ workbook: ExcelJS.Workbook; grids: SheetGrid[] }> {
  const grids = await readXlsx(bytes, options);
  // The second stage (ExcelJS builds the workbook that fixes and marks are written into) reports
  // no progress of its own: the rows it has to build are said, so a long wait is explained.
  const rows = grids.reduce((n, g) => n + g.values.length, 0);
  options.onProgress?.({ step: 'load', done: rows, total: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(`không mở được sổ để sửa: ${oneLine(e)} / cannot open the workbook for editing`);
  }
  if (grids.some((g) => g.date1904)) keepDate1904(workbook);
  return { workbook, grids };
}

const MS_1900_TO_1904 = 1462 * 86_400_000;

/**
 * ExcelJS takes a workbook for the 1904 date system only when it says `date1904="1"`, not `true`
 * or `on` (as LibreOffice writes). Read as 1900, its dates come out 1,462 days early, and saving
 * would drop the mark and leave every date shown four years early. Our reader has read the mark:
 * the dates are put right and the mark kept, so the saved copy shows the days the file did.
 */
function keepDate1904(workbook: ExcelJS.Workbook): void {
  if (workbook.properties.date1904) return;
  workbook.properties.date1904 = true;
  const later = (d: Date) => new Date(d.getTime() + MS_1900_TO_1904);
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = later(v);
        else if (v && typeof v === 'object' && 'result' in v && v.result instanceof Date) cell.value = { ...v, result: later(v.result) } as ExcelJS.CellValue;
      }),
    ),
  );
}

/** Loads a whole workbook from bytes (tests; the browser mode uses `openWorkbook`). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  return (await openWorkbook(bytes)).workbook;
}

/** The values of an ExcelJS sheet (one it built itself: the sheets the browser mode adds). */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const src = row.values as unknown[];
    const out: CellValue[] = [];
    for (let i = 1; i < src.length; i++) if (src[i] !== undefined) out[i - 1] = plainValue(src[i]);
    values[n - 1] = out;
  });
  return { name: ws.name, values };
}
