// The pane as an organisation-board officer meets it, in the browser mode, at the task pane's
// width (350 px) and a desktop's (1,280 px), light and dark: every state is kept as a screenshot
// (screenshots/officer-*.png) and checked for what the officer reads there.
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, SCREENSHOTS, settled, unexpectedCsp, type Watched } from './support/browser';
import { axe, CEILING, click, idle, openPane, pickFile } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';
import { DIR, faultyGrids, writeBook } from './support/workbooks';

let browser: Browser;
let server: StaticServer;
let faultyPath: string;
let brokenPath: string;
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  faultyPath = await writeBook('LoiCaiSan.xlsx', faultyGrids().grids);
  // Not a workbook at all, named as one: the open fails.
  brokenPath = join(DIR, 'Hong.xlsx');
  writeFileSync(brokenPath, 'PK\u0003\u0004 not really a zip');
});

/** A part of the page as its own picture (a long pane is cut at 2,400 px in the whole-page one). */
async function part(page: Page, selector: string, name: string): Promise<void> {
  await page.mouse.move(page.viewportSize()?.width ?? 350, 0);
  await settled(page);
  await page.locator(selector).first().screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(unexpectedCsp(w)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

const COMBOS: { width: number; scheme: 'light' | 'dark' }[] = [
  { width: 350, scheme: 'light' },
  { width: 350, scheme: 'dark' },
  { width: 1280, scheme: 'light' },
  { width: 1280, scheme: 'dark' },
];

describe.each(COMBOS)('the officer’s pane at $width px, $scheme', ({ width, scheme }) => {
  const tag = `${width}-${scheme}`;

  it('findings name who and what; the preview shows headers and the other row; lists per chi bộ', async () => {
    const w = await openPage(browser, { width, colorScheme: scheme });
    await openPane(w.page, `${server.url}/taskpane.html`);
    await screenshot(w.page, `officer-01-start-${tag}`);
    await pickFile(w.page, faultyPath);
    await screenshot(w.page, `officer-02-findings-${tag}`);

    const m04 = w.page.locator('[data-testid="finding"][data-rule="M04"]').first();
    const m04Text = (await m04.textContent()) ?? '';
    expect(m04Text).toContain('Ô đang ghi "Nuw"');
    expect(m04Text).toContain('các giá trị hợp lệ: Nam, Nữ');
    expect(m04Text).toMatch(/Đảng viên: \S+/);

    const m01 = w.page.locator('[data-testid="finding"][data-rule="M01"]').first();
    expect((await m01.textContent()) ?? '').toMatch(/Đảng viên: .+; ô A\d+ là của .+\./);
    await m01.locator('[data-testid="finding-link"]').click();
    const preview = w.page.locator('[data-testid="cell-preview"]');
    await preview.waitFor({ timeout: CEILING });
    expect((await preview.locator('thead').textContent()) ?? '').toContain('Số lý lịch');
    await w.page.locator('[data-testid="preview-related"]').waitFor({ timeout: CEILING });
    await part(w.page, '[data-testid="cell-preview"]', `officer-03-preview-${tag}`);

    const lists = w.page.locator('[data-testid="cell-lists"]');
    await lists.scrollIntoViewIfNeeded();
    await part(w.page, '[data-testid="cell-lists"]', `officer-04-cell-lists-${tag}`);
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-testid="cell-list-save"]')]);
    expect(download.suggestedFilename()).toBe('DanhSachSua-2017.txt');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('DANH SÁCH CẦN SỬA');
    expect(text).toContain('Ô đang ghi "Nuw"');
    expect(text).toMatch(/Chi bộ .+ \(.+\).*: \d+ việc cần sửa/);
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
    await w.context.close();
  });

  it('Kết quả: errors hint, chart, Cách tính with the admitted members, members due', async () => {
    const w = await openPage(browser, { width, colorScheme: scheme });
    await openPane(w.page, `${server.url}/taskpane.html`);
    await pickFile(w.page, faultyPath);
    await click(w.page, '[data-action="figures"]');
    await w.page.waitForSelector('[data-testid="figures"]', { timeout: CEILING });
    expect((await w.page.textContent('[data-testid="figures-errors"]')) ?? '').toMatch(/Sổ còn \d+ lỗi/);
    await screenshot(w.page, `officer-05-figures-${tag}`);

    const bars = w.page.locator('[data-testid="chart-bar"]');
    expect(await bars.count()).toBeGreaterThan(20);
    await part(w.page, '[data-testid="attainment-chart"]', `officer-06-chart-${tag}`);

    const unit = w.page.locator('[data-testid="unit-row"]').first();
    const admitted = Number(((await unit.locator('[data-testid="unit-admitted"]').textContent()) ?? '0').replace(/\./g, ''));
    await unit.locator('[data-testid="how-toggle"]').click();
    const how = unit.locator('[data-testid="how-counted"]');
    await how.waitFor({ timeout: CEILING });
    expect(await how.locator('[data-testid="how-member"]').count()).toBe(admitted);
    expect((await how.textContent()) ?? '').toContain('Ngày vào Đảng từ 01/01/2017 đến 31/12/2017');
    await part(w.page, '[data-testid="unit-row"]', `officer-07-how-${tag}`);

    const due = w.page.locator('[data-testid="due"]');
    await due.scrollIntoViewIfNeeded();
    expect((await due.textContent()) ?? '').toContain('Sắp đến hạn xét chính thức');
    await part(w.page, '[data-testid="due"]', `officer-08-due-${tag}`);
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
    await w.context.close();
  });

  it('a failed open says so plainly and leaves no file name; report fields show defaults as defaults', async () => {
    const w = await openPage(browser, { width, colorScheme: scheme });
    await openPane(w.page, `${server.url}/taskpane.html`);
    await pickFile(w.page, faultyPath);
    await w.page.setInputFiles('[data-testid="file-input"]', brokenPath);
    await idle(w.page);
    const notice = (await w.page.textContent('[data-testid="notice"]')) ?? '';
    expect(notice).toMatch(/Không đọc được tệp|Không mở được tệp/);
    expect(notice).not.toMatch(/undefined|zip bomb|Cannot /);
    expect(await w.page.locator('[data-testid="file-name"]').count()).toBe(0);
    expect((await w.page.textContent('main')) ?? '').not.toContain('LoiCaiSan.xlsx');
    await screenshot(w.page, `officer-09-failed-open-${tag}`, { fullPage: false });

    await w.page.click('[data-testid="open-sample"]');
    await idle(w.page);
    await w.page.click('[data-testid="report-fields-toggle"]');
    const place = w.page.locator('[data-testid="report-field-place"]');
    await place.waitFor({ timeout: CEILING });
    expect(await place.getAttribute('placeholder')).toMatch(/^Mặc định: /);
    await place.fill('Krông Jing');
    await place.scrollIntoViewIfNeeded();
    await screenshot(w.page, `officer-10-report-fields-${tag}`, { fullPage: false });
    // Remembered in this computer's storage: a new pane in the same profile shows it again.
    await w.page.reload();
    await w.page.waitForSelector('html[data-app="ready"]', { timeout: CEILING });
    await w.page.click('[data-testid="report-fields-toggle"]');
    await w.page.waitForFunction(() => (document.querySelector('[data-testid="report-field-place"]') as HTMLInputElement | null)?.value === 'Krông Jing', undefined, {
      timeout: CEILING,
    });
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
    await w.context.close();
  });
});
