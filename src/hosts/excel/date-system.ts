/**
 * Which date system the open workbook counts in. Office.js has no property for it (VBA's
 * Workbook.Date1904 has no counterpart in any ExcelApi set): `Range.values` gives a date as its
 * serial whatever the system, and only `Range.text` (ExcelApi 1.1: the value as Excel shows it,
 * by its number format) tells 1904 from 1900. So a few date-formatted cells already read are
 * asked for their text, and their serial is read both ways: the reading whose day, month and year
 * the text shows is the workbook's. The two readings lie 1,462 days (four years and a day) apart,
 * so a text with any of the three tells them apart.
 */
import { dayFromSerial, ymd } from '../../core/dates';
import type { SheetGrid } from '../../core/grid';
import { isDateFormatCode } from '../xlsx/number-formats';

export interface DateProbe {
  sheet: string;
  /** Zero-based on the sheet. */
  row: number;
  col: number;
  serial: number;
}

/** A date format with no time in it: its text holds day, month and year only. */
const dateOnly = (format: string) => isDateFormatCode(format) && !/[hs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]/g, ''));

/** Up to `max` date-formatted serials of the grids, from different rows, to ask Excel for their text. */
export function dateProbes(grids: readonly SheetGrid[], max = 3): DateProbe[] {
  const probes: DateProbe[] = [];
  for (const g of grids) {
    const formats = g.numberFormats;
    if (!formats) continue;
    for (let r = 0; r < formats.length && probes.length < max; r++) {
      const row = formats[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = g.values[r]?.[c];
        // Serials of 1904's first four years read as no day of 1900's: any date after 1904 is asked.
        if (typeof v === 'number' && v >= 1462 && row[c] && dateOnly(row[c]!)) {
          probes.push({ sheet: g.name, row: (g.origin?.row ?? 0) + r, col: (g.origin?.col ?? 0) + c, serial: v });
          break;
        }
      }
    }
    if (probes.length >= max) break;
  }
  return probes;
}

/** Whether every number in the text is the day, month or year (four or two digits) of the reading. */
function shows(text: string, serial: number, date1904: boolean): boolean {
  const day = dayFromSerial(serial, date1904);
  if (day === null) return false;
  const { y, m, d } = ymd(day);
  const numbers = text.match(/\d+/g);
  if (!numbers) return false;
  return numbers.every((n) => {
    const x = Number(n);
    return x === d || x === m || x === y || (n.length === 2 && x === y % 100);
  });
}

/** The system a date cell's text shows: true 1904, false 1900, null when the text cannot tell. */
export function systemOfText(serial: number, text: string): boolean | null {
  const as1900 = shows(text, serial, false);
  const as1904 = shows(text, serial, true);
  return as1900 === as1904 ? null : as1904;
}

/** The workbook's system from its probes' texts: the first that tells; 1900 when none does. */
export function decideDate1904(probes: readonly DateProbe[], texts: readonly string[]): boolean {
  for (let i = 0; i < probes.length; i++) {
    const verdict = systemOfText(probes[i].serial, texts[i] ?? '');
    if (verdict !== null) return verdict;
  }
  return false;
}
