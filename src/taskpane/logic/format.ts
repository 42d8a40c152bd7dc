/** Numbers, percentages and dates as the pane shows them. */
import type { Lang } from '../../core/findings';
import { isoDay, readDate } from '../../core/dates';
import { percentText, roundHalfUp } from '../../core/layouts/sheet-builder';

export { percentText, roundHalfUp };

const NUMBER = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };

/** 12000 → `12.000` (vi) or `12,000` (en). */
export function formatNumber(n: number, lang: Lang): string {
  return NUMBER[lang].format(n);
}

/** `2017-12-31` → `31/12/2017`: day first in both languages, as the sheets write dates. */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Today as `YYYY-MM-DD` in local time (the user's "today", not UTC's). */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The width of an attainment bar in percent: 0–100, whatever the attainment (111% fills it). */
export function barWidth(fraction: number | null): number {
  if (fraction === null || !Number.isFinite(fraction) || fraction <= 0) return 0;
  return Math.min(100, fraction * 100);
}

/**
 * The report date as typed: `31/12/2017` (also `31-12-2017`, `31.12.2017`, `2017-12-31`) →
 * `2017-12-31`; '' for empty (the default date); null when it is no real date. Day first, never
 * month first (a native date field would follow the computer's locale, often month first).
 */
export function parseTypedDate(text: string): string | null {
  const s = text.trim();
  if (!s) return '';
  const r = readDate(s);
  if (!r || !r.ok || r.yearOnly) return null;
  return isoDay(r.day);
}
