/**
 * Dates as whole days since 1970-01-01 (UTC): cheap to compare and to store a million of.
 * Read from Excel serials (1900 system), JS Dates (UTC) or Vietnamese-order text; never month-first.
 */

export type Day = number;

export type DateRead =
  | { ok: true; day: Day; yearOnly?: boolean }
  | { ok: false; reason: 'unreadable' | 'twoDigitYear' | 'impossible' };

const MS_PER_DAY = 86_400_000;

/** Day number of a civil date, by arithmetic (H. Hinnant's days-from-civil); months past 12 roll over. */
export function dayFromYMD(y: number, m: number, d: number): Day {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  const yr = mm <= 2 ? yy - 1 : yy;
  const era = Math.floor(yr / 400);
  const yoe = yr - era * 400;
  const doy = Math.floor((153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number, by arithmetic (H. Hinnant's days-to-civil): no Date per call. */
export function ymd(day: Day): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function yearOf(day: Day): number {
  // Estimate, then correct by the first day of the year: no object per call.
  let y = Math.floor(day / 365.2425) + 1970;
  if (dayFromYMD(y, 1, 1) > day) y--;
  else if (dayFromYMD(y + 1, 1, 1) <= day) y++;
  return y;
}

function validYMD(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Serial of 1970-01-01 in the 1904 date system (serial 0 is 01/01/1904): 1,462 days fewer. */
const EPOCH_1904 = 24107;

/**
 * 25569 is the serial of 1970-01-01. Serials below 61 sit before Excel's fictitious 29/02/1900.
 * `date1904`: the serial counts from 01/01/1904 (SheetGrid.date1904), which has no such day.
 */
export function dayFromSerial(serial: number, date1904 = false): Day | null {
  const s = Math.floor(serial);
  if (date1904) return s < 0 ? null : s - EPOCH_1904;
  if (s === 60) return null; // 29/02/1900 never existed
  if (s < 1) return null;
  return s < 60 ? s - 25568 : s - 25569;
}

export function serialFromDay(day: Day): number {
  const s = day + 25569;
  return s < 61 ? s - 1 : s;
}

/** Bare years accepted as numbers: a serial in this range would be a date in 1902–1905. */
const MIN_YEAR = 1000;
export const MAX_BARE_YEAR = 2200;

const TEXT_DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{1,4})$/;
const TEXT_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const TEXT_YEAR = /^(\d{4})$/;

/** A cell's value as a date; numbers are serials of the 1900 date system, or of 1904 with `date1904`. */
export function readDate(value: unknown, numberFormat?: string | null, date1904 = false): DateRead | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return { ok: false, reason: 'unreadable' };
    return { ok: true, day: Math.floor(t / MS_PER_DAY) };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'unreadable' };
    const dateFormatted = !!numberFormat && /[dy]/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, ''));
    if (!dateFormatted && Number.isInteger(value) && value >= MIN_YEAR && value <= MAX_BARE_YEAR) {
      return { ok: true, day: dayFromYMD(value, 1, 1), yearOnly: true };
    }
    const day = dayFromSerial(value, date1904);
    return day === null ? { ok: false, reason: value === 60 && !date1904 ? 'impossible' : 'unreadable' } : { ok: true, day };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'unreadable' };
  const s = value.trim();
  if (!s) return null;
  let m = TEXT_DMY.exec(s);
  if (m) {
    const [d, mo, yRaw] = [Number(m[1]), Number(m[2]), m[3]];
    if (yRaw.length !== 4) return { ok: false, reason: yRaw.length === 2 ? 'twoDigitYear' : 'unreadable' };
    const y = Number(yRaw);
    return validYMD(y, mo, d) ? { ok: true, day: dayFromYMD(y, mo, d) } : { ok: false, reason: 'impossible' };
  }
  m = TEXT_ISO.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validYMD(y, mo, d) ? { ok: true, day: dayFromYMD(y, mo, d) } : { ok: false, reason: 'impossible' };
  }
  m = TEXT_YEAR.exec(s);
  if (m) return { ok: true, day: dayFromYMD(Number(m[1]), 1, 1), yearOnly: true };
  return { ok: false, reason: 'unreadable' };
}

export function formatDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

export function isoDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The same day `months` later (clamped to the month's end: 31/01 + 1 month → 28/02). */
export function addMonths(day: Day, months: number): Day {
  const { y, m, d } = ymd(day);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return dayFromYMD(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Adds working days (Monday to Friday; public holidays are not known to the core). */
export function addWorkingDays(day: Day, n: number): Day {
  let cur = day;
  let left = n;
  while (left > 0) {
    cur++;
    const wd = (cur + 4) % 7; // 1970-01-01 was a Thursday (4)
    if (wd !== 0 && wd !== 6) left--;
  }
  return cur;
}

/** Whole years between two days (age at a date). */
export function yearsBetween(from: Day, to: Day): number {
  // Away from an anniversary (±3 days covers the leap days of any span) the estimate is exact.
  const days = to - from;
  const estimate = Math.floor(days / 365.2425);
  const rest = days - estimate * 365.2425;
  if (rest > 3 && rest < 362.2425) return estimate;
  const a = ymd(from);
  const b = ymd(to);
  let years = b.y - a.y;
  if (b.m < a.m || (b.m === a.m && b.d < a.d)) years--;
  return years;
}

/** Whole months between two days (age in months at a date, as the party's guidance counts it). */
export function monthsBetween(from: Day, to: Day): number {
  const a = ymd(from);
  const b = ymd(to);
  return (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
}

/** `YYYY-MM-DD` (a command-line option, the figures' report date); null when not a real date. */
export function parseIsoDay(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validYMD(y, mo, d) ? dayFromYMD(y, mo, d) : null;
}
