/** Inserting the summary sheets: what they hold, in how many syncs, and what they never touch. */
import type { SheetLayout } from '../../../src/core/layouts/types';
import { a1, parseA1 } from '../../../src/core/grid';
import { type FakeExcel, pivotRecords } from '../../fake-excel';
import { analyzeGrids, fakeWith, hostOf, miniDistrict, sample } from './helpers';

const DATA = ['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong'];

function snapshots(fake: FakeExcel, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => fake.state.sheet(n)).map((n) => [n, fake.snapshot(n)]));
}

async function insertedSample(apiVersion = '1.18') {
  const fake = fakeWith(sample(), { apiVersion });
  const host = hostOf(fake);
  const caps = await host.capabilities();
  const a = analyzeGrids(await host.readGrids(), caps.pivots);
  fake.session.resetStats();
  const result = await host.insertLayouts(a.layouts);
  return { fake, host, a, result };
}

/** Every formula on a written sheet is one of its layout's formulas, in its cell: no string became one. */
function expectOnlyLayoutFormulas(fake: FakeExcel, sheet: string, layout: SheetLayout): number {
  const allowed = new Map(layout.formulas.map((f) => [f.cell, f.formula]));
  let formulas = 0;
  fake.sheet(sheet).rows.forEach((row, r) =>
    row?.f?.forEach((f, c) => {
      if (f === undefined) return;
      formulas++;
      expect([a1(r, c), f]).toEqual([a1(r, c), allowed.get(a1(r, c))]);
    }),
  );
  return formulas;
}

test('the sample’s summary sheets go in with values, formulas, formats, a table, frozen header, conditional formats, widths and a chart', async () => {
  const { fake, a, result } = await insertedSample();
  expect(result.sheets).toEqual(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'DL Pivot 2017', 'Kiểm tra 2017']);
  expect(result.replaced).toEqual([]);
  const adm = fake.sheet('TH Kết nạp 2017');
  const layout = a.layouts[0];
  expect(adm.cell(3, 0).value).toBe('Mã');
  expect(adm.cell(4, 1).value).toBe(layout.rows[4][1]);
  // Attainment: a live formula keeping the computed value, shown as a percent.
  const f = layout.formulas.find((x) => x.cell === 'F5')!;
  expect(adm.cell(4, 5)).toMatchObject({ formula: f.formula, numberFormat: '0%' });
  expect(expectOnlyLayoutFormulas(fake, 'TH Kết nạp 2017', layout)).toBe(layout.formulas.length);
  expect(fake.state.tables.find((t) => t.name === 'TH_KetNap_2017')).toMatchObject({ style: 'TableStyleMedium2', sheetId: adm.id });
  expect(adm.freezeRows).toBe(4);
  expect(adm.conditionalFormats.map((c) => c.type)).toEqual(['DataBar', 'CellValue']);
  expect(adm.conditionalFormats[1].props).toMatchObject({ cellValue: { rule: { operator: 'LessThan', formula1: '1' } } });
  expect(adm.columnWidths.get(1)).toBeGreaterThan(adm.columnWidths.get(0)!);
  expect(adm.merges[0]).toBe('A1:O1');
  expect(adm.cell(3, 0).format?.fill?.color).toBe('#1F4E79');
  const chart = fake.state.charts.find((c) => c.sheetId === adm.id)!;
  expect(chart).toMatchObject({ type: 'BarClustered', series: [{ values: "'TH Kết nạp 2017'!F5:F43", xValues: "'TH Kết nạp 2017'!B5:B43" }] });
  expect(adm.pageLayout).toMatchObject({ orientation: 'Landscape', paperSize: 'A4' });
  const findings = fake.sheet('Kiểm tra 2017');
  const link = [...findings.extras.values()].find((e) => e.hyperlink)?.hyperlink;
  expect(link?.documentReference).toMatch(/^'(ToChuc|DangVien|ChiTieu|LopBoiDuong)'!\$?[A-Z]+\d+$/);
  // Screen updating and calculation suspended for each sync that wrote (two reads before, one
  // recalculation after).
  expect(fake.stats.suspendedScreen).toBe(fake.stats.syncs - 3);
  expect(fake.stats.suspendedCalculation).toBe(fake.stats.syncs - 3);
  expect(fake.state.calculationStale).toBe(false);
});

test('Pivot Y holds two real PivotTables over DL Pivot Y, whose counts are the layout’s cross-tabs', async () => {
  const { fake, a } = await insertedSample();
  const pivotLayout = a.layouts.find((l) => l.key === 'pivot')!;
  const data = fake.sheet('DL Pivot 2017');
  expect(fake.state.tables.find((t) => t.sheetId === data.id)?.name).toBe('DL_Pivot_2017');
  expect(fake.state.pivots.map((p) => p.name)).toEqual(['PT_GioiTinh_2017', 'PT_TinhTrang_2017']);
  for (const p of fake.state.pivots) {
    const spec = pivotLayout.pivots.find((x) => x.name === p.name)!;
    expect(p).toMatchObject({ sourceTable: 'DL_Pivot_2017', rows: ['TCCS'], columns: spec.columns, data: [{ field: 'TCCS', summarizeBy: 'Count' }] });
    // The PivotTable's counts, from the source table and its filter, against the fallback values.
    const records = pivotRecords(fake.state, p).filter((r) => p.filters.every((f) => !f.hiddenItems.includes(r[f.name])));
    const [from, to] = spec.fallbackRange.split(':').map((x) => parseA1(x)!);
    const header = pivotLayout.rows[from.row];
    for (let r = from.row + 1; r < to.row; r++) {
      const row = pivotLayout.rows[r];
      for (let c = 1; c < header.length - 1; c++) {
        const n = records.filter((x) => x.TCCS === row[0] && x[spec.columns[0]] === header[c]).length;
        expect([row[0], header[c], n]).toEqual([row[0], header[c], row[c]]);
      }
    }
  }
  // No PivotTable over a written cell, none over the other.
  const pivotSheet = fake.sheet('Pivot 2017');
  const [p1, p2] = fake.state.pivots.map((p) => parseA1(p.destination)!.row);
  expect(p2 - p1).toBeGreaterThan(pivotLayout.rows.length > 0 ? 40 : 0);
  for (const row of [p1 - 2, p1 - 1, p1]) expect(pivotSheet.rows[row]).toBeUndefined();
});

test('the insert costs the same number of syncs whatever the number of TCCS', async () => {
  const syncs: number[] = [];
  for (const n of [3, 12, 90]) {
    const fake = fakeWith(miniDistrict(n));
    const host = hostOf(fake);
    const a = analyzeGrids(await host.readGrids());
    expect(a.figures?.units.length).toBe(n);
    fake.session.resetStats();
    await host.insertLayouts(a.layouts);
    syncs.push(fake.stats.syncs);
  }
  expect(new Set(syncs).size).toBe(1);
  // Two reads, the writes, the recalculation.
  expect(syncs[0]).toBe(4);
});

test('a second run leaves the same set of sheets, replacing only the add-in’s own', async () => {
  const { fake, host, a } = await insertedSample();
  const before = fake.sheetNames();
  const data = snapshots(fake, DATA);
  const second = await host.insertLayouts(a.layouts);
  expect(second.replaced).toEqual(second.sheets);
  expect(fake.sheetNames()).toEqual(before);
  expect(fake.state.pivots).toHaveLength(2);
  expect(fake.state.tables).toHaveLength(4);
  expect(snapshots(fake, DATA)).toEqual(data);
});

test('a user’s own sheet named “TH Kết nạp 2017” survives untouched; the new one gets a suffix', async () => {
  const fake = fakeWith(sample());
  const mine = fake.state.addSheet('th kết nạp 2017');
  mine.put(0, 0, 'Bảng của tôi');
  mine.put(1, 0, 42);
  const host = hostOf(fake);
  const a = analyzeGrids(await host.readGrids());
  const before = fake.snapshot('th kết nạp 2017');
  const first = await host.insertLayouts(a.layouts);
  expect(first.sheets[0]).toBe('TH Kết nạp 2017 (2)');
  const second = await host.insertLayouts(a.layouts);
  expect(second.sheets[0]).toBe('TH Kết nạp 2017 (2)');
  expect(second.replaced).toContain('TH Kết nạp 2017 (2)');
  expect(fake.snapshot('th kết nạp 2017')).toBe(before);
  expect(fake.sheetNames().filter((n) => /kết nạp/i.test(n))).toHaveLength(2);
});

test('without worksheet custom properties (ExcelApi 1.11) the marks live in the settings, with the same result', async () => {
  const { fake, host, a } = await insertedSample('1.11');
  expect(fake.settings.get('dangvien.sheets')).toBeTruthy();
  const names = fake.sheetNames();
  const mine = fake.state.addSheet('Kiểm tra 2017 (2)');
  mine.put(0, 0, 'mine');
  const before = fake.snapshot('Kiểm tra 2017 (2)');
  await host.insertLayouts(a.layouts);
  expect(fake.sheetNames().sort()).toEqual([...names, 'Kiểm tra 2017 (2)'].sort());
  expect(fake.snapshot('Kiểm tra 2017 (2)')).toBe(before);
  // A copy of the layouts for another year adds sheets and replaces none of 2017.
  const y2016 = a.layouts.map((l) => ({ ...l, year: 2016, name: l.name.replace('2017', '2016'), tables: l.tables.map((t) => ({ ...t, name: t.name.replace('2017', '2016') })), pivots: [] }));
  const other = await host.insertLayouts(y2016);
  expect(other.replaced).toEqual([]);
  expect(fake.sheetNames()).toHaveLength(names.length + 1 + y2016.length);
});

test('with ExcelApi 1.7 everything but the PivotTables goes in, the pivot sheet holding the cross-tabs as values', async () => {
  const { fake, host, a, result } = await insertedSample('1.7');
  const caps = await host.capabilities();
  expect(caps).toMatchObject({ pivots: false, openNewWorkbook: false });
  expect(caps.limits).toHaveLength(2);
  expect(caps.limits[0].en).toMatch(/PivotTables/);
  expect(result.sheets).toEqual(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017']);
  expect(fake.state.pivots).toHaveLength(0);
  const pivot = a.layouts.find((l) => l.key === 'pivot')!;
  const s = fake.sheet('Pivot 2017');
  expect(s.cell(5, 0).value).toBe(pivot.rows[5][0]);
  expect(s.cell(5, 1).value).toBe(pivot.rows[5][1]);
  expect(fake.stats.suspendedScreen).toBe(0);
  expect(fake.sheet('TH Kết nạp 2017').freezeRows).toBe(4);
});

test('a member or unit called =HYPERLINK("x") is text in every written sheet', async () => {
  const evil = '=HYPERLINK("x")';
  const fake = fakeWith(miniDistrict(4, { memberName: evil, unitName: evil }));
  const host = hostOf(fake);
  const a = analyzeGrids(await host.readGrids());
  const result = await host.insertLayouts(a.layouts);
  let seen = 0;
  result.sheets.forEach((name, i) => {
    expectOnlyLayoutFormulas(fake, name, a.layouts[i]);
    fake.sheet(name).rows.forEach((row) =>
      row?.v.forEach((v) => {
        if (v === evil) seen++;
      }),
    );
  });
  expect(seen).toBeGreaterThanOrEqual(8);
  const adm = fake.sheet('TH Kết nạp 2017');
  expect(adm.cell(4, 1)).toMatchObject({ value: evil, quotePrefix: true });
  expect(adm.cell(4, 1).formula).toBeUndefined();
});

test('every user data cell is identical before and after check, insert and export', async () => {
  const fake = fakeWith(sample());
  const before = snapshots(fake, DATA);
  const host = hostOf(fake, { render: async () => new Uint8Array([80, 75, 3, 4]) });
  const a = analyzeGrids(await host.readGrids());
  await host.insertLayouts(a.layouts);
  await host.exportSummary(a.layouts, 'TongHop-2017.xlsx');
  expect(snapshots(fake, DATA)).toEqual(before);
});

test('go to a finding: its sheet active, its cell selected', async () => {
  const fake = fakeWith(sample());
  const host = hostOf(fake);
  await host.goToFinding({ sheet: 'DangVien', cell: 'F120' });
  expect(fake.state.selection).toEqual({ sheetId: fake.sheet('DangVien').id, address: 'F120' });
  expect(fake.state.activeSheetId).toBe(fake.sheet('DangVien').id);
  await expect(host.goTo('Không có', 'A1')).rejects.toThrow(/not found/);
});

test('a document layout: its styles, row heights, gridlines off, margins and page numbers', async () => {
  const fake = fakeWith(miniDistrict(2));
  const report: SheetLayout = {
    key: 'report', name: 'Báo cáo 2017', year: 2017,
    rows: [['ĐẢNG CỘNG SẢN VIỆT NAM'], ['BÁO CÁO'], ['Kết quả', 12], ['-5 điểm']],
    formulas: [], numberFormats: [], merges: ['A1:F1'], columnWidths: [20, 10], tables: [], conditionalFormats: [], pivots: [], charts: [], links: [],
    styles: [{ range: 'A1', style: 'docPartyTitle' }, { range: 'A2', style: 'docType' }, { range: 'A3:B3', style: 'docCell' }],
    rowHeights: [{ row: 2, height: 42 }],
    hideGridlines: true,
    print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, pageNumbers: { position: 'top', skipFirst: true }, centerHorizontally: true },
  };
  await hostOf(fake).insertLayouts([report]);
  const s = fake.sheet('Báo cáo 2017');
  expect(s.cell(0, 0).format?.font).toMatchObject({ name: 'Times New Roman', size: 15, bold: true, underline: 'Single' });
  expect(s.cell(2, 1).format?.borders).toMatchObject({ EdgeTop: { style: 'Continuous' }, InsideVertical: { style: 'Continuous' } });
  expect(s.cell(3, 0)).toMatchObject({ value: '-5 điểm', quotePrefix: true });
  expect(s.rowHeights.get(2)).toBe(42);
  expect(s.showGridlines).toBe(false);
  expect(s.pageLayout).toMatchObject({ orientation: 'Portrait', centerHorizontally: true, headersFooters: { state: 'FirstAndDefault', defaultForAllPages: { centerHeader: '&P' } } });
  expect(s.pageLayout.leftMargin as number).toBeCloseTo(85.04, 1);
});
