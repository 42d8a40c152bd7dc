// "Soạn báo cáo" in the built pane: in the browser mode an A4 PDF download (also from file://,
// where the work runs in the page), its text read back with pdftotext; in Excel (the fake) the
// `Báo cáo 2017` sheet inserted and the notice saying how to print it or save it as PDF.
import { spawnSync } from 'child_process';
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, SCREENSHOTS, unexpectedCsp, type Watched } from './support/browser';
import { axe, click, idle, notice, openPane, pickFile, CEILING } from './support/pane';
import type { StaticServer } from './support/server';
import { BUILD, servedPane } from './support/served';
import { sampleGrids, writeBook } from './support/workbooks';

const POPPLER = spawnSync('pdftotext', ['-v']).status === 0;
if (!POPPLER) console.warn('report.e2e: pdftotext not found — the PDF text checks are SKIPPED (apt-get install poppler-utils).');

let browser: Browser;
let server: StaticServer;
let samplePath: string;
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  samplePath = await writeBook('MDrak-2017.xlsx', sampleGrids());
  mkdirSync(SCREENSHOTS, { recursive: true });
});

function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(unexpectedCsp(w)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

/** Clicks "Soạn báo cáo", saves the PDF it downloads and returns its text (null without poppler). */
async function downloadReport(page: Page, name: string): Promise<{ fileName: string; text: string | null }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: CEILING }), page.click('[data-action="report"]')]);
  await idle(page);
  const file = join(SCREENSHOTS, name);
  await download.saveAs(file);
  const head = spawnSync('head', ['-c', '5', file], { encoding: 'latin1' }).stdout;
  expect(head).toBe('%PDF-');
  if (!POPPLER) return { fileName: download.suggestedFilename(), text: null };
  const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  return { fileName: download.suggestedFilename(), text };
}

describe('the drafted report in the browser mode', () => {
  it('downloads the sample’s report as a PDF with the fields typed in the pane', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane.html`);
    await pickFile(w.page, samplePath);

    // The report's fields, folded away until opened; empty ones show what the report will use.
    await w.page.click('[data-testid="report-fields-toggle"]');
    const issuing = w.page.locator('[data-testid="report-field-issuingBody"]');
    // Said as a default, so it does not look filled in.
    expect(await issuing.getAttribute('placeholder')).toBe("Mặc định: HUYỆN ỦY M'ĐRẮK");
    await w.page.fill('[data-testid="report-field-superiorBody"]', 'Đảng bộ tỉnh Đắk Lắk');
    await w.page.fill('[data-testid="report-field-signerTitle"]', 'Phó Bí thư');
    await w.page.fill('[data-testid="report-field-signerName"]', 'Y Ngọc Niê');
    await screenshot(w.page, 'report-01-fields-350');
    expect(await axe(w.page)).toEqual([]);

    const pdf = await downloadReport(w.page, 'BaoCao-2017.pdf');
    expect(pdf.fileName).toBe('BaoCao-2017.pdf');
    expect(await notice(w.page)).toContain('BaoCao-2017.pdf');
    if (pdf.text !== null) {
      expect(pdf.text).toContain('Năm 2017, toàn Đảng bộ huyện đã kết nạp 167 đảng viên mới, đạt 111% kế hoạch');
      for (const part of ['ĐẢNG BỘ TỈNH ĐẮK LẮK', "HUYỆN ỦY M'ĐRẮK", 'ĐẢNG CỘNG SẢN VIỆT NAM', 'PHÓ BÍ THƯ', 'Y Ngọc Niê', 'Cư San', '3.044', 'Nơi nhận']) {
        expect(pdf.text).toContain(part);
      }
    }
    await screenshot(w.page, 'report-02-downloaded-350');
    expectClean(w);
  });

  it('drafts the PDF from a folder (file://) too, where the work runs in the page', async () => {
    const w = await openPage(browser);
    await w.page.goto(`file://${join(BUILD, 'taskpane.html')}`);
    await w.page.waitForSelector('html[data-app="ready"]');
    await pickFile(w.page, samplePath);
    const pdf = await downloadReport(w.page, 'BaoCao-2017-file.pdf');
    expect(pdf.fileName).toBe('BaoCao-2017.pdf');
    if (pdf.text !== null) expect(pdf.text).toContain('đạt 111% kế hoạch');
    expect(w.outside).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('the drafted report in Excel (fake)', () => {
  it('inserts the Báo cáo sheet and says how to print it or save it as PDF', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane-fake.html?book=sample`);
    await click(w.page, '[data-action="report"]');
    const text = await notice(w.page);
    expect(text).toContain('Báo cáo 2017');
    expect(text).toContain('Ctrl+P');
    const names = await w.page.evaluate(() => (globalThis as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel.sheetNames());
    expect(names).toContain('Báo cáo 2017');
    await screenshot(w.page, 'report-03-excel-inserted-350');
    // A second run replaces the add-in's own sheet.
    await click(w.page, '[data-action="report"]');
    const again = await w.page.evaluate(() => (globalThis as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel.sheetNames());
    expect(again.filter((n) => n.startsWith('Báo cáo'))).toEqual(['Báo cáo 2017']);
    expectClean(w);
  });
});
