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

/**
 * Row keys as small numbers (slots), each given once: counting a member, a dozen counts per
 * period, is then arithmetic on an array, where a Map of the keys hashed a string each time.
 */
const SLOT_OF = new Map<string, number>();
const KEY_OF: string[] = [];

function slot(key: string): number {
  let s = SLOT_OF.get(key);
  if (s === undefined) {
    s = KEY_OF.length;
    KEY_OF.push(key);
    SLOT_OF.set(key, s);
  }
  return s;
}

/** One form's counts: one value per measure for each row's slot. */
class Tally {
  private values: Float64Array;
  /** The slots counted (or touched), in the order they first were. */
  private readonly order: number[] = [];
  private seen: Uint8Array;
  /** Rows whose values are set, not counted (sums, averages). */
  private readonly fixed = new Map<string, (number | null)[]>();

  constructor(private readonly width: number) {
    this.seen = new Uint8Array(Math.max(64, KEY_OF.length));
    this.values = new Float64Array(this.seen.length * width);
  }

  add(row: number, measure = 0, n = 1): void {
    if (row >= this.seen.length || this.seen[row] === 0) this.touch(row);
    this.values[row * this.width + measure] += n;
  }

  /** The row is in the counts, zero until counted. */
  touch(row: number): void {
    if (row >= this.seen.length) this.grow(row);
    if (this.seen[row] === 1) return;
    this.seen[row] = 1;
    this.order.push(row);
  }

  private grow(row: number): void {
    const size = Math.max(row + 1, this.seen.length * 2);
    const seen = new Uint8Array(size);
    seen.set(this.seen);
    const values = new Float64Array(size * this.width);
    values.set(this.values);
    this.seen = seen;
    this.values = values;
  }

  get(key: string, measure = 0): number {
    const row = SLOT_OF.get(key);
    return row === undefined || row >= this.seen.length ? 0 : this.values[row * this.width + measure];
  }

  set(key: string, values: (number | null)[]): void {
    this.fixed.set(key, values);
  }

  counts(): FormCounts {
    const out: FormCounts = new Map();
    for (const row of this.order) out.set(KEY_OF[row], Array.from(this.values.subarray(row * this.width, (row + 1) * this.width)));
    for (const [key, v] of this.fixed) out.set(key, v);
    return out;
  }
}

/** A tally per form, each reached as a field: counting a member is a dozen counts, no lookup of its form among six. */
interface Tallies {
  bieu1: Tally;
  bieu2: Tally;
  bieu2b: Tally;
  bieu3: Tally;
  bieu4: Tally;
  bieu5: Tally;
}

function tallies(): Tallies {
  const w = WIDTHS;
  return { bieu1: new Tally(w.bieu1), bieu2: new Tally(w.bieu2), bieu2b: new Tally(w.bieu2b), bieu3: new Tally(w.bieu3), bieu4: new Tally(w.bieu4), bieu5: new Tally(w.bieu5) };
}

function countsOf(t: Tallies): PeriodCounts {
  return { bieu1: t.bieu1.counts(), bieu2: t.bieu2.counts(), bieu2b: t.bieu2b.counts(), bieu3: t.bieu3.counts(), bieu4: t.bieu4.counts(), bieu5: t.bieu5.counts() };
}

const WIDTHS: Record<FormId, number> = { bieu1: 1, bieu2: 1, bieu2b: 2, bieu3: 1, bieu4: 2, bieu5: BIEU_5.measures.length };
const MEMBERS_MEASURE = BIEU_5.measures.findIndex((m) => m.key === 'members');

/** The Biểu 5 row of a TCCS, by its `Loại hình`. */
function kindRowOf(setting: string | null): number {
  return rowSlot('kind', (UNIT_KIND_ROWS.find((k) => k.settings.includes(setting)) ?? UNIT_KIND_ROWS[UNIT_KIND_ROWS.length - 1]).key);
}

/**
 * The slot of the row `prefix.value`, remembered per value: made per member, the key would be a
 * new string to look up for every count of every member.
 */
const ROW_SLOTS = new Map<string, Map<string, number>>();
function rowSlot(prefix: string, value: string): number {
  let byValue = ROW_SLOTS.get(prefix);
  if (!byValue) ROW_SLOTS.set(prefix, (byValue = new Map()));
  let row = byValue.get(value);
  if (row === undefined) {
    row = slot(`${prefix}.${value}`);
    byValue.set(value, row);
  }
  return row;
}

const AGE_ROWS = AGE_BANDS.map((b) => slot(`age.${b.key}`));
const ROW = {
  start: slot('start'),
  end: slot('end'),
  admitted: slot('admitted'),
  transferredIn: slot('transferredIn'),
  restored: slot('restored'),
  removedProbationary: slot('removed.probationary'),
  total: slot('total'),
  women: slot('women'),
  ethnicMinority: slot('ethnicMinority'),
  religious: slot('religious'),
  youthUnion: slot('youthUnion'),
  readmitted: slot('readmitted'),
  probationary: slot('probationary'),
};
const DECREASE_SLOT = new Map(DECREASES.map(([status, row]) => [status, slot(row)]));

/**
 * A free-text column's row key (`edu.upperSecondary`, `pro.unknown` …) straight from the value as
 * written, remembered per value: one lookup per member where categorising and then keying took three.
 */
function keyOf(prefix: string, category: (raw: string) => string | null): (raw: string | null) => number {
  const unknown = slot(`${prefix}.unknown`);
  const seen = new Map<string, number>();
  return (raw) => {
    if (raw === null) return unknown;
    let row = seen.get(raw);
    if (row === undefined) {
      row = rowSlot(prefix, category(raw) ?? 'unknown');
      if (seen.size < 10_000) seen.set(raw, row);
    }
    return row;
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
function profile(t: Tally, m: Member, age: number | null, ages: { sum: number; n: number }): void {
  if (m.gender === 'Nữ') t.add(ROW.women);
  if (isMinority(m.ethnicity)) t.add(ROW.ethnicMinority);
  if (m.religious) t.add(ROW.religious);
  if (age !== null) {
    t.add(AGE_ROWS[ageBandIndex(age)]);
    ages.sum += age;
    ages.n++;
  }
  t.add(EDUCATION_KEY(m.education));
  t.add(PROFESSIONAL_KEY(m.professional));
  t.add(rowSlot('theory', m.politicalTheory ?? 'unknown'));
}

/** By ethnic group and religion, with women (Biểu 2b and 4). */
function ethnicReligion(t: Tally, m: Member): void {
  const w = m.gender === 'Nữ' ? 1 : 0;
  t.add(ROW.total, 0);
  t.add(ROW.total, 1, w);
  if (m.ethnicity !== null) {
    const e = rowSlot('ethnic', m.ethnicity);
    t.add(e, 0);
    t.add(e, 1, w);
  }
  if (m.religion !== null) {
    const r = RELIGION_KEY(m.religion);
    t.add(r, 0);
    t.add(r, 1, w);
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

/** One period's counts, a member at a time. */
class PeriodCounter {
  private readonly t = tallies();
  private readonly before: Day;
  private readonly newAges = { sum: 0, n: 0 };
  private readonly memberAges = { sum: 0, n: 0 };
  private readonly admitting = new Set<string>();

  constructor(
    private readonly p: Period,
    private readonly changesOnly: boolean,
  ) {
    this.before = p.from - 1;
    for (const key of ['start', 'end', ...INCREASE_ROWS, ...DECREASES.map(([, r]) => r)]) this.t.bieu1.touch(slot(key));
  }

  /** A member of a cell under `tccs` (of workbook number `file`), whose TCCS counts in Biểu 5's row `kindRow`. */
  count(m: Member, tccs: Unit, kindRow: number, file: number): void {
    const { t, p } = this;
    const atEnd = isMemberAt(m, p.to);
    if (isMemberAt(m, this.before)) t.bieu1.add(ROW.start);
    if (atEnd) t.bieu1.add(ROW.end);
    const isNew = isNewMember(m, p);
    if (isNew) t.bieu1.add(ROW.admitted);
    if (cameByTransfer(m) && inPeriod(m.transferredIn, p)) {
      t.bieu1.add(ROW.transferredIn);
      const place = m.transferPlace && PLACE_ROW[m.transferPlace];
      if (place) t.bieu1.add(rowSlot('transferredIn', place));
    }
    if (m.status === STATUS_RESTORED && inPeriod(m.statusDate, p)) t.bieu1.add(ROW.restored);
    const decrease = m.status === null ? undefined : DECREASE_ROW.get(m.status);
    if (decrease && inPeriod(m.statusDate, p)) {
      t.bieu1.add(DECREASE_SLOT.get(m.status!)!);
      if (decrease === 'removed' && !isFullAt(m, m.statusDate!)) t.bieu1.add(ROW.removedProbationary);
      const place = decrease === 'transferredOut' && m.transferPlace ? PLACE_ROW[m.transferPlace] : undefined;
      if (place) t.bieu1.add(rowSlot('transferredOut', place));
    }
    if (this.changesOnly) return;
    if (isNew) {
      t.bieu2.add(ROW.total);
      // Unit keys are unique within a workbook only.
      this.admitting.add(`${file}:${tccs.key}`);
      profile(t.bieu2, m, m.birth === null ? null : yearsBetween(m.birth, m.admitted!), this.newAges);
      if (m.youthUnion) t.bieu2.add(ROW.youthUnion);
      if (m.readmitted) t.bieu2.add(ROW.readmitted);
      t.bieu2.add(OCCUPATION_KEY(m.occupation));
      ethnicReligion(t.bieu2b, m);
    }
    if (atEnd) {
      t.bieu3.add(ROW.total);
      if (!isFullAt(m, p.to)) t.bieu3.add(ROW.probationary);
      profile(t.bieu3, m, m.birth === null ? null : yearsBetween(m.birth, p.to), this.memberAges);
      ethnicReligion(t.bieu4, m);
      t.bieu5.add(ROW.total, MEMBERS_MEASURE);
      t.bieu5.add(kindRow, MEMBERS_MEASURE);
    }
  }

  counts(): PeriodCounts {
    const { t, newAges, memberAges } = this;
    t.bieu1.set('increase', [INCREASE_ROWS.reduce((a, k) => a + t.bieu1.get(k), 0)]);
    t.bieu1.set('decrease', [DECREASES.reduce((a, [, k]) => a + t.bieu1.get(k), 0)]);
    if (!this.changesOnly) {
      t.bieu2.set('averageAge', [newAges.n ? round1(newAges.sum / newAges.n) : null]);
      t.bieu3.set('averageAge', [memberAges.n ? round1(memberAges.sum / memberAges.n) : null]);
      t.bieu2.set('tccsAdmitting', [this.admitting.size]);
    }
    return countsOf(t);
  }
}

/**
 * The counts of every form for each period, over one workbook or several read together (a
 * province's communes: the counts add up, the average ages are taken over every member), in one
 * pass over the members. With `changesOnly`, Biểu 1 alone (the reconciliation check needs nothing else).
 */
export function countPeriods(inputs: FormsInput | readonly FormsInput[], periods: readonly Period[], changesOnly = false): PeriodCounts[] {
  const counters = periods.map((p) => new PeriodCounter(p, changesOnly));
  const list = Array.isArray(inputs) ? (inputs as readonly FormsInput[]) : [inputs as FormsInput];
  list.forEach(({ wb, hierarchy }, file) => {
    // Members come cell by cell: the TCCS of the last cell, and its Biểu 5 row, kept.
    let lastCell: string | null = null;
    let lastTccs: Unit | null | undefined;
    let lastKindRow = 0;
    for (const m of wb.members?.records ?? []) {
      if (m.cellKey === null) continue;
      if (m.cellKey !== lastCell) {
        lastCell = m.cellKey;
        lastTccs = hierarchy.tccsOf(m.cellKey);
        if (lastTccs) lastKindRow = kindRowOf(lastTccs.setting);
      }
      if (!lastTccs) continue;
      for (const c of counters) c.count(m, lastTccs, lastKindRow, file);
    }
  });
  return counters.map((c) => c.counts());
}

/** The counts of every form for one period (see `countPeriods`). */
export function countPeriod(inputs: FormsInput | readonly FormsInput[], p: Period, changesOnly = false): PeriodCounts {
  return countPeriods(inputs, [p], changesOnly)[0];
}

/**
 * Biểu 5's unit counts: the workbook holds the units as they are now, so these are the same for
 * any period (and unknown for last year).
 */
export function countUnits(inputs: readonly FormsInput[]): FormCounts {
  const t = tallies();
  const measure = (key: string) => BIEU_5.measures.findIndex((m) => m.key === key);
  const count = (row: number, key: string, n = 1) => {
    t.bieu5.add(row, measure(key), n);
    t.bieu5.add(ROW.total, measure(key), n);
  };
  for (const { hierarchy, model } of inputs) {
    for (const u of hierarchy.tccsList()) {
      const row = kindRowOf(u.setting);
      count(row, kindDef(model, u.kind)?.tccs === 'committee' ? 'dangBoCoSo' : 'chiBoCoSo');
      const below = hierarchy.descendants(u.key);
      count(row, 'dangBoBoPhan', below.filter((d: Unit) => isSubCommittee(model, d)).length);
      count(row, 'chiBo', below.filter((d) => hierarchy.isCell(d)).length);
    }
  }
  return t.bieu5.counts();
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
