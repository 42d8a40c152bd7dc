/**
 * The forms' figures for a period, in one pass over the members: the counts behind every row of
 * `definitions.ts`. A period runs from `from` to `to`, both included; "at the start" is the day
 * before `from`. Members count as in the other figures: those in a cell under a TCCS.
 */
import { yearsBetween, type Day } from '../dates';
import { isMinority } from '../figures';
import {
  STATUS_DIED, STATUS_EXPELLED, STATUS_REMOVED, STATUS_RESIGNED, STATUS_RESTORED, STATUS_TRANSFERRED_OUT,
} from '../lists';
import { isFullAt, isMemberAt } from '../membership';
import type { Hierarchy } from '../model/hierarchy';
import type { ParsedWorkbook } from '../model/read';
import type { Member, Unit } from '../model/types';
import { kindDef, type StructureModel } from '../structure-model';
import { AGE_BANDS, ageBandIndex } from './bands';
import { educationLevel, occupationCategory, professionalCategory, religionCategory } from './classify';
import { BIEU_5, UNIT_KIND_ROWS, type FormId } from './definitions';

/** Row key → one value per measure of the form. */
export type FormCounts = Map<string, (number | null)[]>;

export type PeriodCounts = Record<FormId, FormCounts>;

export interface Period {
  from: Day;
  to: Day;
}

/** Biểu 1's decreases: the status, and the row it counts in. */
const DECREASES: [string, string][] = [
  [STATUS_DIED, 'died'],
  [STATUS_EXPELLED, 'expelled'],
  [STATUS_REMOVED, 'removed'],
  [STATUS_RESIGNED, 'resigned'],
  [STATUS_TRANSFERRED_OUT, 'transferredOut'],
];
const DECREASE_ROW = new Map(DECREASES);
const INCREASE_ROWS = ['admitted', 'transferredIn', 'restored'];

const PLACE_ROW: Record<string, string> = { 'Ngoài tỉnh': 'out', 'Trong tỉnh': 'in' };

export interface FormsInput {
  wb: ParsedWorkbook;
  hierarchy: Hierarchy;
  model: StructureModel;
}

class Counter {
  readonly forms = {} as PeriodCounts;

  constructor(widths: Record<FormId, number>) {
    for (const id of Object.keys(widths) as FormId[]) this.forms[id] = new Map();
    this.widths = widths;
  }

  private readonly widths: Record<FormId, number>;

  add(form: FormId, key: string, measure = 0, n = 1): void {
    const map = this.forms[form];
    let v = map.get(key);
    if (!v) {
      v = new Array<number | null>(this.widths[form]).fill(0);
      map.set(key, v);
    }
    v[measure] = (v[measure] ?? 0) + n;
  }

  get(form: FormId, key: string, measure = 0): number {
    return this.forms[form].get(key)?.[measure] ?? 0;
  }

  set(form: FormId, key: string, values: (number | null)[]): void {
    this.forms[form].set(key, values);
  }
}

const WIDTHS: Record<FormId, number> = { bieu1: 1, bieu2: 1, bieu2b: 2, bieu3: 1, bieu4: 2, bieu5: BIEU_5.measures.length };
const MEMBERS_MEASURE = BIEU_5.measures.findIndex((m) => m.key === 'members');

/** The Biểu 5 row of a TCCS, by its `Loại hình`. */
function kindRowOf(setting: string | null): string {
  return rowKey('kind', (UNIT_KIND_ROWS.find((k) => k.settings.includes(setting)) ?? UNIT_KIND_ROWS[UNIT_KIND_ROWS.length - 1]).key);
}

/**
 * `prefix.value` row keys, made once per value: built per member they would be a new string to
 * hash for every count of every member.
 */
const ROW_KEYS = new Map<string, Map<string, string>>();
function rowKey(prefix: string, value: string): string {
  let byValue = ROW_KEYS.get(prefix);
  if (!byValue) ROW_KEYS.set(prefix, (byValue = new Map()));
  let key = byValue.get(value);
  if (key === undefined) {
    key = `${prefix}.${value}`;
    if (byValue.size < 10_000) byValue.set(value, key);
  }
  return key;
}

const AGE_KEYS = AGE_BANDS.map((b) => `age.${b.key}`);

/**
 * A free-text column's row key (`edu.upperSecondary`, `pro.unknown` …) straight from the value as
 * written, remembered per value: one lookup per member where categorising and then keying took three.
 */
function keyOf(prefix: string, category: (raw: string) => string | null): (raw: string | null) => string {
  const unknown = `${prefix}.unknown`;
  const seen = new Map<string, string>();
  return (raw) => {
    if (raw === null) return unknown;
    let key = seen.get(raw);
    if (key === undefined) {
      key = rowKey(prefix, category(raw) ?? 'unknown');
      if (seen.size < 10_000) seen.set(raw, key);
    }
    return key;
  };
}

const EDUCATION_KEY = keyOf('edu', educationLevel);
const PROFESSIONAL_KEY = keyOf('pro', professionalCategory);
const OCCUPATION_KEY = keyOf('job', occupationCategory);
const RELIGION_KEY = keyOf('religion', religionCategory);

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The profile rows shared by Biểu 2 and Biểu 3 (education, qualification, theory, ages). */
function profile(c: Counter, form: FormId, m: Member, age: number | null, ages: { sum: number; n: number }): void {
  if (m.gender === 'Nữ') c.add(form, 'women');
  if (isMinority(m.ethnicity)) c.add(form, 'ethnicMinority');
  if (m.religious) c.add(form, 'religious');
  if (age !== null) {
    c.add(form, AGE_KEYS[ageBandIndex(age)]);
    ages.sum += age;
    ages.n++;
  }
  c.add(form, EDUCATION_KEY(m.education));
  c.add(form, PROFESSIONAL_KEY(m.professional));
  c.add(form, rowKey('theory', m.politicalTheory ?? 'unknown'));
}

/** By ethnic group and religion, with women (Biểu 2b and 4). */
function ethnicReligion(c: Counter, form: FormId, m: Member): void {
  const w = m.gender === 'Nữ' ? 1 : 0;
  c.add(form, 'total', 0);
  c.add(form, 'total', 1, w);
  if (m.ethnicity !== null) {
    const e = rowKey('ethnic', m.ethnicity);
    c.add(form, e, 0);
    c.add(form, e, 1, w);
  }
  if (m.religion !== null) {
    const r = RELIGION_KEY(m.religion);
    c.add(form, r, 0);
    c.add(form, r, 1, w);
  }
}

const inPeriod = (d: Day | null, p: Period): boolean => d !== null && d >= p.from && d <= p.to;

/** Whether the member came by transfer (their admission was elsewhere, before they came). */
export function cameByTransfer(m: Member): boolean {
  return m.transferredIn !== null && m.admitted !== null && m.transferredIn > m.admitted;
}

/** Admitted here in the period (Biểu 1's "Kết nạp", Biểu 2). */
export function isNewMember(m: Member, p: Period): boolean {
  return inPeriod(m.admitted, p) && !cameByTransfer(m);
}

/**
 * The counts of every form for one period, over one workbook or several read together (a
 * province's communes: the counts add up, the average ages are taken over every member). With
 * `changesOnly`, Biểu 1 alone (the reconciliation check needs nothing else).
 */
export function countPeriod(inputs: FormsInput | readonly FormsInput[], p: Period, changesOnly = false): PeriodCounts {
  const c = new Counter(WIDTHS);
  const before = p.from - 1;
  const newAges = { sum: 0, n: 0 };
  const memberAges = { sum: 0, n: 0 };
  const admitting = new Set<string>();
  for (const key of ['start', 'end', ...INCREASE_ROWS, ...DECREASES.map(([, r]) => r)]) c.set('bieu1', key, [0]);
  const list = Array.isArray(inputs) ? (inputs as readonly FormsInput[]) : [inputs as FormsInput];
  // Unit keys are unique within a workbook only.
  list.forEach(({ wb, hierarchy }, file) => {
  // Members come cell by cell: the TCCS of the last cell, kept.
  let lastCell: string | null = null;
  let lastTccs: Unit | null | undefined;
  for (const m of wb.members?.records ?? []) {
    if (m.cellKey === null) continue;
    if (m.cellKey !== lastCell) {
      lastCell = m.cellKey;
      lastTccs = hierarchy.tccsOf(m.cellKey);
    }
    const tccs = lastTccs;
    if (!tccs) continue;
    const atEnd = isMemberAt(m, p.to);
    if (isMemberAt(m, before)) c.add('bieu1', 'start');
    if (atEnd) c.add('bieu1', 'end');
    const isNew = isNewMember(m, p);
    if (isNew) c.add('bieu1', 'admitted');
    if (cameByTransfer(m) && inPeriod(m.transferredIn, p)) {
      c.add('bieu1', 'transferredIn');
      const place = m.transferPlace && PLACE_ROW[m.transferPlace];
      if (place) c.add('bieu1', rowKey('transferredIn', place));
    }
    if (m.status === STATUS_RESTORED && inPeriod(m.statusDate, p)) c.add('bieu1', 'restored');
    const decrease = m.status === null ? undefined : DECREASE_ROW.get(m.status);
    if (decrease && inPeriod(m.statusDate, p)) {
      c.add('bieu1', decrease);
      if (decrease === 'removed' && !isFullAt(m, m.statusDate!)) c.add('bieu1', 'removed.probationary');
      const place = decrease === 'transferredOut' && m.transferPlace ? PLACE_ROW[m.transferPlace] : undefined;
      if (place) c.add('bieu1', rowKey('transferredOut', place));
    }
    if (changesOnly) continue;
    if (isNew) {
      c.add('bieu2', 'total');
      admitting.add(`${file}:${tccs.key}`);
      profile(c, 'bieu2', m, m.birth === null ? null : yearsBetween(m.birth, m.admitted!), newAges);
      if (m.youthUnion) c.add('bieu2', 'youthUnion');
      if (m.readmitted) c.add('bieu2', 'readmitted');
      c.add('bieu2', OCCUPATION_KEY(m.occupation));
      ethnicReligion(c, 'bieu2b', m);
    }
    if (atEnd) {
      c.add('bieu3', 'total');
      if (!isFullAt(m, p.to)) c.add('bieu3', 'probationary');
      profile(c, 'bieu3', m, m.birth === null ? null : yearsBetween(m.birth, p.to), memberAges);
      ethnicReligion(c, 'bieu4', m);
      c.add('bieu5', 'total', MEMBERS_MEASURE);
      c.add('bieu5', kindRowOf(tccs.setting), MEMBERS_MEASURE);
    }
  }
  });
  c.set('bieu1', 'increase', [INCREASE_ROWS.reduce((a, k) => a + c.get('bieu1', k), 0)]);
  c.set('bieu1', 'decrease', [DECREASES.reduce((a, [, k]) => a + c.get('bieu1', k), 0)]);
  if (!changesOnly) {
    c.set('bieu2', 'averageAge', [newAges.n ? round1(newAges.sum / newAges.n) : null]);
    c.set('bieu3', 'averageAge', [memberAges.n ? round1(memberAges.sum / memberAges.n) : null]);
    c.set('bieu2', 'tccsAdmitting', [admitting.size]);
  }
  return c.forms;
}

/**
 * Biểu 5's unit counts: the workbook holds the units as they are now, so these are the same for
 * any period (and unknown for last year).
 */
export function countUnits(inputs: readonly FormsInput[]): FormCounts {
  const c = new Counter(WIDTHS);
  const measure = (key: string) => BIEU_5.measures.findIndex((m) => m.key === key);
  const count = (rowKey: string, key: string, n = 1) => {
    c.add('bieu5', rowKey, measure(key), n);
    c.add('bieu5', 'total', measure(key), n);
  };
  for (const { hierarchy, model } of inputs) {
    for (const u of hierarchy.tccsList()) {
      const rowKey = kindRowOf(u.setting);
      count(rowKey, kindDef(model, u.kind)?.tccs === 'committee' ? 'dangBoCoSo' : 'chiBoCoSo');
      const below = hierarchy.descendants(u.key);
      count(rowKey, 'dangBoBoPhan', below.filter((d: Unit) => isSubCommittee(model, d)).length);
      count(rowKey, 'chiBo', below.filter((d) => hierarchy.isCell(d)).length);
    }
  }
  return c.forms.bieu5;
}

function isSubCommittee(model: StructureModel, u: Unit): boolean {
  const k = kindDef(model, u.kind);
  return !!k && !!k.needsCells && !k.tccs && !k.root;
}

/** Start + increases − decreases, against the end. */
export interface Reconciliation {
  start: number;
  increase: number;
  decrease: number;
  end: number;
  expectedEnd: number;
}

export function reconcile(changes: FormCounts): Reconciliation {
  const v = (k: string) => changes.get(k)?.[0] ?? 0;
  const r = { start: v('start'), increase: v('increase'), decrease: v('decrease'), end: v('end') };
  return { ...r, expectedEnd: r.start + r.increase - r.decrease };
}
