/**
 * `Range.text` as Excel gives it: the value as its number format shows it. A date-formatted
 * serial is shown as the day it is in the workbook's date system (a 1904 workbook shows the same
 * serial four years and a day later), which is how the add-in tells the systems apart; numbers
 * in General as JavaScript writes them, booleans as TRUE/FALSE, text as it is.
 */
import { dayFromSerial, ymd } from '../../src/core/dates';
import { isDateFormatCode } from '../../src/hosts/xlsx/number-formats';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date shown by a format's day, month and year codes (d, dd, m, mm, mmm, yy, yyyy); other characters as written. */
function formatDate(serial: number, format: string, date1904: boolean): string {
  const day = dayFromSerial(serial, date1904);
  if (day === null) return String(serial);
  const { y, m, d } = ymd(day);
  const code = format.replace(/\[[^\]]*\]/g, '').split(';')[0];
  const pad = (n: number) => String(n).padStart(2, '0');
  return code.replace(/"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dd|d/gi, (t, quoted: string | undefined, escaped: string | undefined) => {
    if (quoted !== undefined) return quoted;
    if (escaped !== undefined) return escaped;
    switch (t.toLowerCase()) {
      case 'yyyy':
        return String(y);
      case 'yy':
        return pad(y % 100);
      case 'mmmm':
      case 'mmm':
        return MONTHS[m - 1];
      case 'mm':
        return pad(m);
      case 'm':
        return String(m);
      case 'dd':
        return pad(d);
      default:
        return String(d);
    }
  });
}

export function cellText(value: unknown, format: string, date1904: boolean): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return format !== 'General' && isDateFormatCode(format) ? formatDate(value, format, date1904) : String(value);
  return String(value);
}
