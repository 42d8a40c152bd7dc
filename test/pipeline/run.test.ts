// The run pipeline: what every entry (command line, pane worker, ribbon) gets from one run.
import { computeFigures, districtTarget, targetsOfYear, verdictOf } from '../../src/core/figures';
import { analyze } from '../../src/core/analyze';
import type { SheetGrid } from '../../src/core/grid';
import { runWorkbook } from '../../src/pipeline/run';
import { generateSample } from '../../src/sample';

const TODAY = '2026-11-25';

function withoutPlan(): SheetGrid[] {
  return generateSample().filter((g) => g.name !== 'ChiTieu');
}

function withPlan(edit: (rows: unknown[][]) => void): SheetGrid[] {
  const grids = generateSample();
  const plan = grids.find((g) => g.name === 'ChiTieu')!;
  edit(plan.values as unknown[][]);
  return grids;
}

describe('runWorkbook', () => {
  it('gives the sample’s findings, figures, summary sheets, export sheets and report in one run', () => {
    const r = runWorkbook(generateSample(), { lang: 'vi', today: TODAY, layouts: true });
    expect(r.year).toBe(2017);
    expect(r.counts.error).toBe(0);
    expect(r.figures!.district.admitted).toBe(167);
    expect(r.layouts.map((l) => l.name)).toEqual(expect.arrayContaining(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017']));
    expect(r.layouts[r.layouts.length - 1].name).toBe('Báo cáo 2017');
    expect(r.exportLayouts[r.exportLayouts.length - 1].name).toBe('Báo cáo 2017');
    expect(r.exportLayouts.some((l) => l.name === 'Kiểm tra 2017')).toBe(true);
    expect(r.report!.drafted).toBeTruthy();
  });

  it('a check builds no sheet', () => {
    const r = runWorkbook(generateSample(), { lang: 'vi', today: TODAY });
    expect(r.layouts).toEqual([]);
    expect(r.exportLayouts).toEqual([]);
  });

  it('without a plan year, every entry names its sheets after the year of today (one fallback)', () => {
    const check = runWorkbook(withoutPlan(), { lang: 'vi', today: TODAY, layouts: 'findings' });
    expect(check.year).toBeNull();
    expect(check.sheetYear).toBe(2026);
    expect(check.layouts.map((l) => l.name)).toEqual(['Kiểm tra 2026']);
    const report = runWorkbook(withoutPlan(), { lang: 'vi', today: TODAY, layouts: true });
    expect(report.figures).toBeNull();
    expect(report.layouts).toEqual([]);
    // A file sent on without figures still says why: the findings sheet alone, without links.
    expect(report.exportLayouts.map((l) => l.name)).toEqual(['Kiểm tra 2026']);
    expect(report.exportLayouts[0].links).toEqual([]);
  });

  it('a chosen year names the sheets even when the plan has none for it', () => {
    const r = runWorkbook(withoutPlan(), { lang: 'en', today: TODAY, year: 2016, layouts: 'findings' });
    expect(r.sheetYear).toBe(2016);
    expect(r.layouts[0].name).toBe('Kiểm tra 2016');
  });
});

describe('met the target and the district target (decided once, in figures.ts)', () => {
  it('met means 100% or more; no target or a target of 0 is neither', () => {
    expect(verdictOf(1)).toBe('met');
    expect(verdictOf(1.2)).toBe('met');
    expect(verdictOf(0.999)).toBe('notMet');
    expect(verdictOf(null)).toBe('none');
  });

  it('each unit carries its verdict, the same as its attainment says', () => {
    const f = runWorkbook(generateSample(), { lang: 'vi', today: TODAY }).figures!;
    for (const u of [f.district, ...f.units]) expect(u.verdict).toBe(verdictOf(u.attainment));
    expect(f.units.some((u) => u.verdict === 'met')).toBe(true);
    expect(f.units.some((u) => u.verdict === 'notMet')).toBe(true);
  });

  it('the district’s own row wins; else the TCCS targets add up', () => {
    const own = analyze(generateSample(), { today: TODAY });
    const rootCode = own.hierarchy.root!.code;
    const plan = generateSample().find((g) => g.name === 'ChiTieu')!.values;
    const hasOwnRow = plan.some((r) => r[0] === rootCode);
    const a = analyze(
      withPlan((rows) => {
        if (!hasOwnRow) rows.push([rootCode, 2017, 999]);
      }),
      { today: TODAY },
    );
    const targets = targetsOfYear(a.parsed, 2017);
    // The sum is kept beside the own row (150 against 160 in the sample), so the difference can be shown.
    expect(districtTarget(targets, a.hierarchy)).toEqual({ target: targets.get(a.hierarchy.root!.key), own: true, sum: 160 });
    expect(a.figures!.district.ownTarget).toBe(true);
    expect(a.figures!.district.targetSum).toBe(160);

    const b = analyze(withPlan((rows) => rows.splice(1, rows.length, ...rows.slice(1).filter((r) => r[0] !== rootCode))), { today: TODAY });
    const tccsSum = b.figures!.units.reduce((s, u) => s + (u.target ?? 0), 0);
    expect(b.figures!.district.target).toBe(tccsSum);
    expect(b.figures!.district.ownTarget).toBe(false);
    const recomputed = computeFigures(b.parsed, b.hierarchy, b.model, 2017, b.today);
    expect(recomputed.district.target).toBe(tccsSum);
  });
});
