// The pane against the in-memory fake of Excel (installed as the global Excel/Office before the
// pane loads, on taskpane-fake.html): insert the summary sheets, go to a cell, mark and clear,
// fix and undo, the template, an Excel too old, and Office's dark theme in English.
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, unexpectedCsp, type Watched } from './support/browser';
import { axe, click, idle, notice, openPane } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';

let browser: Browser;
let server: StaticServer;
servedPane((b, s) => {
  browser = b;
  server = s;
});

async function pane(query: string, options: Parameters<typeof openPage>[1] = {}): Promise<Watched> {
  const w = await openPage(browser, options);
  await openPane(w.page, `${server.url}/taskpane-fake.html?${query}`);
  return w;
}

function expectClean(w: Watched): void {
  expect(w.outside).toEqual([]);
  expect(unexpectedCsp(w)).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

/** Reads the fake workbook from inside the page. */
function fake<T>(page: Page, fn: string, arg?: unknown): Promise<T> {
  return page.evaluate(
    ([body, a]) => new Function('fake', 'arg', body)((globalThis as unknown as { __fakeExcel: unknown }).__fakeExcel, a),
    [fn, arg] as const,
  ) as Promise<T>;
}

const sheetNames = (page: Page) => fake<string[]>(page, 'return fake.sheetNames();');
const cellValue = (page: Page, sheet: string, r: number, c: number) => fake<unknown>(page, `return fake.sheet(arg[0]).cell(arg[1], arg[2]).value;`, [sheet, r, c]);

describe('the pane in Excel (fake)', () => {
  it('checks, shows the figures and inserts the summary sheets (replacing its own on a second run)', async () => {
    const w = await pane('book=sample');
    expect(await w.page.locator('[data-testid="drop-zone"]').count()).toBe(0);
    await screenshot(w.page, 'excel-01-start-350');
    expect(await axe(w.page)).toEqual([]);

    await click(w.page, '[data-action="check"]');
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).toBe('0');

    await click(w.page, '[data-action="figures"]');
    expect(await w.page.textContent('[data-testid="district-percent"]')).toBe('111%');
    expect(await w.page.textContent('[data-testid="district-admitted"]')).toBe('Kết nạp 167 / chỉ tiêu 150');
    await screenshot(w.page, 'excel-02-figures-350');

    await click(w.page, '[data-action="insert"]');
    expect(await notice(w.page)).toMatch(/^Đã chèn \d+ sheet/);
    const names = await sheetNames(w.page);
    expect(names).toEqual(expect.arrayContaining(['ToChuc', 'DangVien', 'ChiTieu', 'TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017']));
    await screenshot(w.page, 'excel-03-inserted-350');

    await click(w.page, '[data-action="insert"]');
    expect(await notice(w.page)).toContain('Đã thay');
    expect((await sheetNames(w.page)).sort()).toEqual(names.sort());

    // Export: Excel 1.8+ opens the summary as a new workbook.
    await click(w.page, '[data-action="export"]');
    expect(await notice(w.page)).toContain('sổ Excel mới');
    expect(await fake<number>(w.page, 'return fake.state.createdWorkbooks.length;')).toBe(1);
    expectClean(w);
  });

  it('goes to a finding’s cell, marks and clears, fixes and undoes', async () => {
    const w = await pane('book=faulty');
    await click(w.page, '[data-action="check"]');
    const m05 = w.page.locator('[data-testid="finding"][data-rule="M05"]').first();
    const cell = (await m05.getAttribute('data-cell'))!;
    await m05.locator('[data-testid="finding-link"]').click();
    await w.page.waitForFunction(
      (c) => {
        const f = (globalThis as unknown as { __fakeExcel: { state: { selection: { address: string } | null } } }).__fakeExcel;
        return f.state.selection?.address.replace(/\$/g, '').endsWith(c);
      },
      cell,
    );
    const selected = await fake<{ sheet: string; address: string }>(
      w.page,
      'const s = fake.state.selection; return { sheet: fake.state.sheets.find((x) => x.id === s.sheetId).name, address: s.address };',
    );
    expect(selected.sheet).toBe('DangVien');
    expect(selected.address.replace(/\$/g, '')).toMatch(new RegExp(`${cell}$`));
    await screenshot(w.page, 'excel-04-findings-350');

    // Mark what the list shows, then clear exactly those marks.
    await click(w.page, '[data-action="mark"]');
    expect(await notice(w.page)).toMatch(/Đã đánh dấu \d+ ô/);
    const marked = await fake<number>(w.page, 'return fake.sheet("DangVien").notes.size + fake.state.comments.length;');
    expect(marked).toBeGreaterThan(0);
    await screenshot(w.page, 'excel-05-marked-350');
    await click(w.page, '[data-action="clear"]');
    expect(await notice(w.page)).toMatch(/Đã xóa đánh dấu ở \d+ ô/);
    expect(await fake<number>(w.page, 'return fake.sheet("DangVien").notes.size + fake.state.comments.length;')).toBe(0);

    // Fix the gender after a confirmation: the cell holds the list's value; Undo puts it back.
    const m04 = w.page.locator('[data-testid="finding"][data-rule="M04"]').first();
    const m04Cell = (await m04.getAttribute('data-cell'))!;
    const col = m04Cell.charCodeAt(0) - 65;
    const row = Number(m04Cell.slice(1)) - 1;
    expect(await cellValue(w.page, 'DangVien', row, col)).toBe('Nuw');
    await m04.locator('[data-testid="fix"]').click();
    await w.page.waitForSelector('[data-testid="fix-dialog"]');
    await click(w.page, '[data-testid="fix-confirm"]');
    expect(await notice(w.page)).toContain('Đã sửa 1 ô');
    expect(await cellValue(w.page, 'DangVien', row, col)).toBe('Nữ');
    await click(w.page, '[data-testid="notice"] button:has-text("Hoàn tác")');
    expect(await cellValue(w.page, 'DangVien', row, col)).toBe('Nuw');
    expect(await axe(w.page)).toEqual([]);
    expectClean(w);
  });

  it('inserts the empty standard sheets with headers and drop-down lists', async () => {
    const w = await pane('book=empty');
    await click(w.page, '[data-action="check"]');
    expect(await notice(w.page)).toContain('Không tìm thấy sheet chuẩn nào');
    await screenshot(w.page, 'excel-06-no-standard-sheets-350');
    await click(w.page, '[data-action="template"]');
    expect(await notice(w.page)).toContain('Đã tạo các sheet mẫu');
    const names = await sheetNames(w.page);
    expect(names).toEqual(expect.arrayContaining(['ToChuc', 'DangVien', 'ChiTieu']));
    expect(await cellValue(w.page, 'DangVien', 0, 0)).toBe('Số lý lịch');
    expect(await fake<number>(w.page, 'return fake.sheet("DangVien").validations.length;')).toBeGreaterThan(0);
    expectClean(w);
  });

  it('says what an Excel too old for the add-in should do instead', async () => {
    const w = await pane('book=sample&api=1.6');
    const text = await w.page.textContent('[data-testid="unsupported"]');
    // In plain words (which Excel, and what to do instead), not the requirement set's name.
    expect(text).toContain('Excel 2019, 2021, Microsoft 365');
    expect(text).toContain('trong trình duyệt');
    expect(text).not.toContain('ExcelApi');
    await screenshot(w.page, 'excel-07-too-old-350');
    expectClean(w);
  });

  it('works on ExcelApi 1.7 with the limits said, and follows Office’s dark theme in English', async () => {
    const w = await pane('book=sample&api=1.7&officeTheme=dark&display=en-US');
    expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await w.page.getAttribute('html', 'lang')).toBe('en');
    await w.page.waitForSelector('[data-testid="limits"]');
    await click(w.page, '[data-action="check"]');
    await click(w.page, '[data-action="insert"]');
    expect(await notice(w.page)).toMatch(/^Inserted \d+ sheets/);
    await click(w.page, '[data-action="figures"]');
    await screenshot(w.page, 'excel-08-dark-en-api17-350');
    expect(await axe(w.page)).toEqual([]);
    // Export without ExcelApi 1.8: a download instead of a new workbook.
    const [download] = await Promise.all([w.page.waitForEvent('download'), w.page.click('[data-action="export"]')]);
    await idle(w.page);
    expect(download.suggestedFilename()).toBe('TongHop-2017.xlsx');
    expectClean(w);
  });

  it('keeps the pane usable at a wider width', async () => {
    const w = await pane('book=faulty', { width: 800 });
    await click(w.page, '[data-action="check"]');
    await screenshot(w.page, 'excel-09-findings-800');
    expectClean(w);
  });
});
