/**
 * Reads the standard sheets of the open workbook into SheetGrids: one sync for the sheet names,
 * one for the used ranges, then row blocks of `values` and `numberFormat`, as many blocks (of
 * every sheet) per sync as fit the payload budget. Blocks start near 5,000 rows, sized by the
 * columns, then by the bytes per row actually seen; a block refused for its size (or answered
 * with null values) is halved and read again. When the sheets hold dates, one more sync asks a few
 * of them for their text, which tells the workbook's date system (date-system.ts).
 */
import type { CellValue, SheetGrid } from '../../core/grid';
import { SHEETS } from '../../core/schema';
import { findSheet } from '../../core/sheets';
import type { ProgressFn } from '../workbook';
import { dateProbes, decideDate1904 } from './date-system';
import { abortError, isPayloadError } from './office';
import { PAYLOAD_BUDGET, jsonBytes, utf8Length } from './payload';

export const FIRST_BLOCK_ROWS = 5_000;
export const MAX_BLOCK_ROWS = 100_000;
/** A first guess of a cell's bytes in the response (value and number format), before any is seen. */
const GUESS_CELL_BYTES = 24;

export interface ReadOptions {
  onProgress?: ProgressFn;
  signal?: AbortSignal;
  budget?: number;
}

interface SheetRead {
  grid: SheetGrid;
  ws: Excel.Worksheet;
  row0: number;
  col0: number;
  rows: number;
  cols: number;
  /** Rows read so far. */
  done: number;
  bytesPerRow: number;
  /** Largest block allowed next: grows fourfold per block at most, halves on refusal. */
  cap: number;
}

/** The workbook's sheets that the core will look for, in workbook order (the core takes the first match). */
export function standardSheetNames(names: string[]): string[] {
  const stubs: SheetGrid[] = names.map((name) => ({ name, values: [] }));
  const picked = new Set<string>();
  for (const def of SHEETS) {
    const g = findSheet(def, stubs);
    if (g) picked.add(g.name);
  }
  return names.filter((n) => picked.has(n));
}

const GENERAL_BYTES = utf8Length('"General"');

/** The JSON size of a row as Excel sent it, counted without building the JSON for plain rows. */
function rowBytes(row: unknown[], empty: boolean, general: boolean): number {
  if (empty) return 1 + row.length * 3;
  if (general) return 1 + row.length * (GENERAL_BYTES + 1);
  return jsonBytes(row);
}

/**
 * Office.js gives "" for an empty cell; the core expects null, trailing empties dropped, empty
 * rows left out. Returns the block's size in the response (values and formats).
 */
function appendBlock(s: SheetRead, values: unknown[][], formats: unknown[][] | null): number {
  const grid = s.grid;
  const nf = (grid.numberFormats ??= []);
  let bytes = 4;
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const fsrc = formats?.[i];
    let last = -1;
    for (let j = src.length - 1; j >= 0; j--) {
      const v = src[j];
      if (v !== '' && v !== null && v !== undefined) {
        last = j;
        break;
      }
    }
    let general = true;
    if (fsrc) for (let j = 0; j < fsrc.length && general; j++) general = fsrc[j] === 'General';
    bytes += rowBytes(src, last < 0, false) + (fsrc ? rowBytes(fsrc, false, general) : 0);
    if (last < 0) continue;
    const at = s.done + i;
    const row: CellValue[] = new Array(last + 1);
    let formatted = false;
    for (let j = 0; j <= last; j++) {
      const v = src[j];
      row[j] = v === '' || v === undefined ? null : (v as CellValue);
      if (!general && fsrc && fsrc[j] !== 'General' && fsrc[j] !== undefined && fsrc[j] !== null && row[j] !== null) formatted = true;
    }
    grid.values[at] = row;
    if (formatted && fsrc) {
      const frow: (string | null)[] = new Array(last + 1);
      for (let j = 0; j <= last; j++) frow[j] = fsrc[j] === 'General' ? null : (fsrc[j] as string);
      nf[at] = frow;
    }
  }
  return bytes;
}

function trim(grid: SheetGrid): void {
  // Sparse rows are fine for the core; the length ends at the last row with a value.
  let n = grid.values.length;
  while (n > 0 && grid.values[n - 1] === undefined) n--;
  grid.values.length = n;
  if (grid.numberFormats) {
    if (grid.numberFormats.length > n) grid.numberFormats.length = n;
    if (!grid.numberFormats.some((r) => r !== undefined)) delete grid.numberFormats;
  }
}

export interface ReadResult {
  grids: SheetGrid[];
  syncs: number;
  retries: number;
}

export async function readStandardSheets(ctx: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const check = () => {
    if (options.signal?.aborted) throw abortError();
  };
  let syncs = 0;
  const sync = async () => {
    check();
    syncs++;
    await ctx.sync();
  };

  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await sync();
  const wanted = new Set(standardSheetNames(sheets.items.map((ws) => ws.name)));
  const picked = sheets.items.filter((ws) => wanted.has(ws.name));
  const used = picked.map((ws) => ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
  await sync();

  const reads: SheetRead[] = picked.map((ws, i) => {
    const u = used[i];
    const empty = u.isNullObject;
    const cols = empty ? 0 : u.columnCount;
    const bytesPerRow = Math.max(16, cols * GUESS_CELL_BYTES);
    return {
      grid: { name: ws.name, values: [], origin: { row: empty ? 0 : u.rowIndex, col: empty ? 0 : u.columnIndex } },
      ws,
      row0: empty ? 0 : u.rowIndex,
      col0: empty ? 0 : u.columnIndex,
      rows: empty ? 0 : u.rowCount,
      cols,
      done: 0,
      bytesPerRow,
      cap: Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(budget / bytesPerRow))),
    };
  });
  const total = reads.reduce((a, s) => a + s.rows, 0);
  let doneAll = 0;
  let retries = 0;
  let pending = reads.filter((s) => s.rows > 0);

  while (pending.length) {
    // One block per sheet per sync, as many sheets as the budget holds.
    let room = budget;
    const batch: { s: SheetRead; n: number; range: Excel.Range }[] = [];
    for (const s of pending) {
      const fit = Math.floor(room / s.bytesPerRow);
      if (fit < 1 && batch.length) break;
      const n = Math.max(1, Math.min(s.rows - s.done, s.cap, fit));
      const range = s.ws.getRangeByIndexes(s.row0 + s.done, s.col0, n, s.cols).load('values,numberFormat');
      batch.push({ s, n, range });
      room -= n * s.bytesPerRow;
    }
    let refused = false;
    try {
      await sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      refused = true;
    }
    for (const { s, n, range } of batch) {
      const values = refused ? null : (range.values as unknown[][] | null);
      if (!values) {
        // Over the limit: halve this sheet's block and read it again.
        if (n === 1) throw new Error(`Một hàng của sheet "${s.grid.name}" quá lớn để đọc / A row of sheet "${s.grid.name}" is too large to read`);
        s.cap = Math.max(1, Math.floor(n / 2));
        s.bytesPerRow = Math.max(s.bytesPerRow, Math.ceil(budget / s.cap));
        retries++;
        continue;
      }
      const formats = range.numberFormat as unknown[][] | null;
      const bytes = appendBlock(s, values, formats);
      s.done += n;
      doneAll += n;
      s.bytesPerRow = Math.max(8, Math.ceil(bytes / n));
      s.cap = Math.min(MAX_BLOCK_ROWS, n * 4);
      options.onProgress?.({ step: 'read', done: doneAll, total, sheet: s.grid.name });
    }
    pending = pending.filter((s) => s.done < s.rows);
  }
  for (const s of reads) trim(s.grid);
  const grids = reads.map((s) => s.grid);
  // The date system: a few date cells' text, as Excel shows them (one more sync, only when there are dates).
  const probes = dateProbes(grids);
  if (probes.length) {
    const cells = probes.map((p) => reads.find((s) => s.grid.name === p.sheet)!.ws.getCell(p.row, p.col).load('text'));
    await sync();
    if (decideDate1904(probes, cells.map((c) => String(c.text?.[0]?.[0] ?? '')))) for (const g of grids) g.date1904 = true;
  }
  return { grids, syncs, retries };
}
