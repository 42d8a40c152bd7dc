/** The attainment table: the district total first, then each TCCS; sortable. */
import type { Lang } from '../../core/findings';
import type { Figures, UnitFigures, Verdict } from '../../core/figures';
import { barWidth, percentText } from './format';

export type { Verdict };
export type SortKey = 'order' | 'name' | 'admitted' | 'target' | 'attainment';
export type SortDir = 'asc' | 'desc';

export interface AttainmentRow {
  code: string;
  name: string;
  kind: string;
  target: number | null;
  admitted: number;
  attainment: number | null;
  members: number;
  /** `111%`, or `—` without a target. */
  percent: string;
  /** 0–100: the bar's filled width. */
  bar: number;
  verdict: Verdict;
  /** Position in the tree's order, for the default sort. */
  order: number;
}

function row(u: UnitFigures, order: number): AttainmentRow {
  return {
    code: u.code,
    name: u.name,
    kind: u.kind,
    target: u.target,
    admitted: u.admitted,
    attainment: u.attainment,
    members: u.members,
    percent: percentText(u.attainment),
    bar: barWidth(u.attainment),
    verdict: u.verdict,
    order,
  };
}

export function attainmentRows(figures: Figures): { district: AttainmentRow; units: AttainmentRow[] } {
  return { district: row(figures.district, -1), units: figures.units.map((u, i) => row(u, i)) };
}

const COLLATORS: Record<Lang, Intl.Collator> = {
  vi: new Intl.Collator('vi', { sensitivity: 'base', numeric: true }),
  en: new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
};

/** Sorted copy; rows without a value (no target) always go last, and ties keep the tree's order. */
export function sortRows(rows: readonly AttainmentRow[], key: SortKey, dir: SortDir, lang: Lang = 'vi'): AttainmentRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (r: AttainmentRow): number | string | null =>
    key === 'name' ? r.name : key === 'order' ? r.order : key === 'admitted' ? r.admitted : key === 'target' ? r.target : r.attainment;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.order - b.order : va === null ? 1 : -1;
    const c = typeof va === 'string' ? COLLATORS[lang].compare(va, vb as string) : (va as number) - (vb as number);
    return c !== 0 ? sign * c : a.order - b.order;
  });
}

/** A header press: the same column flips direction; a new one starts descending for numbers. */
export function nextSort(current: { key: SortKey; dir: SortDir }, key: SortKey): { key: SortKey; dir: SortDir } {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' || key === 'order' ? 'asc' : 'desc' };
}

/** The sort choices of the pane's list: a key and a direction in one value. */
export const SORT_CHOICES = [
  { id: 'order', key: 'order', dir: 'asc' },
  { id: 'name', key: 'name', dir: 'asc' },
  { id: 'attainmentDesc', key: 'attainment', dir: 'desc' },
  { id: 'attainmentAsc', key: 'attainment', dir: 'asc' },
  { id: 'admittedDesc', key: 'admitted', dir: 'desc' },
  { id: 'targetDesc', key: 'target', dir: 'desc' },
] as const satisfies readonly { id: string; key: SortKey; dir: SortDir }[];

export type SortChoice = (typeof SORT_CHOICES)[number]['id'];

export function sortChoiceOf(sort: { key: SortKey; dir: SortDir }): SortChoice {
  return SORT_CHOICES.find((c) => c.key === sort.key && c.dir === sort.dir)?.id ?? 'order';
}
