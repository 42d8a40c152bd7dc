/**
 * What real Excel does that the fake long did not: each test names the behaviour of Excel (or of
 * Office.js) it relies on, and failed on the host before the host respected it.
 */
import type { ShownFinding } from '../../../src/core/findings';
import { a1 } from '../../../src/core/grid';
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

/** Findings on `n` distinct cells of DangVien, each with a long message (five per cell). */
function manyFindings(n: number, long = 300): ShownFinding[] {
  const out: ShownFinding[] = [];
  for (let i = 0; i < n; i++) {
    const cell = a1(1 + Math.floor(i / 10), i % 10);
    for (let k = 0; k < 5; k++) out.push({ rule: `R${k}`, variant: 'default', params: {}, severity: k ? 'warning' : 'error', sheet: 'DangVien', cell, message: `${'Lời nhắn rất dài '.repeat(long / 17)} ${i}` });
  }
  return out;
}

describe('marks', () => {
  test('with the shipped Office.js (no Worksheet.notes) on an Excel with ExcelApi 1.18, marks go in as comments and clear exactly', async () => {
    const fake = fakeWith(sample(), { apiVersion: '1.18', library: 'bundled' });
    const host = hostOf(fake);
    const before = fake.snapshot('DangVien');
    const findings = manyFindings(20);
    expect(await host.markFindings(findings)).toBe(20);
    expect(fake.state.comments).toHaveLength(20);
    expect(fake.state.comments[0].content.startsWith('[dangvien]')).toBe(true);
    const caps = await host.capabilities();
    expect(caps.marks).toBe(true);
    expect(caps.limits.map((l) => l.en).join(' ')).toMatch(/comments instead of notes/);
    expect(await host.clearMarks()).toBe(20);
    expect(fake.snapshot('DangVien')).toBe(before);
  });

  test.each(['1.10', '1.12', '1.13'])('Clear marks on ExcelApi %s (comments, no lookup by id) restores every fill and removes the comments', async (api) => {
    const fake = fakeWith(sample(), { apiVersion: api });
    const host = hostOf(fake);
    const before = fake.snapshot('DangVien');
    await host.markFindings(manyFindings(12));
    expect(fake.state.comments).toHaveLength(12);
    expect(await host.clearMarks()).toBe(12);
    expect(fake.snapshot('DangVien')).toBe(before);
  });

  test('2,000 marks with long notes fit in the document settings, and Clear restores every cell', async () => {
    const fake = fakeWith(sample());
    const host = hostOf(fake);
    const before = fake.snapshot('DangVien');
    expect(await host.markFindings(manyFindings(2_100))).toBe(2_000);
    expect(fake.documentSettings.saved.get('dangvien.marks')!.length).toBeLessThan(250_000);
    // Reopened: a new pane reads the records from the document.
    expect(await hostOf(fake, fake.hostOptions(fake.runtimeSettings())).clearMarks()).toBe(2_000);
    expect(fake.snapshot('DangVien')).toBe(before);
  });

  test('when the settings cannot be saved, nothing is marked and the message says so', async () => {
    const fake = fakeWith(sample(), { settingsLimit: 2_000 });
    const host = hostOf(fake);
    const before = fake.snapshot('DangVien');
    await expect(host.markFindings(manyFindings(50))).rejects.toThrow(/cài đặt.*settings/s);
    expect(fake.snapshot('DangVien')).toBe(before);
  });

  test('the pane and the ribbon’s command each hold a copy of the settings: neither loses what the other saved', async () => {
    const fake = fakeWith(sample(), { apiVersion: '1.11' });
    const pane = hostOf(fake);
    const ribbon = hostOf(fake, fake.hostOptions(fake.runtimeSettings()));
    const r = sampleRun(await pane.readGrids());
    const check = r.layouts.find((l) => l.key === 'findings')!;
    // The ribbon writes its sheet (its marker goes into the settings) while the pane is open …
    const first = await ribbon.insertLayouts([check]);
    // … the pane marks (its copy was read before the ribbon saved) …
    expect(await pane.markFindings(manyFindings(10))).toBe(10);
    // … and the ribbon runs again: it replaces its own sheet, and the marks stay recorded.
    const second = await ribbon.insertLayouts([check]);
    expect(second.replaced).toEqual(first.sheets);
    expect(fake.sheetNames().filter((n) => n.startsWith('Kiểm tra'))).toHaveLength(1);
    expect(await hostOf(fake, fake.hostOptions(fake.runtimeSettings())).clearMarks()).toBe(10);
  });
});

describe('calculation', () => {
  test('after inserting the summary sheets nothing is left uncalculated', async () => {
    const fake = fakeWith(sample());
    const host = hostOf(fake);
    const r = sampleRun(await host.readGrids());
    await host.insertLayouts(r.layouts);
    expect(fake.state.calculationStale).toBe(false);
  });

  test('after a fix and its undo, formulas reading the fixed cells are recalculated', async () => {
    const fake = fakeWith(sample());
    const host = hostOf(fake);
    const undo = await host.applyFixes([{ sheet: 'DangVien', cell: 'E5', value: 'Nữ' }]);
    expect(fake.state.calculationStale).toBe(false);
    await host.undoFixes(undo);
    expect(fake.state.calculationStale).toBe(false);
  });
});

describe('text-formatted cells', () => {
  test('undo puts back a text cell’s own leading apostrophe (Excel takes the first one as a prefix, @ or not)', async () => {
    const fake = fakeWith(sample());
    const s = fake.sheet('DangVien');
    s.put(4, 6, "'Phật giáo", '@');
    const host = hostOf(fake);
    const undo = await host.applyFixes([{ sheet: 'DangVien', cell: 'G5', value: 'Phật giáo' }]);
    expect(s.cell(4, 6).value).toBe('Phật giáo');
    await host.undoFixes(undo);
    expect(s.cell(4, 6)).toMatchObject({ value: "'Phật giáo", numberFormat: '@' });
  });

  test('a fix into a text cell is the very text, never with an apostrophe shown', async () => {
    const fake = fakeWith(sample());
    const s = fake.sheet('DangVien');
    s.put(4, 0, '000123DL', '@');
    const host = hostOf(fake);
    await host.applyFixes([{ sheet: 'DangVien', cell: 'A5', value: '0123' }]);
    expect(s.cell(4, 0)).toMatchObject({ value: '0123', numberFormat: '@' });
  });
});
