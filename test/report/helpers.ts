/** Figures for the report tests: the bundled sample's, and small hand-built ones for edge cases. */
import { analyze, type Analysis } from '../../src/core/analyze';
import { verdictOf, type Breakdown, type Figures, type UnitFigures } from '../../src/core/figures';
import { generateSample } from '../../src/sample';

let sample: Analysis | null = null;

/** The M'Đrắk 2017 sample, analysed once per test file. */
export function sampleAnalysis(): Analysis {
  if (!sample) sample = analyze(generateSample(), { today: '2018-01-09' });
  return sample;
}

export function sampleFigures(): Figures {
  const f = sampleAnalysis().figures;
  if (!f) throw new Error('the sample gives no figures');
  return f;
}

const NO_BREAKDOWN: Breakdown = { women: 0, minority: 0, religious: 0, young: 0, local: 0 };

export function unit(code: string, name: string, target: number | null, admitted: number, more: Partial<UnitFigures> = {}): UnitFigures {
  const attainment = more.attainment !== undefined ? more.attainment : target === null || target === 0 ? null : admitted / target;
  return {
    verdict: verdictOf(attainment),
    code,
    name,
    kind: 'Đảng bộ cơ sở',
    setting: 'Xã/Thị trấn',
    target,
    admitted,
    attainment: target === null || target === 0 ? null : admitted / target,
    members: 100,
    full: 95,
    probationary: 5,
    breakdown: { ...NO_BREAKDOWN },
    cells: 10,
    cellsUnder3Full: 0,
    ...more,
  };
}

/**
 * A district with the given TCCS; the district's own figures are their sums unless `district`
 * says otherwise (its target: the sum of the TCCS targets, null when none has one).
 */
export function figures(units: UnitFigures[], district: Partial<Figures['district']> = {}, more: Partial<Figures> = {}): Figures {
  const sum = (f: (u: UnitFigures) => number) => units.reduce((s, u) => s + f(u), 0);
  const targets = units.filter((u) => u.target !== null);
  const target = district.target !== undefined ? district.target : targets.length ? sum((u) => u.target ?? 0) : null;
  const admitted = district.admitted ?? sum((u) => u.admitted);
  const attainment = district.attainment !== undefined ? district.attainment : target === null || target === 0 ? null : admitted / target;
  const committees = units.filter((u) => u.kind === 'Đảng bộ cơ sở').length;
  return {
    year: 2017,
    asOf: '2017-12-31',
    model: 'district-2018',
    district: {
      code: 'HU',
      name: "Đảng bộ huyện M'Đrắk",
      kind: 'Đảng bộ huyện',
      setting: null,
      target,
      admitted,
      attainment,
      verdict: verdictOf(attainment),
      members: sum((u) => u.members),
      full: sum((u) => u.full),
      probationary: sum((u) => u.probationary),
      breakdown: { ...NO_BREAKDOWN },
      cells: sum((u) => u.cells),
      cellsUnder3Full: 0,
      tccs: units.length,
      dangBoCoSo: committees,
      chiBoCoSo: units.length - committees,
      cellsUnderCommittees: sum((u) => (u.kind === 'Đảng bộ cơ sở' ? u.cells : 0)),
      ownTarget: district.target !== undefined,
      targetSum: targets.length ? sum((u) => u.target ?? 0) : null,
      ...district,
    },
    units,
    indicators: {
      villageCellsWithLocal: { total: 0, met: 0, share: null, goal: 0.9 },
      communesWithHealthCell: { total: 0, met: 0, share: null, goal: 1 },
    },
    training: { classes: 0, learners: 0, byType: [] },
    admittedOutsideTccs: 0,
    recorded: { classes: true, religion: true, local: true, setting: true },
    ...more,
    groups: more.groups ?? [],
  };
}
