/**
 * Grids as a user compares them: every date as its day (from a Date, or from a date-formatted
 * serial in the grid's date system), empty cells and trailing empties dropped. Two readers of the
 * same data, or one file saved by two programs, must give equal grids by this measure.
 */
import { dayFromSerial, formatDay } from '../../../src/core/dates';
import type { CellValue, SheetGrid } from '../../../src/core/grid';

export type Plain = string | number | boolean | null;

export function plainGrid(g: SheetGrid): Plain[][] {
  const out: Plain[][] = [];
  const rows = g.values.length;
  for (let r = 0; r < rows; r++) {
    const row = g.values[r] ?? [];
    const line: Plain[] = [];
    for (let c = 0; c < row.length; c++) line.push(plainCell(row[c], g.numberFormats?.[r]?.[c], g.date1904));
    while (line.length && line[line.length - 1] === null) line.pop();
    out.push(line);
  }
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
}

/** A date as `dd/mm/yyyy`; a number rounded to 9 digits (a program's float text round trip). */
export function plainCell(v: CellValue, format: string | null | undefined, date1904?: boolean): Plain {
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) return formatDay(Math.floor(v.getTime() / 86_400_000));
  if (typeof v === 'number' && format && /[dy]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const day = dayFromSerial(v, date1904);
    return day === null ? v : formatDay(day);
  }
  if (typeof v === 'number') return Number(v.toPrecision(9));
  return v;
}
