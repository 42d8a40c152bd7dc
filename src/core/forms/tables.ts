/**
 * The forms as tables: each row of `definitions.ts` with, per measure, this period, the same period
 * last year (the same workbook as at that date) and this / last. A row needing a column the
 * workbook lacks has no figures and names the column.
 */
import { dayFromYMD, daysInMonth, isoDay, ymd, type Day } from '../dates';
import type { Text } from '../findings';
import { memberColumnName } from '../schema';
import { countPeriods, countUnits, type FormCounts, type FormsInput, type Period } from './compute';
import { BIEU_5, FORMS, type FormDef, type FormId } from './definitions';

export interface FormCell {
  now: number | null;
  last: number | null;
  /** now / last; null when either is unknown or last is 0. */
  ratio: number | null;
}

export interface FormTableRow {
  key: string;
  label: Text;
  level: number;
  heading: boolean;
  decimal: boolean;
  /** One per measure; empty for a heading. */
  cells: FormCell[];
  /** The member columns (as the format names them) the row needs and the workbook lacks. */
  missing: string[];
}

export interface FormTable {
  def: FormDef;
  rows: FormTableRow[];
}

export interface FormsFigures {
  year: number;
  period: { from: string; to: string };
  lastPeriod: { from: string; to: string };
  /** Optional member columns the workbook lacks (format names). */
  missingColumns: string[];
  tables: FormTable[];
}

/** The same day a year earlier (29/02 → 28/02). */
function yearBefore(day: Day): Day {
  const { y, m, d } = ymd(day);
  return dayFromYMD(y - 1, m, Math.min(d, daysInMonth(y - 1, m)));
}

/** This period: 1/1 of the year to the report date; last year's: the same days a year before. */
export function periodsOf(year: number, asOf: Day): { now: Period; last: Period } {
  const to = Math.max(asOf, dayFromYMD(year, 1, 1));
  return {
    now: { from: dayFromYMD(year, 1, 1), to },
    last: { from: dayFromYMD(year - 1, 1, 1), to: yearBefore(to) },
  };
}

function ratio(now: number | null, last: number | null): number | null {
  return now === null || last === null || last === 0 ? null : now / last;
}

function table(def: FormDef, now: FormCounts, last: FormCounts, has: (c: string) => boolean): FormTable {
  return {
    def,
    rows: def.rows.map((r) => {
      const missing = (r.needs ?? []).filter((c) => !has(c)).map(memberColumnName);
      const cells = r.heading
        ? []
        : def.measures.map((ms, i) => {
            const n = missing.length ? null : (now.get(r.key)?.[i] ?? 0);
            const l = missing.length || ms.noHistory ? null : (last.get(r.key)?.[i] ?? 0);
            return { now: n, last: l, ratio: ratio(n, l) };
          });
      return { key: r.key, label: r.label, level: r.level ?? 0, heading: !!r.heading, decimal: !!r.decimal, cells, missing };
    }),
  };
}

/**
 * The forms of one workbook, or of several read together (a province's communes): their counts
 * add up. A row needing a column counts only when every workbook has it (else a part would be
 * missing from the sum without a word).
 */
export function computeForms(input: FormsInput | readonly FormsInput[], year: number, asOf: Day): FormsFigures {
  const inputs: readonly FormsInput[] = Array.isArray(input) ? input : [input as FormsInput];
  const { now, last } = periodsOf(year, asOf);
  const [a, b] = countPeriods(inputs, [now, last]);
  // The units are as the workbooks have them now: this period only.
  const units = countUnits(inputs);
  for (const [key, v] of units) {
    const counted = a.bieu5.get(key) ?? v.map(() => 0);
    a.bieu5.set(key, v.map((x, i) => (BIEU_5.measures[i].noHistory ? x : counted[i])));
  }
  const withMembers = inputs.filter((i) => i.wb.members);
  const has = (c: string) => withMembers.length > 0 && withMembers.every((i) => i.wb.members!.columns.has(c));
  const tables = FORMS.map((def) => table(def, a[def.id], b[def.id], has));
  const optional = new Set(tables.flatMap((t) => t.rows.flatMap((r) => r.missing)));
  return {
    year,
    period: { from: isoDay(now.from), to: isoDay(now.to) },
    lastPeriod: { from: isoDay(last.from), to: isoDay(last.to) },
    missingColumns: [...optional],
    tables,
  };
}

export function formTable(forms: FormsFigures, id: FormId): FormTable {
  return forms.tables.find((t) => t.def.id === id)!;
}

/** This period's value of a row (first measure); null when unknown. */
export function nowValue(forms: FormsFigures, id: FormId, key: string, measure = 0): number | null {
  return formTable(forms, id).rows.find((r) => r.key === key)?.cells[measure]?.now ?? null;
}
