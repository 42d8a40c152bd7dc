/**
 * Whether a cell's number format shows a date: that is what tells a date serial (45000 shown as
 * 13/03/2023) from a number (45000 members) in a file, where both are stored as numbers.
 */

/**
 * Built-in formats (ECMA-376 §18.8.30) showing a date or a time: 14–17 dates, 18–21 times,
 * 22 both, 45–47 minutes and seconds.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * A custom format code shows a date when, outside quoted literals ("năm"), escaped and padding
 * characters (`\d`, `_)`, `*-`) and brackets (colours, locales, conditions, elapsed `[h]`), it has
 * a day or year code, or a month code without hours or seconds (`mmm` alone is a month; in
 * `h:mm` it is minutes). Only the first section counts: it is the one positive serials use.
 */
export function isDateFormatCode(code: string): boolean {
  const first = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '').split(';')[0];
  if (/general/i.test(first)) return false;
  if (/[dy]/i.test(first)) return true;
  return /m/i.test(first) && !/[hs]/i.test(first);
}

export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code !== undefined) return isDateFormatCode(code);
  return BUILT_IN_DATES.has(id);
}
