/** The year's figures (admitted, targets, attainment, members, cells) for a report date, computed in one pass over the members. */
import { dayFromYMD, isoDay, yearOf, yearsBetween, type Day } from './dates';
import { ETHNIC_FOREIGN, ETHNIC_KINH } from './lists';
import { isFullAt, isMemberAt } from './membership';
import type { Hierarchy } from './model/hierarchy';
import type { ParsedWorkbook } from './model/read';
import { RunMap } from './model/run-map';
import type { Member, Unit } from './model/types';
import { AGE_BANDS } from './forms/bands';
import { kindDef, type StructureModel } from './structure-model';

export interface Breakdown {
  women: number;
  minority: number;
  religious: number;
  young: number;
  local: number;
}

/** Against its target: met, not met, or none (no target, or a target of 0). */
export type Verdict = 'met' | 'notMet' | 'none';

export interface UnitFigures {
  code: string;
  name: string;
  kind: string;
  setting: string | null;
  /** Null when the plan has no target for the unit. */
  target: number | null;
  admitted: number;
  /** admitted / target; null when the target is 0 or missing. */
  attainment: number | null;
  /** Met the target (attainment of 100% or more), not met, or nothing to meet: decided here only (`verdictOf`). */
  verdict: Verdict;
  members: number;
  full: number;
  probationary: number;
  /** The admitted of the year, broken down. */
  breakdown: Breakdown;
  /** Cells in the unit (itself included when it is one). */
  cells: number;
  cellsUnder3Full: number;
  /** Code of the group (level above the grassroots) a TCCS stands in; absent directly under the root. */
  group?: string;
  /** The workbook file a unit comes from, when several are read together. */
  file?: string;
}

/** A unit of the level above the grassroots (a commune under a province): its TCCS added up. */
export interface GroupFigures extends UnitFigures {
  tccs: number;
  /** Whether the target is the plan's row for the group (else the sum of its TCCS targets). */
  ownTarget: boolean;
}

export interface DistrictFigures extends UnitFigures {
  tccs: number;
  dangBoCoSo: number;
  chiBoCoSo: number;
  /** Cells under the đảng bộ cơ sở. */
  cellsUnderCommittees: number;
  /** Whether the target is the district's own row (else the sum of the TCCS targets, or of the groups' targets). */
  ownTarget: boolean;
  /** Several workbooks merged with none for the root: the root is their sum and has no name of its own. */
  unnamedRoot?: boolean;
  /** The TCCS targets added up (null when none has one): beside the own row, so a difference shows. */
  targetSum: number | null;
}

export interface Indicator {
  total: number;
  met: number;
  /** met / total, null when there is nothing to count. */
  share: number | null;
  goal: number;
}

export interface TrainingFigures {
  classes: number;
  learners: number;
  byType: { type: string; classes: number; learners: number }[];
}

export interface Figures {
  year: number;
  asOf: string;
  model: string;
  district: DistrictFigures;
  /** The level above the grassroots (a province's communes), in sheet order; empty when the root is that level. */
  groups: GroupFigures[];
  units: UnitFigures[];
  indicators: { villageCellsWithLocal: Indicator; communesWithHealthCell: Indicator };
  training: TrainingFigures;
  /** Members admitted in the year whose cell hangs under no TCCS (reported by the rules). */
  admittedOutsideTccs: number;
  /** What the workbook records at all: a report says nothing about what it does not hold. */
  recorded: Recorded;
}

export interface Recorded {
  /** A LopBoiDuong sheet is there. */
  classes: boolean;
  /** The optional member columns Tôn giáo and Người tại chỗ, and the unit column Loại hình. */
  religion: boolean;
  local: boolean;
  setting: boolean;
}

const CLASS_TYPES = ['Lý luận chính trị', 'Nhận thức về Đảng', 'Đảng viên mới', 'Khác'];

export function isMinority(ethnicity: string | null): boolean {
  return ethnicity !== null && ethnicity !== ETHNIC_KINH && ethnicity !== ETHNIC_FOREIGN;
}

export function emptyUnit(u: Unit | undefined): UnitFigures {
  return {
    code: u?.code ?? '',
    name: u?.name ?? '',
    kind: u?.kind ?? '',
    setting: u?.setting ?? null,
    target: null,
    admitted: 0,
    attainment: null,
    verdict: 'none',
    members: 0,
    full: 0,
    probationary: 0,
    breakdown: { women: 0, minority: 0, religious: 0, young: 0, local: 0 },
    cells: 0,
    cellsUnder3Full: 0,
  };
}

/** "Admitted in the year": an admission date from 1 January to 31 December, whatever happened since. */
export function admittedInYear(m: Member, yearStart: Day, nextYearStart: Day): boolean {
  return m.admitted !== null && m.admitted >= yearStart && m.admitted < nextYearStart;
}

export function attainmentOf(admitted: number, target: number | null): number | null {
  return target === null || target === 0 ? null : admitted / target;
}

/** "Met the target": admitted at least as many as planned (attainment ≥ 100%). The one place this is decided. */
export function verdictOf(attainment: number | null): Verdict {
  return attainment === null ? 'none' : attainment >= 1 ? 'met' : 'notMet';
}

/** The targets of a year in `ChiTieu` by unit key: the first row per unit counts (a second is P03). */
export function targetsOfYear(wb: ParsedWorkbook, year: number): Map<string, number> {
  const targetOf = new Map<string, number>();
  for (const t of wb.targets?.records ?? []) {
    if (t.year === year && t.target !== null && !targetOf.has(t.key)) targetOf.set(t.key, t.target);
  }
  return targetOf;
}

/**
 * The district's (root unit's) target: its own row in the plan, else the sum of the targets of
 * what stands directly under it — the TCCS, or under a province its communes (each its own row,
 * else the sum of its TCCS targets); null when the plan names none. The one place this is decided.
 */
export function districtTarget(targetOf: ReadonlyMap<string, number>, hierarchy: Hierarchy): { target: number | null; own: boolean; sum: number | null } {
  const root = hierarchy.root;
  const own = root ? targetOf.get(root.key) : undefined;
  const add = (sum: number | null, t: number | null | undefined) => (t === undefined || t === null ? sum : (sum ?? 0) + t);
  // What stands under the root added up, also beside an own row: a difference is shown, not hidden.
  let sum: number | null = null;
  const groupSums = new Map<string, number | null>();
  for (const u of hierarchy.tccsList()) {
    const g = hierarchy.groupOf(u);
    if (g) groupSums.set(g.key, add(groupSums.get(g.key) ?? null, targetOf.get(u.key)));
    else sum = add(sum, targetOf.get(u.key));
  }
  for (const g of hierarchy.groups()) sum = add(sum, targetOf.get(g.key) ?? groupSums.get(g.key));
  return own !== undefined ? { target: own, own: true, sum } : { target: sum, own: false, sum };
}

function countMember(f: UnitFigures, m: Member, member: boolean, full: boolean, admittedThisYear: boolean, young: boolean): void {
  if (member) {
    f.members++;
    if (full) f.full++;
    else f.probationary++;
  }
  if (admittedThisYear) {
    f.admitted++;
    const b = f.breakdown;
    if (m.gender === 'Nữ') b.women++;
    if (isMinority(m.ethnicity)) b.minority++;
    if (m.religious) b.religious++;
    if (young) b.young++;
    if (m.local) b.local++;
  }
}

export function computeFigures(
  wb: ParsedWorkbook,
  hierarchy: Hierarchy,
  model: StructureModel,
  year: number,
  asOf: Day,
): Figures {
  const root = hierarchy.root;
  const tccsUnits = hierarchy.tccsList();
  const byTccs = new Map<string, UnitFigures>();
  for (const u of tccsUnits) {
    const f = emptyUnit(u);
    const g = hierarchy.groupOf(u);
    if (g) f.group = g.code;
    byTccs.set(u.key, f);
  }
  const district = emptyUnit(root);
  const youngUpTo = AGE_BANDS[0].max!;
  const cellMembers = new RunMap(() => ({ full: 0, local: 0 }));
  let admittedOutsideTccs = 0;
  const yearStart = dayFromYMD(year, 1, 1);
  const nextYearStart = dayFromYMD(year + 1, 1, 1);

  for (const m of wb.members?.records ?? []) {
    if (m.cellKey === null) continue;
    const tccs = hierarchy.tccsOf(m.cellKey);
    const figs = tccs ? byTccs.get(tccs.key) : undefined;
    const admittedThisYear = admittedInYear(m, yearStart, nextYearStart);
    if (admittedThisYear && !figs) admittedOutsideTccs++;
    const member = isMemberAt(m, asOf);
    const full = member && isFullAt(m, asOf);
    if (member) {
      const c = cellMembers.at(m.cellKey);
      if (full) c.full++;
      if (m.local) c.local++;
    }
    // A member under a TCCS counts in it and in the district (no array per member: a million rows).
    if (!figs || (!member && !admittedThisYear)) continue;
    // 18–30 at admission, 30 included: the first age band of the statistical forms.
    const young = admittedThisYear && m.birth !== null && yearsBetween(m.birth, m.admitted!) <= youngUpTo;
    countMember(figs, m, member, full, admittedThisYear, young);
    countMember(district, m, member, full, admittedThisYear, young);
  }

  // Cells per TCCS and those under the Charter's minimum of full members.
  const minFull = model.thresholds.minFullMembersPerCell;
  let cellsUnderCommittees = 0;
  for (const u of tccsUnits) {
    const f = byTccs.get(u.key)!;
    const cells = [u, ...hierarchy.descendants(u.key)].filter((d) => hierarchy.isCell(d));
    f.cells = cells.length;
    f.cellsUnder3Full = cells.filter((c) => (cellMembers.get(c.key)?.full ?? 0) < minFull).length;
    district.cells += f.cells;
    district.cellsUnder3Full += f.cellsUnder3Full;
    if (kindDef(model, u.kind)?.tccs === 'committee') cellsUnderCommittees += f.cells;
  }

  const targetOf = targetsOfYear(wb, year);
  for (const [key, f] of byTccs) {
    f.target = targetOf.get(key) ?? null;
    f.attainment = attainmentOf(f.admitted, f.target);
    f.verdict = verdictOf(f.attainment);
  }
  const units = tccsUnits.map((u) => byTccs.get(u.key)!);
  const groups = hierarchy.groups().map((g) => groupFigures(g, units.filter((f) => f.group === g.code), targetOf.get(g.key)));
  const districtPlan = districtTarget(targetOf, hierarchy);
  district.target = districtPlan.target;
  district.attainment = attainmentOf(district.admitted, district.target);
  district.verdict = verdictOf(district.attainment);

  const committees = tccsUnits.filter((u) => kindDef(model, u.kind)?.tccs === 'committee').length;

  return {
    year,
    asOf: isoDay(asOf),
    model: model.id,
    district: {
      ...district,
      tccs: tccsUnits.length,
      dangBoCoSo: committees,
      chiBoCoSo: tccsUnits.length - committees,
      cellsUnderCommittees,
      ownTarget: districtPlan.own,
      targetSum: districtPlan.sum,
    },
    groups,
    units,
    indicators: indicators(hierarchy, model, cellMembers),
    training: training(wb, year),
    admittedOutsideTccs,
    recorded: {
      classes: wb.classes !== null,
      religion: wb.members?.columns.has('religion') ?? false,
      local: wb.members?.columns.has('local') ?? false,
      setting: wb.units?.columns.has('setting') ?? false,
    },
  };
}

/** Adds unit figures into `into` (counts, breakdown, cells); targets are left to the caller. */
export function addUnitCounts(into: UnitFigures, f: UnitFigures): void {
  into.admitted += f.admitted;
  into.members += f.members;
  into.full += f.full;
  into.probationary += f.probationary;
  into.cells += f.cells;
  into.cellsUnder3Full += f.cellsUnder3Full;
  const a = into.breakdown;
  const b = f.breakdown;
  a.women += b.women;
  a.minority += b.minority;
  a.religious += b.religious;
  a.young += b.young;
  a.local += b.local;
}

/** A group's figures: its TCCS added up; its target its own row, else the sum of its TCCS targets. */
export function groupFigures(g: Unit, tccs: readonly UnitFigures[], own: number | undefined): GroupFigures {
  const f: GroupFigures = { ...emptyUnit(g), tccs: tccs.length, ownTarget: own !== undefined };
  let sum: number | null = null;
  for (const t of tccs) {
    addUnitCounts(f, t);
    if (t.target !== null) sum = (sum ?? 0) + t.target;
  }
  f.target = own ?? sum;
  f.attainment = attainmentOf(f.admitted, f.target);
  f.verdict = verdictOf(f.attainment);
  return f;
}

function indicators(
  hierarchy: Hierarchy,
  model: StructureModel,
  cellMembers: Map<string, { full: number; local: number }>,
): Figures['indicators'] {
  const units = [...hierarchy.byKey.values()].filter((u) => hierarchy.tccsOf(u.key) !== null);
  const villages = units.filter((u) => u.setting === 'Thôn/Buôn' && hierarchy.isCell(u));
  const villageMet = villages.filter((u) => (cellMembers.get(u.key)?.local ?? 0) > 0).length;
  const communes = units.filter((u) => u.setting === 'Xã/Thị trấn');
  const hasHealthCell = hierarchy.anyBelow((d) => d.setting === 'Y tế' && hierarchy.isCell(d));
  const communeMet = communes.filter((c) => hasHealthCell(c.key)).length;
  const share = (met: number, total: number) => (total ? met / total : null);
  return {
    villageCellsWithLocal: { total: villages.length, met: villageMet, share: share(villageMet, villages.length), goal: model.thresholds.villageLocalGoal },
    communesWithHealthCell: { total: communes.length, met: communeMet, share: share(communeMet, communes.length), goal: model.thresholds.healthCellGoal },
  };
}

function training(wb: ParsedWorkbook, year: number): TrainingFigures {
  const byType = CLASS_TYPES.map((type) => ({ type, classes: 0, learners: 0 }));
  let classes = 0;
  let learners = 0;
  for (const c of wb.classes?.records ?? []) {
    if (c.start === null || yearOf(c.start) !== year) continue;
    classes++;
    learners += c.learners ?? 0;
    const t = byType.find((b) => b.type === (c.type ?? 'Khác'));
    if (t) {
      t.classes++;
      t.learners += c.learners ?? 0;
    }
  }
  return { classes, learners, byType };
}
