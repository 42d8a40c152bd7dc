/** Reads an .xlsx into SheetGrids with ExcelJS: streamed from a file (command line) or loaded from bytes (browser). */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../core/grid';
import type { ProgressFn } from '../workbook';
import { plainValue } from './cell-value';
import { inspectXlsx } from './inspect';

export class UnreadableFileError extends Error {}

function rowValues(values: unknown): CellValue[] {
  // ExcelJS rows are 1-based sparse arrays.
  const src = values as unknown[];
  const out: CellValue[] = new Array(Math.max(0, src.length - 1));
  for (let i = 1; i < src.length; i++) out[i - 1] = plainValue(src[i]);
  return out;
}

/** Checks the bytes first, so that a bad file gives one clear line. */
export function assertReadable(bytes: Uint8Array): void {
  const verdict = inspectXlsx(bytes);
  if (!verdict.ok) throw new UnreadableFileError(verdict.reason);
}

/** Streams the sheets of a file on disk: memory stays near the size of the values themselves. */
export async function readXlsxStream(path: string, onProgress?: ProgressFn): Promise<SheetGrid[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
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
      for await (const row of ws) {
        const r = row.number - 1;
        while (values.length < r) values.push([]);
        values.push(rowValues(row.values));
        if (onProgress && values.length % 20_000 === 0) onProgress({ step: 'read', done: values.length, total: 0, sheet: name });
      }
      grids.push({ name, values });
    }
  } catch (e) {
    throw new UnreadableFileError(`không đọc được nội dung tệp: ${(e as Error).message} / cannot read the file's content`);
  }
  return grids;
}

/** Loads a whole workbook from bytes (browser mode, tests). */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  assertReadable(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnreadableFileError(`không đọc được nội dung tệp: ${(e as Error).message} / cannot read the file's content`);
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
