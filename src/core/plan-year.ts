/**
 * Which year a workbook reports on when nobody says: the year most valid plan rows name.
 * A row with an unreadable target, or no code, does not vote: one mistyped row for another
 * year must not turn every TCCS into "no target".
 */
import type { Lang } from './findings';
import type { ParsedWorkbook } from './model/read';

export interface YearChoice {
  year: number;
  /** How it was chosen: given by the user, the plan's only year, the most named, or the latest of a tie. */
  how: 'given' | 'only' | 'most' | 'tie';
  /** Valid target rows per year named, ascending by year. */
  rows: { year: number; rows: number }[];
}

export function chooseYear(wb: ParsedWorkbook, given?: number): YearChoice | null {
  const counts = new Map<number, number>();
  for (const t of wb.targets?.records ?? []) {
    if (t.year === null || t.target === null || !t.key) continue;
    counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  }
  const rows = [...counts].sort((a, b) => a[0] - b[0]).map(([year, n]) => ({ year, rows: n }));
  if (given !== undefined) return { year: given, how: 'given', rows };
  if (!rows.length) return null;
  if (rows.length === 1) return { year: rows[0].year, how: 'only', rows };
  const most = Math.max(...rows.map((r) => r.rows));
  const top = rows.filter((r) => r.rows === most);
  return { year: top[top.length - 1].year, how: top.length > 1 ? 'tie' : 'most', rows };
}

/** One line saying which year was taken and why; null when the user chose it or there was no choice to make. */
export function yearChoiceLine(c: YearChoice | null, lang: Lang): string | null {
  if (!c || c.how === 'given' || c.how === 'only') return null;
  const n = (x: number) => x.toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
  const chosen = c.rows.find((r) => r.year === c.year)?.rows ?? 0;
  const others = c.rows.filter((r) => r.year !== c.year);
  const list = others.map((r) => `${r.year}: ${n(r.rows)}`).join(', ');
  if (lang === 'en') {
    return c.how === 'tie'
      ? `Year ${c.year}: the latest of the years with the most targets (${n(chosen)} rows each; ${list}). Choose another year if needed.`
      : `Year ${c.year}: most targets name it (${n(chosen)} rows; ${list}). Choose another year if needed.`;
  }
  return c.how === 'tie'
    ? `Năm ${c.year}: năm gần nhất trong các năm có nhiều chỉ tiêu nhất (mỗi năm ${n(chosen)} hàng; ${list}). Có thể chọn năm khác.`
    : `Năm ${c.year}: năm có nhiều chỉ tiêu nhất (${n(chosen)} hàng; ${list}). Có thể chọn năm khác.`;
}
