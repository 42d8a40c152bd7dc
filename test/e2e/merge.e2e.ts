// Several workbooks in the built pane: in a plain browser, a province's files picked together and
// its folder picked as a folder; in Excel (the fake), "Gộp sổ" reading the communes' files with
// the open workbook. The merged figures show each commune with its file; nothing leaves the page.
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, unexpectedCsp, type Watched } from './support/browser';
import { axe, CEILING, click, idle, notice, openPane } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';
import { generateProvince } from '../../src/sample';
import { DIR, writeBook } from './support/workbooks';

const FOLDER = join(DIR, 'tinh');
const province = generateProvince();
const PLAN = 'TU-KeHoach-2026.xlsx';

let browser: Browser;
let server: StaticServer;
let paths: string[];
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  mkdirSync(FOLDER, { recursive: true });
  paths = [];
  for (const f of province) paths.push(await writeBook(join('tinh', f.file), f.grids));
});

function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(unexpectedCsp(w)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

async function mergedFigures(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="groups"]', { timeout: CEILING });
  // One row per commune, ward and province committee, each naming its workbook.
  expect(await page.locator('[data-testid="group"]').count()).toBe(7);
  const files = await page.locator('[data-testid="group-file"]').allTextContents();
  expect(files.sort()).toEqual(province.map((f) => f.file).filter((f) => f !== PLAN).sort());
}

describe('several workbooks in a plain browser', () => {
  it('picks the province’s eight files together: merged figures by commune, findings naming their file', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane.html`);
    await w.page.setInputFiles('[data-testid="file-input"]', paths);
    await w.page.waitForSelector('[data-testid="merged-files"]', { timeout: CEILING });
    await idle(w.page);
    expect(await notice(w.page)).toMatch(/^Đã đọc 8 sổ và gộp lại\./);
    expect(await w.page.locator('[data-testid="merged-file"]').count()).toBe(8);
    expect(await w.page.textContent('[data-testid="file-name"]')).toContain('TongHop-8-so.xlsx');
    await mergedFigures(w.page);
    await screenshot(w.page, 'merge-01-browser-groups-350');
    expect(await axe(w.page)).toEqual([]);

    await click(w.page, '[data-testid="tab-findings"]');
    const first = w.page.locator('[data-testid="finding"]').first();
    expect(await first.getAttribute('data-file')).toMatch(/\.xlsx$/);
    expect(await first.textContent()).toMatch(/\.xlsx › /);
    expectClean(w);
  });

  it('picks the province’s folder: the same eight workbooks', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane.html`);
    await w.page.setInputFiles('[data-testid="open-folder-input"]', FOLDER);
    await w.page.waitForSelector('[data-testid="merged-files"]', { timeout: CEILING });
    await idle(w.page);
    expect(await w.page.locator('[data-testid="merged-file"]').count()).toBe(8);
    await mergedFigures(w.page);
    expectClean(w);
  });
});

describe('Gộp sổ in Excel (fake)', () => {
  it('reads the communes’ files with the open workbook and inserts the consolidated sheets', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane-fake.html?book=empty`);
    await w.page.click('[data-testid="merge-panel"] > summary');
    await w.page.setInputFiles('[data-testid="merge-input"]', paths.filter((p) => !p.endsWith(PLAN)));
    await w.page.waitForSelector('[data-testid="merged-files"]', { timeout: CEILING });
    await idle(w.page);
    expect(await notice(w.page)).toMatch(/^Đã gộp 7 sổ và chèn \d+ sheet/);
    const names = await w.page.evaluate(() => (globalThis as unknown as { __fakeExcel: { sheetNames(): string[] } }).__fakeExcel.sheetNames());
    expect(names).toEqual(expect.arrayContaining(['TH Kết nạp 2026', 'TH Tổ chức 2026', 'Kiểm tra 2026']));
    await mergedFigures(w.page);
    await screenshot(w.page, 'merge-02-excel-350');
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
  });
});
