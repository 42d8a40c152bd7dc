// Everything reachable and operable by keyboard, with the focus visible (against the fake Excel).
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, unexpectedCsp } from './support/browser';
import { idle, openPane, CEILING } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';

let browser: Browser;
let server: StaticServer;
servedPane((b, s) => {
  browser = b;
  server = s;
});

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page: Page, selector: string, max = 60): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return i;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Whether the focused element shows a focus indicator (an outline, or Fluent's ::after ring). */
function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const own = getComputedStyle(el);
    const after = getComputedStyle(el, '::after');
    const visible = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
      (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0 && s.content !== 'none' && s.content !== '') ||
      (s.boxShadow && s.boxShadow !== 'none');
    return !!(visible(own) || visible(after));
  });
}

describe('keyboard', () => {
  it('reaches and runs the check, a finding, a fix and the views with the keyboard alone', async () => {
    const w = await openPage(browser);
    const page = w.page;
    await openPane(page, `${server.url}/taskpane-fake.html?book=faulty`);

    await tabTo(page, '[data-action="check"]');
    expect(await focusVisible(page)).toBe(true);
    await screenshot(page, 'keyboard-01-focus-check-350', { fullPage: false });
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="findings"]');
    await idle(page);

    // A finding's address: Enter goes to the cell in Excel.
    await tabTo(page, '[data-testid="finding-link"]');
    expect(await focusVisible(page)).toBe(true);
    const cell = await page.evaluate(() => document.activeElement!.closest('[data-testid="finding"]')!.getAttribute('data-cell'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (c) => (globalThis as unknown as { __fakeExcel: { state: { selection: { address: string } | null } } }).__fakeExcel.state.selection?.address.replace(/\$/g, '').endsWith(c!),
      cell,
    );

    // A fix: the dialog takes the focus, Escape closes it and nothing changes.
    await tabTo(page, '[data-testid="fix"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="fix-dialog"]');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="fix-dialog"]'))).toBe(true);
    await screenshot(page, 'keyboard-02-fix-dialog-350', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="fix-dialog"]', { state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'fix', undefined, { timeout: CEILING });

    // The views: arrow keys move between the tabs.
    await tabTo(page, '[data-testid="tab-findings"]', 80).catch(async () => {
      // Reached from below: go back up.
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Shift+Tab');
        if (await page.evaluate(() => !!document.activeElement?.matches('[data-testid="tab-findings"]'))) return;
      }
      throw new Error('no tab');
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="tab-figures"][aria-selected="true"]');
    expect(await page.textContent('[role="tabpanel"]')).toContain('Kết quả kết nạp năm 2017');
    await screenshot(page, 'keyboard-03-figures-tab-350', { fullPage: false });
    expect(w.outside).toEqual([]);
    expect(unexpectedCsp(w)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});
