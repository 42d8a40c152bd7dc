/** Export: the summary sheets alone, as a new workbook, or a download where Excel cannot open one. */
import ExcelJS from 'exceljs';
import { exportLayouts } from '../../../src/core/analyze';
import { toBase64 } from '../../../src/hosts/excel/export';
import { analyzeGrids, fakeWith, hostOf, miniDistrict, sample } from './helpers';

// Rendering the .xlsx takes seconds on a busy machine: a generous ceiling, not a timing check.

async function cellsOf(bytes: Uint8Array): Promise<{ sheets: string[]; values: unknown[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const values: unknown[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => values.push(c.value))));
  return { sheets: wb.worksheets.map((w) => w.name), values };
}

test('the summary opens as a new workbook holding the summary sheets only, with no member name or id', async () => {
  const fake = fakeWith(sample());
  const host = hostOf(fake);
  const a = analyzeGrids(await host.readGrids());
  const result = await host.exportSummary(exportLayouts(a), 'TongHop-2017.xlsx');
  expect(result).toEqual({ kind: 'opened' });
  expect(fake.state.createdWorkbooks).toHaveLength(1);
  const bytes = Uint8Array.from(Buffer.from(fake.state.createdWorkbooks[0], 'base64'));
  const { sheets, values } = await cellsOf(bytes);
  expect(sheets).toEqual(exportLayouts(a).map((l) => l.name));
  expect(sheets).not.toContain('DangVien');
  const members = sample().find((g) => g.name === 'DangVien')!.values.slice(3);
  const personal = new Set(members.flatMap((r) => [r[0], r[2]]).filter((v): v is string => typeof v === 'string'));
  const text = values.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)));
  expect(text.filter((t) => personal.has(t) || [...personal].some((p) => t.includes(p)))).toEqual([]);
  // Links into the data sheets would point nowhere in the file.
  expect(text.some((t) => t.includes('hyperlink'))).toBe(false);
});

test('where opening a workbook is blocked or missing, the same file is offered as a download', async () => {
  for (const options of [{ createWorkbookBlocked: true }, { apiVersion: '1.7' }]) {
    const fake = fakeWith(miniDistrict(3), options);
    const host = hostOf(fake);
    const a = analyzeGrids(await host.readGrids(), false);
    const result = await host.exportSummary(exportLayouts(a), 'TongHop-2017');
    expect(result).toEqual({ kind: 'downloaded', fileName: 'TongHop-2017.xlsx' });
    expect(fake.downloads).toHaveLength(1);
    expect((await cellsOf(fake.downloads[0].bytes)).sheets[0]).toBe('TH Kết nạp 2017');
  }
});

test('a unit called =HYPERLINK("x") is text in the exported file', async () => {
  const evil = '=HYPERLINK("x")';
  const fake = fakeWith(miniDistrict(3, { unitName: evil }));
  const host = hostOf(fake);
  const a = analyzeGrids(await host.readGrids());
  await host.exportSummary(exportLayouts(a), 'x.xlsx');
  const { values } = await cellsOf(Uint8Array.from(Buffer.from(fake.state.createdWorkbooks[0], 'base64')));
  expect(values.filter((v) => v === evil).length).toBeGreaterThanOrEqual(3);
  expect(values.some((v) => typeof v === 'object' && v !== null && JSON.stringify(v).includes('HYPERLINK'))).toBe(false);
});

test('base64 of a few megabytes', () => {
  const bytes = new Uint8Array(3_000_000).map((_, i) => i % 251);
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
});
