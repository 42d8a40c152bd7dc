/**
 * What crosses from a host into the core: a sheet as plain values, the way
 * the add-in's `range.values` or an ExcelJS row gives them.
 */

/** One cell value. Dates come as Excel serials (the add-in, the file reader) or JS Dates (read in UTC). */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetGrid {
  /** The sheet's name as the user sees it on its tab. */
  name: string;
  /** Row-major values of the used range, starting at `origin`. Rows may be ragged. */
  values: CellValue[][];
  /** Number formats, same shape as `values` where the host has them (to tell a date serial from a number). */
  numberFormats?: (string | null | undefined)[][];
  /** Zero-based row and column of `values[0][0]` on the sheet; default A1. */
  origin?: { row: number; col: number };
  /**
   * Serials in this grid count from 1904-01-01 (a workbook in the 1904 date system, as Excel for
   * Mac and LibreOffice may write): the core converts them. Absent or false: the 1900 system.
   */
  date1904?: boolean;
}

/** Column letters for a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a zero-based row and column on the sheet. */
export function a1(row: number, col: number): string {
  return columnLetter(col) + (row + 1);
}

/** Zero-based {row, col} of an A1 address such as `C8` (no sheet, no `$`). */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A row's number formats, by the same index as its values (absent or null: no format known). */
export type FormatRow = (string | null | undefined)[];

/**
 * Where a host puts the rows of one sheet as it reads them, so a sheet of a million rows need not
 * be held whole: the core can make each row into a record and let it go (model/read.ts), or keep
 * them all as a grid (GridCollector).
 */
export interface SheetRows {
  /**
   * Row `index` of the sheet's values (0 is the origin's row). Rows come in ascending order of
   * index; a sink that needs that order throws RowsOutOfOrder otherwise.
   */
  row(index: number, values: CellValue[], formats: FormatRow | null): void;
  /** The sheet's last row has come. */
  end(): void;
  /** The rows given so far are void: the sheet's rows come again, from the first. */
  restart(): void;
}

/** A sheet as a grid but for its rows. */
export type SheetShape = Omit<SheetGrid, 'values' | 'numberFormats'>;

/** Where a host puts the sheets of a workbook, in the workbook's order. */
export interface WorkbookRows {
  sheet(shape: SheetShape): SheetRows;
}

/**
 * A sheet's rows came out of order (a file no program should write, but a script may): the sink
 * that threw cannot take them as they come, and wants the sheet again as a whole grid.
 */
export class RowsOutOfOrder extends Error {}

/** Keeps every row: the sheets as grids. */
export class GridCollector implements WorkbookRows {
  readonly grids: SheetGrid[] = [];

  sheet(shape: SheetShape): SheetRows {
    const grid = gridOf(shape);
    this.grids.push(grid);
    const values = grid.values;
    let formats: FormatRow[] = [];
    let last: FormatRow | null = null;
    return {
      row(index, rowValues, rowFormats) {
        values[index] = rowValues;
        if (!rowFormats) return;
        grid.numberFormats = formats;
        // Rows share their formats' array when they are alike (a million rows, a few patterns).
        let alike = last !== null && last.length === rowFormats.length;
        for (let i = 0; alike && i < rowFormats.length; i++) alike = last![i] === rowFormats[i];
        if (alike) formats[index] = last!;
        else formats[index] = last = rowFormats;
      },
      end() {},
      restart() {
        values.length = 0;
        formats = [];
        last = null;
        delete grid.numberFormats;
      },
    };
  }
}

/** An empty grid of the shape, with no property the shape leaves out. */
export function gridOf(shape: SheetShape): SheetGrid {
  const grid: SheetGrid = { name: shape.name, values: [] };
  if (shape.origin) grid.origin = shape.origin;
  if (shape.date1904) grid.date1904 = true;
  return grid;
}

/** The shape of a grid, to begin the same sheet in a sink. */
export function shapeOf(grid: SheetGrid): SheetShape {
  const shape: SheetShape = { name: grid.name };
  if (grid.origin) shape.origin = grid.origin;
  if (grid.date1904) shape.date1904 = true;
  return shape;
}

/** A grid's rows into a sink, as a host reading the sheet would put them. */
export function putGrid(grid: SheetGrid, sink: SheetRows): void {
  const v = grid.values;
  const f = grid.numberFormats;
  for (let i = 0; i < v.length; i++) {
    const row = v[i];
    if (row) sink.row(i, row, f?.[i] ?? null);
  }
  sink.end();
}
