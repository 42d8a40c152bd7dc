/**
 * What real Excel does that the fake long did not: each test names the behaviour of Excel (or of
 * Office.js) it relies on, and failed on the host before the host respected it.
 */
import { runWorkbook } from '../../../src/pipeline/run';
import { TODAY, fakeWith, hostOf, sample } from './helpers';

function sampleRun(grids = sample()) {
  return runWorkbook(grids, { lang: 'vi', year: 2017, today: TODAY, layouts: true });
}

describe('the report’s sheet and the summary sheets are kept apart', () => {
  test('Soạn báo cáo replaces only Báo cáo 2017: the summary sheets and what staff typed there stay', async () => {
    const fake = fakeWith(sample());
    const host = hostOf(fake);
    const r = sampleRun(await host.readGrids());
    const inserted = await host.insertLayouts(r.layouts);
    const summary = inserted.sheets.filter((n) => !/^Báo cáo/.test(n));
    expect(summary.length).toBeGreaterThan(2);
    fake.sheet(summary[0]).put(40, 0, 'Ghi chú của văn phòng');
    const kept = summary.map((n) => fake.snapshot(n));
    const again = await host.insertLayouts([r.report!.layout]);
    expect(again.replaced).toEqual([r.report!.layout.name]);
    expect(summary.map((n) => fake.snapshot(n))).toEqual(kept);
  });

  test('the same without worksheet custom properties (markers in the settings, ExcelApi 1.11)', async () => {
    const fake = fakeWith(sample(), { apiVersion: '1.11' });
    const host = hostOf(fake);
    const r = sampleRun(await host.readGrids());
    const inserted = await host.insertLayouts(r.layouts);
    const summary = inserted.sheets.filter((n) => !/^Báo cáo/.test(n));
    const kept = summary.map((n) => fake.snapshot(n));
    await host.insertLayouts([r.report!.layout]);
    expect(summary.map((n) => fake.snapshot(n))).toEqual(kept);
    // And the summary again replaces the summary (and its report sheet), adding nothing.
    const names = fake.sheetNames();
    await host.insertLayouts(r.layouts);
    expect(fake.sheetNames().sort()).toEqual(names.sort());
  });
});
