// The offline page (dist/offline/dangvien.html; the e2e build writes dist/e2e-offline/): one file,
// opened by double click (file://) with no server and nothing next to it. The sample runs through
// the check, the figures, the summary workbook download and the PDF report, with the work in the
// page's Web Workers (no fallback to the page), and the page asks for nothing outside itself.
import ExcelJS from 'exceljs';
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { launch, openPage, SCREENSHOTS, type Watched } from './support/browser';
import { click, idle, notice, pickFile, CEILING } from './support/pane';
import { serve } from './support/server';
import { sampleGrids, writeBook } from './support/workbooks';

const BUILT = join(__dirname, '..', '..', 'dist', 'e2e-offline', 'dangvien.html');
const WEB = join(__dirname, '..', '..', 'dist', 'e2e');
const POPPLER = spawnSync('pdftotext', ['-v']).status === 0;

let browser: Browser;
let samplePath: string;
/** The page alone in an empty folder, as staff get it. */
let page: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dangvien-offline-'));
  page = join(dir, 'dangvien.html');
  copyFileSync(BUILT, page);
  browser = await launch();
  samplePath = await writeBook('MDrak-2017-offline.xlsx', sampleGrids());
});

afterAll(async () => {
  await browser?.close();
});

function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(w.cspViolations).toEqual([]);
  expect(w.pageErrors).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
}

describe('the offline page (one file, file://)', () => {
  it('is one file: no script, style, image or font is loaded from anywhere', () => {
    const html = readFileSync(BUILT, 'utf8');
    expect(readdirSync(join(BUILT, '..'))).toEqual(['dangvien.html']);
    // No element's src= or href= but data:, blob: and in-page anchors (scripts' text aside).
    const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>');
    const refs = [...tags.matchAll(/\b(?:src|href)=["']?([^"'\s>]*)/g)].map((m) => m[1]).filter((r) => !/^(data:|blob:|#)/.test(r));
    expect(refs).toEqual([]);
    expect(html).not.toMatch(/office-js\/|appsforoffice/);
    expect(statSync(BUILT).size).toBeGreaterThan(1_000_000);
  });

  it('checks the sample, shows the figures, downloads the summary workbook and the PDF, with its workers', async () => {
    const w = await openPage(browser);
    const workers: string[] = [];
    w.page.on('worker', (worker) => workers.push(worker.url()));
    await w.page.goto(`file://${page}`);
    await w.page.waitForSelector('html[data-app="ready"]', { timeout: CEILING });
    await w.page.waitForSelector('[data-testid="open-file"]');
    await pickFile(w.page, samplePath);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).toBe('0');

    await click(w.page, '[data-action="figures"]');
    await w.page.waitForSelector('[data-testid="figures"]');
    expect(await w.page.textContent('[data-testid="district-percent"]')).toBe('111%');
    expect(await w.page.textContent('[data-testid="district-admitted"]')).toBe('Kết nạp 167 / chỉ tiêu 150');
    expect(await w.page.locator('[data-testid="unit-row"]').count()).toBe(39);
    // The work ran in Web Workers (from the page's own blobs), not in the page.
    expect(workers.length).toBeGreaterThanOrEqual(1);
    for (const u of workers) expect(u).toMatch(/^blob:/);
    expect((await w.page.textContent('body')) ?? '').not.toContain('tiến trình nền');

    const [download] = await Promise.all([w.page.waitForEvent('download', { timeout: CEILING }), w.page.click('[data-action="export"]')]);
    await idle(w.page);
    expect(download.suggestedFilename()).toBe('TongHop-2017.xlsx');
    const xlsx = join(SCREENSHOTS, 'TongHop-2017-offline.xlsx');
    await download.saveAs(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017']));
    expect(await notice(w.page)).toContain('TongHop-2017.xlsx');

    // The PDF report, with the fonts stored in the page.
    const [pdf] = await Promise.all([w.page.waitForEvent('download', { timeout: 120_000 }), w.page.click('[data-action="report"]')]);
    await idle(w.page, 120_000);
    expect(pdf.suggestedFilename()).toBe('BaoCao-2017.pdf');
    const pdfFile = join(SCREENSHOTS, 'BaoCao-2017-offline.pdf');
    await pdf.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (POPPLER) {
      const text = spawnSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
      expect(text).toContain('đạt 111% kế hoạch');
    }
    expectClean(w);
    await w.context.close();
  }, 300_000);

  it('opens the help page stored inside it', async () => {
    const w = await openPage(browser);
    await w.page.goto(`file://${page}`);
    await w.page.waitForSelector('html[data-app="ready"]', { timeout: CEILING });
    const [help] = await Promise.all([w.context.waitForEvent('page'), w.page.getByTestId('help-link').click()]);
    await help.waitForLoadState('domcontentloaded');
    expect(help.url()).toMatch(/^blob:.*#vi$/);
    expect(await help.textContent('h1')).toMatch(/Hướng dẫn sử dụng/);
    expect(w.outside).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('is linked from the pane’s old-browser message, served next to the pane', async () => {
    const server = await serve(WEB);
    try {
      const w = await openPage(browser);
      await w.context.addInitScript(() => {
        // What Internet Explorer 11 lacks.
        delete (window as unknown as { Proxy?: unknown }).Proxy;
      });
      // The bundle as Internet Explorer sees it: syntax it cannot parse.
      await w.page.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'const x = { ...{} }; class A { #p = 1 }' }));
      await w.page.goto(`${server.url}/taskpane.html`);
      const link = await w.page.waitForSelector('#boot[role="alert"] a#boot-offline');
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(href).toBe(`${server.url}/dangvien.html`);
      expect(readFileSync(join(WEB, 'dangvien.html'))).toEqual(readFileSync(BUILT));
      const response = await w.page.request.get(href);
      expect(response.status()).toBe(200);
      await w.context.close();
    } finally {
      await server.close();
    }
  });
});
