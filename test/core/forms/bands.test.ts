/** The forms' age bands on the summary sheets: `18–30 tuổi` (30 included) and the pivot's age groups. */
import { analyze } from '../../../src/core/analyze';
import { AGE_BANDS, ageBandIndex } from '../../../src/core/forms';
import { TODAY, validBook } from '../fixture';

it('puts 30 in the first band and 31 in the second; over 60 last', () => {
  expect([18, 30, 31, 35, 36, 60, 61].map((a) => AGE_BANDS[ageBandIndex(a)].key)).toEqual(['18-30', '18-30', '31-35', '31-35', '36-40', '56-60', 'over60']);
});

it('heads the summary column 18–30 tuổi and groups the pivot source by the forms’ bands', () => {
  const a = analyze(validBook().grids, { today: TODAY, pivotSource: true });
  const th = a.layouts.find((l) => l.key === 'admissions')!;
  expect(th.rows.some((r) => r.includes('18–30 tuổi'))).toBe(true);
  const data = a.layouts.find((l) => l.key === 'pivotData')!;
  const col = data.rows[0].indexOf('Nhóm tuổi');
  const groups = new Set(data.rows.slice(1).map((r) => r[col]));
  const labels = AGE_BANDS.map((b) => b.label.vi);
  for (const g of groups) expect(labels).toContain(g);
  expect(groups.size).toBeGreaterThan(2);
});
