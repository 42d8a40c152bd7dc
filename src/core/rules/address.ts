/** A1 addresses of record fields, as the user sees them. */
import { a1 } from '../grid';
import type { CellProblem, SheetRecords } from '../model/types';

/** The cell of `key` on the record's row; the row's first known column when the column is missing. */
export function cellOf(sheet: SheetRecords<unknown>, key: string, row: number): string {
  const col = sheet.columns.get(key) ?? Math.min(...sheet.columns.values());
  return a1(row, col);
}

export function problemCell(p: CellProblem): string {
  return a1(p.row, p.col);
}
