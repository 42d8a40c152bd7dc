/**
 * Several workbooks, one analysis: a province's plan and its communes' workbooks (the sample
 * province), with one thing broken at a time. Figures are checked by adding up what each
 * workbook alone gives, as a province officer would with a calculator.
 */
import { analyze } from '../../src/core/analyze';
import { findingMessage, type Finding } from '../../src/core/findings';
import { RULE_TEXTS } from '../../src/core/rules/registry';
import type { SheetGrid } from '../../src/core/grid';
import { analyzeMany, type WorkbookInput } from '../../src/core/merge';
import { runWorkbook } from '../../src/pipeline/run';
import { runWorkbooks } from '../../src/pipeline/run-many';
import { generateCommune, generateProvince } from '../../src/sample';

const TODAY = '2026-12-01';
const province = generateProvince();
const copy = (grids: SheetGrid[]): SheetGrid[] => grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
const inputs = (): WorkbookInput[] => province.map((f) => ({ file: f.file, grids: copy(f.grids) }));
const PLAN = 'TU-KeHoach-2026.xlsx';
const text = (f: Finding) => findingMessage(f, 'vi', RULE_TEXTS);

describe('a province folder (its plan and its communes’ workbooks)', () => {
  const m = analyzeMany(inputs(), { today: TODAY });
  const f = m.figures!;
  const alone = province.filter((x) => x.file !== PLAN).map((x) => ({ file: x.file, a: analyze(x.grids, { today: TODAY, layouts: false }) }));

  it('checks with no error and no warning; the infos say where an own target differs: F03 names the province’s and the commune’s', () => {
    expect(m.counts).toMatchObject({ error: 0, warning: 0 });
    // Besides F03, each P06 says a committee's own target differs from its TCCS targets' sum.
    expect(m.findings.filter((x) => x.rule !== 'P06').map((x) => x.rule)).toEqual(['F03']);
    const info = m.findings.find((x) => x.rule === 'F03')!;
    expect(info).toMatchObject({ rule: 'F03', severity: 'info', file: PLAN, sheet: 'ChiTieu', cell: 'C4' });
    const x02 = alone.find((x) => x.file.startsWith('X02'))!.a.figures!.district;
    expect(text(info)).toContain(`${x02.target! + 1} đảng viên năm 2026`);
    expect(text(info)).toContain(`tự ghi ${x02.target}`);
    expect(text(info)).toContain('X02-CuMTa-2026.xlsx');
  });

  it('has one group per commune, ward and province committee, in the plan’s order, each with its file', () => {
    expect(f.groups.map((g) => [g.code, g.file])).toEqual(alone.map((x) => [x.a.figures!.district.code, x.file]).sort((a, b) => order(a[0]) - order(b[0])));
    expect(f.district).toMatchObject({ code: 'TU', name: 'Đảng bộ tỉnh Đắk Lắk', ownTarget: true });
    expect(f.district.unnamedRoot).toBeUndefined();
  });

  it('adds up: a commune is its workbook’s root; the province is its communes; TCCS keep their commune’s code and file', () => {
    for (const g of f.groups) {
      const d = alone.find((x) => x.file === g.file)!.a.figures!.district;
      expect([g.code, g.admitted, g.members, g.tccs]).toEqual([d.code, d.admitted, d.members, d.tccs]);
      const units = f.units.filter((u) => u.group === g.code);
      expect(units.every((u) => u.file === g.file)).toBe(true);
      expect(units.reduce((s, u) => s + u.admitted, 0)).toBe(g.admitted);
    }
    const sum = (k: 'admitted' | 'members' | 'tccs') => f.groups.reduce((s, g) => s + g[k], 0);
    expect([f.district.admitted, f.district.members, f.district.tccs]).toEqual([sum('admitted'), sum('members'), sum('tccs')]);
    expect(f.units).toHaveLength(f.district.tccs);
  });

  it('takes each commune’s target from the province’s plan, and the TCCS targets from the commune', () => {
    const plan = province.find((x) => x.file === PLAN)!.grids.find((g) => g.name === 'ChiTieu')!.values;
    for (const g of f.groups) expect(g.target).toBe(plan.find((r) => r[0] === g.code)![2]);
    expect(f.district.target).toBe(plan.find((r) => r[0] === 'TU')![2]);
    expect(f.district.attainment).toBeCloseTo(f.district.admitted / f.district.target!, 12);
    // Met or not is decided on the counted target: the province's plan for a commune.
    for (const g of [f.district, ...f.groups]) expect(g.verdict).toBe(g.attainment === null ? 'none' : g.attainment >= 1 ? 'met' : 'notMet');
  });

  it('gives the summary sheets the communes with live subtotals and every finding its file', () => {
    const layouts = analyzeMany(inputs(), { today: TODAY }).layouts;
    const adm = layouts.find((l) => l.name === 'TH Kết nạp 2026')!;
    expect(adm.tables.map((t) => t.name)).toEqual(['TH_KetNap_2026', 'TH_KetNap_Xa_2026']);
    expect(JSON.stringify(adm)).toContain('SUMIF(');
    const kiem = layouts.find((l) => l.name === 'Kiểm tra 2026')!;
    expect(JSON.stringify(kiem.rows)).toContain(PLAN);
  });
});

/** The plan's group order: X01…X05, P01, CAT. */
function order(code: string): number {
  return ['X01', 'X02', 'X03', 'X04', 'X05', 'P01', 'CAT'].indexOf(code);
}

describe('without the province’s workbook', () => {
  it('merges the communes under an unnamed root that is their sum, and says so', () => {
    const m = analyzeMany(inputs().filter((x) => x.file !== PLAN), { today: TODAY });
    const f = m.figures!;
    expect(f.district.unnamedRoot).toBe(true);
    expect(f.district.name).toBe('Tổng hợp 7 sổ (không có sổ của tỉnh)');
    expect(f.district.target).toBe(f.groups.reduce((s, g) => s + g.target!, 0));
    expect(m.counts.error).toBe(0);
    expect(JSON.stringify(m.layouts.find((l) => l.name === 'TH Kết nạp 2026')!.rows)).toContain('Không có sổ của tỉnh');
  });
});

describe('findings across files', () => {
  it('F01: two files with the same root code, naming both', () => {
    const files = inputs();
    const x01 = files.find((x) => x.file.startsWith('X01'))!;
    files.push({ file: 'X01-BanSao.xlsx', grids: copy(x01.grids) });
    const m = analyzeMany(files, { today: TODAY });
    const f01 = m.findings.filter((x) => x.rule === 'F01');
    expect(f01).toHaveLength(1);
    expect(f01[0]).toMatchObject({ severity: 'error', file: 'X01-BanSao.xlsx', sheet: 'ToChuc', cell: 'A4' });
    expect(text(f01[0])).toContain(x01.file);
    // The copy is left out of the figures.
    expect(m.figures!.groups.filter((g) => g.code === 'X01')).toHaveLength(1);
  });

  it('F02: a member active in two communes’ workbooks, naming both files and both cells', () => {
    const files = inputs();
    const a = files.find((x) => x.file.startsWith('X01'))!.grids.find((g) => g.name === 'DangVien')!;
    const b = files.find((x) => x.file.startsWith('X03'))!.grids.find((g) => g.name === 'DangVien')!;
    // Row 10 of X03's sheet (header on row 3) gets the profile number of row 8 of X01's.
    b.values[9][0] = a.values[7][0];
    const m = analyzeMany(files, { today: TODAY });
    const f02 = m.findings.filter((x) => x.rule === 'F02');
    expect(f02).toEqual([expect.objectContaining({ severity: 'warning', file: files.find((x) => x.file.startsWith('X03'))!.file, sheet: 'DangVien', cell: 'A10' })]);
    expect(text(f02[0])).toContain('DangVien!A8');
    expect(text(f02[0])).toContain(files.find((x) => x.file.startsWith('X01'))!.file);
    // Nothing personal in the message: no id, no name.
    expect(text(f02[0])).not.toContain(String(a.values[7][0]));
  });

  it('F04 and F05: a commune of the plan with no workbook; a workbook of a unit not in the plan', () => {
    const files = inputs().filter((x) => !x.file.startsWith('X04'));
    files.push({ file: 'X09-Moi.xlsx', grids: generateCommune({ code: 'X09', level: 'xã', place: 'Ea Sô', villages: 6, people: 'kinh' }).grids });
    const m = analyzeMany(files, { today: TODAY });
    expect(m.findings.filter((x) => x.rule === 'F04').map((x) => [x.file, x.cell])).toEqual([[PLAN, 'A8']]);
    expect(m.findings.filter((x) => x.rule === 'F05').map((x) => [x.file, x.severity])).toEqual([['X09-Moi.xlsx', 'warning']]);
    const codes = m.figures!.groups.map((g) => g.code);
    expect(codes).toContain('X04');
    expect(codes[codes.length - 1]).toBe('X09');
    expect(m.figures!.groups.find((g) => g.code === 'X04')!.admitted).toBe(0);
  });

  it('every finding of a workbook carries its file', () => {
    const files = inputs();
    const units = files.find((x) => x.file.startsWith('X05'))!.grids.find((g) => g.name === 'ToChuc')!;
    units.values[5][2] = 'Đảng bộ lạ';
    const m = analyzeMany(files, { today: TODAY });
    const t02 = m.findings.find((x) => x.rule === 'T02')!;
    expect(t02).toMatchObject({ file: files.find((x) => x.file.startsWith('X05'))!.file, sheet: 'ToChuc', cell: 'C6' });
  });
});

describe('last year beside this year, across workbooks', () => {
  it('adds up the communes’ admissions of the year before; TCCS whose code repeats are left out, not mixed', () => {
    const r = runWorkbooks(inputs(), { lang: 'vi', today: TODAY });
    const alone = province.filter((x) => x.file !== PLAN).map((x) => runWorkbook(copy(x.grids), { lang: 'vi', today: TODAY, year: 2026 }));
    // A commune's workbook with neither a plan nor admissions for 2025 has no last year: 0.
    const sum = alone.reduce((s, a) => s + (a.previous?.district.admitted ?? 0), 0);
    expect(r.previous!.year).toBe(2025);
    expect(sum).toBeGreaterThan(0);
    expect(r.previous!.district.admitted).toBe(sum);
    const codes = r.figures!.units.map((u) => u.code);
    for (const code of Object.keys(r.previous!.units)) expect(codes.filter((c) => c === code)).toHaveLength(1);
  });
});
