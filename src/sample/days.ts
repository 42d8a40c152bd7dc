/**
 * Dates as whole day numbers (days since 1970-01-01, UTC): cheap to draw, compare and store
 * for a million rows. They become JS Dates (the sample) or Excel serials (the scaled workbook)
 * only when a row is written.
 */

import { dayFromYMD, ymd } from '../core/dates';

/** Excel's 1900 serial of 1970-01-01 (valid for every date after 1 March 1900). */
export const EXCEL_SERIAL_OF_EPOCH = 25569;

/** Day number of a calendar date: the core's own arithmetic (no Date objects). */
export const dayOf = dayFromYMD;

/** Calendar date of a day number, packed as yyyymmdd (the core's arithmetic). */
export function ymdOf(day: number): number {
  const { y, m, d } = ymd(day);
  return y * 10000 + m * 100 + d;
}

export function yearOf(day: number): number {
  return Math.floor(ymdOf(day) / 10000);
}

function daysInMonth(y: number, m: number): number {
  return dayOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayOf(y, m, 1);
}

/** Same day n months later (or earlier), clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, n: number): number {
  const p = ymdOf(day);
  const y0 = Math.floor(p / 10000);
  const m0 = Math.floor(p / 100) % 100;
  const d0 = p % 100;
  const k = y0 * 12 + (m0 - 1) + n;
  const y = Math.floor(k / 12);
  const m = (k % 12) + 1;
  return dayOf(y, m, Math.min(d0, daysInMonth(y, m)));
}

/**
 * The first day that is a full year after `day`: the same date next year, or 1 March when
 * the date is 29 February. Probation ends here, so never a day short of 12 months.
 */
export function oneYearAfter(day: number): number {
  const p = ymdOf(day);
  const y = Math.floor(p / 10000);
  const m = Math.floor(p / 100) % 100;
  const d = p % 100;
  return m === 2 && d === 29 ? dayOf(y + 1, 3, 1) : dayOf(y + 1, m, d);
}

/** A JS Date at UTC midnight, as ExcelJS reads date cells. */
export function dateOfDay(day: number): Date {
  return new Date(day * 86_400_000);
}

/** Excel 1900-system serial (a small integer, stored unboxed by V8: no object per date). */
export function serialOfDay(day: number): number {
  return day + EXCEL_SERIAL_OF_EPOCH;
}
