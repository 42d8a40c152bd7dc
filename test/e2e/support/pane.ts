// Steps the browser tests share: open the pane, pick a file, wait for the work to end, run axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * How long any wait may take before the test fails: generous, because the waits are on conditions
 * (a busy machine — load 6 on 2 cores — only makes them slower, never wrong). Timing figures are
 * printed, never asserted.
 */
export const CEILING = 180_000;

export async function openPane(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-app="ready"]', { timeout: CEILING });
}

/** Waits until no task runs (the progress panel is gone). */
export async function idle(page: Page, timeout = CEILING): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress"]'), undefined, { timeout });
}

export async function pickFile(page: Page, path: string): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="file-name"]', { timeout: CEILING });
  await idle(page);
}

export async function click(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await idle(page);
}

/** axe-core's WCAG 2.1 A/AA rules; returns the violations, each as one line. */
export async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Tabster's focus-trap sentinels (Fluent UI): hidden, focusable by design, never reached by Tab.
    .exclude('[data-tabster-dummy]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … +${v.nodes.length - 3}` : ''}`,
  );
}

/** Text of the notice bar (the last task's outcome). */
export async function notice(page: Page): Promise<string> {
  const el = await page.waitForSelector('[data-testid="notice"]', { timeout: CEILING });
  return (await el.textContent()) ?? '';
}
