// The pane opened in a plain browser (no Excel): a workbook file picked from disk, checked and
// summarised in the page with ExcelJS, the summary offered as a download. Nothing leaves the machine.
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { OFFICE_JS_CDN, openPage, screenshot, settled, unexpectedCsp, type Watched } from './support/browser';
import { axe, click, idle, notice, openPane, pickFile } from './support/pane';
import type { StaticServer } from './support/server';
import { BUILD, servedPane } from './support/served';
import { generateScaled } from '../../src/sample';
import { CATALOGUE } from '../../src/taskpane/i18n';
import { faultyGrids, sampleGrids, writeBook, type Planted } from './support/workbooks';

let browser: Browser;
let server: StaticServer;
let samplePath: string;
let faultyPath: string;
let planted: Planted[];
const opened: Watched[] = [];
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  samplePath = await writeBook('MDrak-2017.xlsx', sampleGrids());
  const faulty = faultyGrids();
  planted = faulty.planted;
  faultyPath = await writeBook('LoiCaiSan.xlsx', faulty.grids);
});

async function page(options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
  const w = await openPage(browser, options);
  opened.push(w);
  return w;
}

/** Nothing outside localhost, no CSP violation but Office's telemetry frame (blocked), no uncaught error. */
function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(unexpectedCsp(w)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

describe('browser mode', () => {
  it('says it runs outside Excel and offers to open a file', async () => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    await w.page.waitForSelector('[data-testid="open-file"]');
    const text = await w.page.textContent('main');
    expect(text).toContain('Đang mở ngoài Excel');
    expect(text).toContain('Mở tệp');
    expect(text).toContain('kéo thả');
    await screenshot(w.page, 'browser-01-start-350');
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
    // Office.js was asked of Microsoft's CDN first; unreachable here, the shipped copy took over.
    expect(w.officeCdn).toEqual([OFFICE_JS_CDN]);
    expect(server.requests).toContain('/office-js/office.js');
    expect(await w.page.evaluate(() => (window as unknown as { __dangvienOfficeJs?: string }).__dangvienOfficeJs)).toBe('bundled');
    expect(await w.page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
  });

  it('checks the bundled sample and shows the article’s figures (167 / 150, 111%)', async () => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    await pickFile(w.page, samplePath);
    const counts = await w.page.waitForSelector('[data-testid="count-error"]');
    expect(await counts.getAttribute('data-count')).toBe('0');
    await screenshot(w.page, 'browser-02-sample-findings-350');

    await click(w.page, '[data-action="figures"]');
    await w.page.waitForSelector('[data-testid="figures"]');
    expect(await w.page.textContent('[data-testid="district-percent"]')).toBe('111%');
    expect(await w.page.textContent('[data-testid="district-admitted"]')).toBe('Kết nạp 167 / chỉ tiêu 150');
    expect(await w.page.textContent('[data-testid="district-verdict"]')).toBe('Đạt');
    const cuSan = w.page.locator('[data-testid="unit-row"]', { hasText: 'Cư San' });
    expect(await cuSan.locator('[data-testid="unit-admitted"]').textContent()).toBe('13');
    expect(await cuSan.locator('[data-testid="unit-target"]').textContent()).toBe('8');
    expect(await cuSan.locator('[data-testid="unit-percent"]').textContent()).toBe('163%');
    expect(await w.page.locator('[data-testid="unit-row"]').count()).toBe(39);
    await screenshot(w.page, 'browser-03-sample-figures-350');

    // Sort by attainment, highest first.
    await w.page.selectOption('[data-testid="sort"]', 'attainmentDesc');
    const percents = (await w.page.locator('[data-testid="unit-percent"]').allTextContents()).map((p) => (p === '—' ? -1 : parseInt(p, 10)));
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    await screenshot(w.page, 'browser-03b-sorted-350', { fullPage: false });
    expect(await axe(w.page)).toEqual([]);

    // Export: the summary sheets alone, as a download.
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="export"]')]);
    await idle(w.page);
    expect(download.suggestedFilename()).toBe('TongHop-2017.xlsx');
    const file = join(__dirname, '..', '..', 'screenshots', 'TongHop-2017.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017']));
    expect(names).not.toContain('DangVien');
    expect(await notice(w.page)).toContain('TongHop-2017.xlsx');
    expectClean(w);
  });

  it('lists the planted faults with their addresses, goes to a cell, fixes and undoes', async () => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    await pickFile(w.page, faultyPath);
    await w.page.waitForSelector('[data-testid="findings"]');
    for (const p of planted) {
      const item = w.page.locator(`[data-testid="finding"][data-rule="${p.rule}"][data-sheet="${p.sheet}"][data-cell="${p.cell}"]`);
      expect({ ...p, shown: await item.count() }).toEqual({ ...p, shown: 1 });
      expect(await item.locator('[data-testid="finding-link"]').textContent()).toBe(`${p.sheet}!${p.cell}`);
    }
    await screenshot(w.page, 'browser-04-faulty-findings-350');

    // A finding's address: outside Excel, the cells around it.
    const m14 = planted.find((p) => p.rule === 'M14')!;
    await w.page.click(`[data-testid="finding"][data-cell="${m14.cell}"] [data-testid="finding-link"]`);
    const preview = await w.page.waitForSelector('[data-testid="cell-preview"]');
    expect(await preview.textContent()).toContain(`Ô ${m14.cell} của sheet DangVien`);
    expect(await preview.textContent()).toContain('NguyÔn V¨n An');
    await screenshot(w.page, 'browser-05-cell-preview-350');

    // Fix the legacy text after a confirmation; then undo.
    await w.page.click(`[data-testid="finding"][data-cell="${m14.cell}"] [data-testid="fix"]`);
    const dialog = await w.page.waitForSelector('[data-testid="fix-dialog"]');
    expect(await dialog.textContent()).toContain('Nguyễn Văn An');
    await settled(w.page); // the dialog's opening animation
    await screenshot(w.page, 'browser-06-fix-dialog-350', { fullPage: false });
    expect(await axe(w.page)).toEqual([]);
    await click(w.page, '[data-testid="fix-confirm"]');
    expect(await notice(w.page)).toContain('Đã sửa 1 ô');
    await w.page.waitForSelector(`[data-testid="finding"][data-cell="${m14.cell}"] >> text=Đã sửa`);
    await click(w.page, '[data-testid="notice"] button:has-text("Hoàn tác")');
    expect(await notice(w.page)).toContain('Đã trả lại giá trị cũ của 1 ô');

    // Filter: errors only.
    await w.page.click('[data-testid="count-warning"]');
    await w.page.click('[data-testid="count-info"]');
    expect(await w.page.locator(`[data-testid="finding"][data-rule="M14"]`).count()).toBe(0);
    expect(await w.page.locator(`[data-testid="finding"][data-rule="M05"]`).count()).toBe(1);
    await screenshot(w.page, 'browser-07-errors-only-350');

    // Mark the shown findings in the file, then download the edited workbook.
    await click(w.page, '[data-action="mark"]');
    expect(await notice(w.page)).toMatch(/Đã đánh dấu \d+ ô/);
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="save-workbook"]')]);
    await idle(w.page);
    // The fix was undone: the copy holds marks, no fixed cell, and its name says so.
    expect(download.suggestedFilename()).toBe('LoiCaiSan (bản lưu).xlsx');
    const file = join(__dirname, '..', '..', 'screenshots', 'LoiCaiSan-marked.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const m05 = planted.find((p) => p.rule === 'M05')!;
    const note = wb.getWorksheet('DangVien')!.getCell(m05.cell).note;
    expect(JSON.stringify(note)).toContain('M05');
    expectClean(w);
  });

  it('follows a dark theme and English, at the pane’s width and wider', async () => {
    for (const width of [350, 800]) {
      const w = await page({ colorScheme: 'dark', width });
      await openPane(w.page, `${server.url}/taskpane.html?lang=en`);
      expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');
      await pickFile(w.page, faultyPath);
      expect(await notice(w.page)).toContain('Checked — errors: 4, warnings: 1');
      await screenshot(w.page, `browser-08-dark-en-findings-${width}`);
      expect(await axe(w.page)).toEqual([]);
      await click(w.page, '[data-action="figures"]');
      await w.page.waitForSelector('[data-testid="figures"]');
      await screenshot(w.page, `browser-09-dark-en-figures-${width}`);
      expect(await axe(w.page)).toEqual([]);
      expectClean(w);
    }
  });

  it('says clearly when a file is no spreadsheet, or holds no standard sheet', async () => {
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    await w.page.setInputFiles('[data-testid="file-input"]', { name: 'danh-sach.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await idle(w.page);
    expect(await notice(w.page)).toContain('Chỉ mở được sổ .xlsx, .xlsm, .ods, .xls');
    await w.page.setInputFiles('[data-testid="file-input"]', { name: 'hong.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all, just text') });
    await idle(w.page);
    expect(await notice(w.page)).toContain('Không đọc được tệp');
    const other = await writeBook('Khac.xlsx', [{ name: 'Sheet1', values: [['Họ tên', 'Tuổi'], ['A', 30]] }]);
    await pickFile(w.page, other);
    expect(await notice(w.page)).toContain('Không tìm thấy sheet chuẩn nào');
    await screenshot(w.page, 'browser-10-no-standard-sheets-350');
    expectClean(w);
  });

  it('stays responsive on a large workbook (30,000 members), shows its progress and can be cancelled', async () => {
    const big = await writeBook('Lon-30000.xlsx', generateScaled(30_000, 7, { dates: 'date' }));
    const w = await page();
    await openPane(w.page, `${server.url}/taskpane.html`);
    // The longest gap between two timer ticks on the page's thread while the file is read.
    await w.page.evaluate(() => {
      const g = globalThis as unknown as { __maxGap: number; __ticking: boolean };
      g.__maxGap = 0;
      g.__ticking = true;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        g.__maxGap = Math.max(g.__maxGap, now - last);
        last = now;
        if (g.__ticking) setTimeout(tick, 20);
      };
      setTimeout(tick, 20);
    });
    const started = Date.now();
    await w.page.setInputFiles('[data-testid="file-input"]', big);
    const progress = await w.page.waitForSelector('[data-testid="progress"]');
    expect(await progress.textContent()).toMatch(/Đang (mở tệp|đọc|kiểm tra)/);
    await screenshot(w.page, 'browser-11-large-progress-350', { fullPage: false });
    await idle(w.page, 120_000);
    const seconds = (Date.now() - started) / 1000;
    const maxGap = await w.page.evaluate(() => {
      const g = globalThis as unknown as { __maxGap: number; __ticking: boolean };
      g.__ticking = false;
      return g.__maxGap;
    });
    // Printed, not asserted: a busy machine stretches both (the figures belong to `npm run bench`).
    console.log(`30,000 members in the browser: ${seconds.toFixed(1)} s; longest stall of the page's thread ${Math.round(maxGap)} ms`);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).not.toBeNull();

    // Cancel while the file is being opened: back to a quiet pane, with a word why.
    await w.page.setInputFiles('[data-testid="file-input"]', big);
    await w.page.waitForSelector('[data-testid="progress"] button');
    await w.page.click('[data-testid="progress"] button');
    await idle(w.page);
    expect(await notice(w.page)).toContain('Đã hủy');
    // And the pane still works afterwards.
    await pickFile(w.page, samplePath);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).toBe('0');
    expectClean(w);
  });

  it('works opened straight from a folder (file://), with no server at all', async () => {
    // Staff may copy the built pane to a USB stick and double-click taskpane.html: workers cannot
    // start from file://, so the work runs in the page instead.
    const w = await page();
    await w.page.goto(`file://${join(BUILD, 'taskpane.html')}`);
    await w.page.waitForSelector('html[data-app="ready"]');
    // Never inside Office from a folder: the shipped Office.js is not loaded (its own loads would
    // be refused from file:// and it would never say it is ready).
    expect(await w.page.evaluate(() => (window as unknown as { __dangvienOfficeJs?: string }).__dangvienOfficeJs)).toBe('none');
    expect(w.consoleErrors).toEqual([]);
    await pickFile(w.page, samplePath);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).toBe('0');
    await click(w.page, '[data-action="figures"]');
    expect(await w.page.textContent('[data-testid="district-percent"]')).toBe('111%');
    // The limits line opens to the list, which says the work runs in the page.
    await w.page.click('[data-testid="limits-toggle"]');
    expect(await w.page.textContent('[data-testid="limits"]')).toContain(CATALOGUE.vi.workerFallback);
    expect(w.outside).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});
