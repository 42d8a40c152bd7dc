import { analyze } from '../../src/core/analyze';
import { chooseYear, yearChoiceLine } from '../../src/core/plan-year';
import { generateSample } from '../../src/sample';

function withPlanRows(...rows: unknown[][]) {
  const grids = generateSample();
  const plan = grids.find((g) => g.name === 'ChiTieu')!;
  plan.values.push(...(rows as never[][]));
  return grids;
}

describe('the report year when nobody chooses one', () => {
  it('is the plan’s only year, with nothing to say', () => {
    const a = analyze(generateSample(), { layouts: false, today: '2026-11-25' });
    expect(a.year).toBe(2017);
    expect(a.yearChoice?.how).toBe('only');
    expect(yearChoiceLine(a.yearChoice, 'vi')).toBeNull();
  });

  it('ignores an invalid plan row for another year: no false "no target", no false P05', () => {
    const grids = withPlanRows(['X01', 2020, 'abc']);
    // the unit code of the first TCCS in the sample plan
    const code = grids.find((g) => g.name === 'ChiTieu')!.values[1][0];
    grids.find((g) => g.name === 'ChiTieu')!.values.at(-1)![0] = code;
    const a = analyze(grids, { layouts: false, today: '2026-11-25' });
    expect(a.years).toEqual([2017, 2020]);
    expect(a.year).toBe(2017);
    expect(a.findings.some((f) => f.rule === 'P04')).toBe(true);
    expect(a.findings.filter((f) => f.rule === 'P05')).toHaveLength(0);
    expect(a.figures!.units.every((u) => u.target !== null)).toBe(true);
  });

  it('takes the year most targets name and says so in one line', () => {
    const grids = withPlanRows(['A', 2018, 1], ['B', 2018, 2]);
    const a = analyze(grids, { layouts: false, today: '2026-11-25' });
    const sample2017 = a.yearChoice!.rows.find((r) => r.year === 2017)!.rows;
    expect(a.year).toBe(2017);
    expect(a.yearChoice!.how).toBe('most');
    expect(yearChoiceLine(a.yearChoice, 'vi')).toBe(`Năm 2017: năm có nhiều chỉ tiêu nhất (${sample2017} hàng; 2018: 2). Có thể chọn năm khác.`);
    expect(yearChoiceLine(a.yearChoice, 'en')).toMatch(/^Year 2017: most targets name it/);
  });

  it('on a tie takes the latest year', () => {
    const wb = { targets: { records: [
      { code: 'A', key: 'A', year: 2019, target: 3, row: 1 },
      { code: 'B', key: 'B', year: 2020, target: 4, row: 2 },
      { code: 'C', key: 'C', year: 2021, target: null, row: 3 },
    ] } } as never;
    const c = chooseYear(wb)!;
    expect(c).toMatchObject({ year: 2020, how: 'tie' });
    expect(yearChoiceLine(c, 'vi')).toBe('Năm 2020: năm gần nhất trong các năm có nhiều chỉ tiêu nhất (mỗi năm 1 hàng; 2019: 1). Có thể chọn năm khác.');
  });

  it('a year the user gives wins, even one the plan does not name', () => {
    const a = analyze(generateSample(), { year: 2016, layouts: false, today: '2026-11-25' });
    expect(a.year).toBe(2016);
    expect(yearChoiceLine(a.yearChoice, 'vi')).toBeNull();
  });
});
