// Thousands of findings in the browser mode: each rule's group shows its first few and "+N nữa",
// never every finding in the page at once, and the rest are reached by keyboard, a press at a time.
import type { Browser } from 'playwright-core';
import { generateScaled } from '../../src/sample';
import { openPage, unexpectedCsp } from './support/browser';
import { openPane, pickFile } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';
import { writeBook } from './support/workbooks';

const MEMBERS = 3_000;

let browser: Browser;
let server: StaticServer;
let path: string;
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  // Every member's gender is no list value (M04, fixable to "Nữ"): one group of thousands.
  const grids = generateScaled(MEMBERS, 5);
  const members = grids.find((g) => g.name === 'DangVien')!;
  const header = members.values.findIndex((r) => r.includes('Giới tính'));
  const col = members.values[header].indexOf('Giới tính');
  for (let r = header + 1; r < members.values.length; r++) if (members.values[r][0] !== undefined) members.values[r][col] = 'Nuw';
  path = await writeBook(`NhieuLoi-${MEMBERS}.xlsx`, grids);
}, 120_000);

describe('thousands of findings', () => {
  it('shows each group’s first few, and the next ones by keyboard a press at a time', async () => {
    const w = await openPage(browser);
    const page = w.page;
    await openPane(page, `${server.url}/taskpane.html`);
    await pickFile(page, path);
    await page.waitForSelector('[data-testid="count-error"]');

    const group = page.locator('[data-testid="finding-group"][data-rule="M04"]');
    const count = Number((await group.locator('h3 [aria-label]').first().getAttribute('aria-label'))?.replace(/\D/g, ''));
    expect(count).toBeGreaterThanOrEqual(MEMBERS);
    // What the page holds: the group's first five, not its thousands.
    expect(await group.locator('[data-testid="finding"]').count()).toBe(5);
    expect(await page.locator('[data-testid="finding"]').count()).toBeLessThan(100);
    const more = group.locator('[data-testid="more"]');
    expect(await more.textContent()).toBe(`+${(count - 5).toLocaleString('vi-VN')} nữa`);

    // By keyboard: from the last finding shown, Tab reaches "+N nữa"; Enter shows 25 more and keeps the focus there.
    await group.locator('[data-testid="finding-link"]').last().focus();
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'more')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('more');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding-group"][data-rule="M04"] [data-testid="finding"]').length === 30);
    expect(await more.textContent()).toBe(`+${(count - 30).toLocaleString('vi-VN')} nữa`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('more');
    // Shift+Tab goes back into the findings just shown: the 30th's address or its fix.
    await page.keyboard.press('Shift+Tab');
    const back = await page.evaluate(() => {
      const items = [...document.querySelectorAll('[data-testid="finding-group"][data-rule="M04"] [data-testid="finding"]')];
      return items.indexOf(document.activeElement!.closest('[data-testid="finding"]')!);
    });
    expect(back).toBe(29);

    // The list of chi bộ to send corrections to: all of them once it is reached by keyboard, and one can be chosen.
    const choose = page.locator('[data-testid="cell-list-choose"]');
    const groups = Number((await choose.locator('option').first().textContent())?.replace(/\D/g, ''));
    expect(groups).toBeGreaterThan(10);
    await choose.focus();
    // Every group that names a chi bộ (the count also holds findings of no chi bộ).
    await page.waitForFunction((n) => (document.querySelector('[data-testid="cell-list-choose"]') as HTMLSelectElement).options.length > n / 2, groups);
    expect(await choose.locator('option').count()).toBeLessThanOrEqual(groups + 1);
    await choose.selectOption({ index: 2 });
    expect(await choose.inputValue()).not.toBe('');
    expect(unexpectedCsp(w)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  }, 300_000);
});
