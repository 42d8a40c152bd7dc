/**
 * The cells around one, from a sheet as read (a workbook read together with others has no open
 * file to select a cell in): two rows and columns each side, dates shown as dates.
 */
import { dayFromSerial, formatDay } from '../../core/dates';
import { a1, columnLetter, parseA1, type CellValue, type SheetGrid } from '../../core/grid';
import type { CellPeek } from '../../hosts/workbook';

const DATE_FORMAT = /[dy]/i;

function shown(v: CellValue, format: string | null | undefined, date1904: boolean): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return formatDay(Math.floor(v.getTime() / 86_400_000));
  if (typeof v === 'number' && format && DATE_FORMAT.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const day = dayFromSerial(v, date1904);
    if (day !== null) return formatDay(day);
  }
  return String(v);
}

export function peekGrid(grid: SheetGrid, cell: string, radius = 2): CellPeek | null {
  const at = parseA1(cell);
  if (!at) return null;
  const origin = grid.origin ?? { row: 0, col: 0 };
  const c0 = Math.max(0, at.col - radius);
  const r0 = Math.max(0, at.row - radius);
  const columns: string[] = [];
  for (let c = c0; c <= at.col + radius; c++) columns.push(columnLetter(c));
  const rows: CellPeek['rows'] = [];
  for (let r = r0; r <= at.row + radius; r++) {
    const values: string[] = [];
    const row = grid.values[r - origin.row];
    const formats = grid.numberFormats?.[r - origin.row];
    for (let c = c0; c <= at.col + radius; c++) values.push(shown(row?.[c - origin.col], formats?.[c - origin.col], !!grid.date1904));
    rows.push({ row: r + 1, values });
  }
  return { sheet: grid.name, cell: a1(at.row, at.col), columns, rows, at: { row: at.row - r0, col: at.col - c0 } };
}
