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
