// The pane's "Biểu thống kê": the statistical forms' sheets inserted in Excel, added to the downloaded workbook in the browser.
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { cleanGrids } from './fixtures';
import { browserPane, excelPane } from './panes';

const FORMS = ['1', '2', '2b', '3', '4', '5'].map((n) => `Biểu ${n} 2017`);

async function bytesOf(grids: SheetGrid[]): Promise<ArrayBuffer> {
  const b = await gridsToBuffer(grids);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe('the statistical forms in the pane', () => {
  it('inserts the forms sheets alone in Excel, and again replaces its own', async () => {
    const { c, fake } = excelPane(cleanGrids(), { apiVersion: '1.18' });
    await c.insertForms();
    expect(c.getState().notice?.text).toMatch(/^Đã chèn 6 sheet/);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(FORMS));
    expect(fake.sheetNames()).not.toContain('TH Kết nạp 2017');
    await c.insertForms();
    expect(fake.sheetNames().filter((n) => n.startsWith('Biểu'))).toEqual(FORMS);
  }, 60_000);

  it('adds them to the workbook downloaded in the browser', async () => {
    const { c, downloads } = browserPane();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    await c.insertForms();
    await c.saveWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(downloads[downloads.length - 1].bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['ToChuc', ...FORMS]));
  }, 60_000);
});
