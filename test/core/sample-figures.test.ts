// The bundled sample gives the article's figures (seed/README.md, spec/reports.md).
import { analyze } from '../../src/core/analyze';
import { percentText } from '../../src/core/layouts/sheet-builder';
import { generateSample } from '../../src/sample';

describe("M'Đrắk 2017, as the article tells it", () => {
  const a = analyze(generateSample(), { today: '2026-11-25' });
  const f = a.figures!;

  it('passes the check with no error', () => {
    expect(a.counts.error).toBe(0);
    expect(a.year).toBe(2017);
  });
  it('admitted 167 against a district target of 150: 111%', () => {
    expect(f.district.admitted).toBe(167);
    expect(f.district.target).toBe(150);
    expect(percentText(f.district.attainment)).toBe('111%');
  });
  it('has 3,044 members in 39 TCCS (21 + 18) and 300 cells under the đảng bộ cơ sở', () => {
    expect(f.district.members).toBe(3044);
    expect(f.district.tccs).toBe(39);
    expect(f.district.dangBoCoSo).toBe(21);
    expect(f.district.chiBoCoSo).toBe(18);
    expect(f.district.cellsUnderCommittees).toBe(300);
    expect(f.district.full + f.district.probationary).toBe(3044);
  });
  it('Cư San: 13 admitted against 8 (163%), 125 members in 20 cells', () => {
    const cuSan = f.units.find((u) => /Cư San/.test(u.name))!;
    expect(cuSan).toMatchObject({ admitted: 13, target: 8, members: 125, cells: 20 });
    expect(percentText(cuSan.attainment)).toBe('163%');
  });
  it('trained 2,739 learners in 22 classes, 310 candidates in 3 awareness classes', () => {
    expect(f.training.classes).toBe(22);
    expect(f.training.learners).toBe(2739);
    expect(f.training.byType.find((t) => t.type === 'Nhận thức về Đảng')).toMatchObject({ classes: 3, learners: 310 });
  });
  it('adds up: the TCCS rows sum to the district', () => {
    expect(f.units.reduce((s, u) => s + u.admitted, 0)).toBe(f.district.admitted);
    expect(f.units.reduce((s, u) => s + u.members, 0)).toBe(f.district.members);
  });
});
