/**
 * The report periods the forms and figures are made for, as data: the year (1/1 → 31/12) and the
 * first half-year (1/1 → 30/6), the two the party's statistical reports are sent up for. A
 * period sets the report date; the period always starts on 1/1 of the year (forms/tables.ts).
 * A report date typed by hand wins over the preset.
 */
import { dayFromYMD, type Day } from './dates';
import type { Text } from './findings';

export type PeriodId = 'year' | 'half';

export interface PeriodPreset {
  id: PeriodId;
  label: Text;
  /** The period's last day in the report year. */
  end: { month: number; day: number };
}

export const PERIODS: readonly PeriodPreset[] = [
  { id: 'year', label: { vi: 'Cả năm (01/01 – 31/12)', en: 'Full year (01/01 – 31/12)' }, end: { month: 12, day: 31 } },
  { id: 'half', label: { vi: '6 tháng đầu năm (01/01 – 30/06)', en: 'First half-year (01/01 – 30/06)' }, end: { month: 6, day: 30 } },
];

/** The report date a period ends on, in the report year. */
export function periodEnd(id: PeriodId, year: number): Day {
  const p = PERIODS.find((x) => x.id === id) ?? PERIODS[0];
  return dayFromYMD(year, p.end.month, p.end.day);
}

/** `YYYY-MM-DD` of a period's end, for a request's report date. */
export function periodEndIso(id: PeriodId, year: number): string {
  const p = PERIODS.find((x) => x.id === id) ?? PERIODS[0];
  return `${year}-${String(p.end.month).padStart(2, '0')}-${String(p.end.day).padStart(2, '0')}`;
}

/** Which preset a report date is the end of (null for any other date). */
export function periodOf(asOf: string, year: number): PeriodId | null {
  return PERIODS.find((p) => periodEndIso(p.id, year) === asOf)?.id ?? null;
}
