// A 100,000-member workbook in the browser mode: the page never freezes (the work runs in the
// file worker), the progress is shown and moves, a cancel in the middle of the read stops it,
// and the figures come out. The time and the longest stall of the page's thread are printed.
import type { Browser, Page } from 'playwright-core';
import { generateScaled } from '../../src/sample';
import { openPage, screenshot, unexpectedCsp } from './support/browser';
import { CEILING, click, idle, notice, openPane } from './support/pane';
import type { StaticServer } from './support/server';
import { servedPane } from './support/served';
import { writeBook } from './support/workbooks';

const MEMBERS = 100_000;

let browser: Browser;
let server: StaticServer;
let bigPath: string;
servedPane((b, s) => {
  browser = b;
  server = s;
});

beforeAll(async () => {
  bigPath = await writeBook(`Lon-${MEMBERS}.xlsx`, generateScaled(MEMBERS, 11, { dates: 'date' }));
}, 180_000);

/** Starts a timer on the page's thread that records the longest gap between two of its ticks. */
async function watchStalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { __maxGap: number; __ticking: boolean; __progress: string[] };
    g.__maxGap = 0;
    g.__ticking = true;
    g.__progress = [];
    let last = performance.now();
    const tick = () => {
      const now = performance.now();
      g.__maxGap = Math.max(g.__maxGap, now - last);
      last = now;
      const p = document.querySelector('[data-testid="progress"]')?.textContent ?? '';
      if (p && g.__progress[g.__progress.length - 1] !== p) g.__progress.push(p);
      if (g.__ticking) setTimeout(tick, 20);
    };
    setTimeout(tick, 20);
  });
}

async function stopWatching(page: Page): Promise<{ maxGap: number; progress: string[] }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { __maxGap: number; __ticking: boolean; __progress: string[] };
    g.__ticking = false;
    return { maxGap: g.__maxGap, progress: g.__progress };
  });
}

/** The read's progress with its count: "Đang đọc sheet DangVien: 12.000 / 100.000 dòng…". */
const READING = /Đang đọc (sheet [^:]+: )?[\d.]+ \/ [\d.]+ dòng/;

describe(`a ${MEMBERS.toLocaleString('en')}-member workbook in the browser mode`, () => {
  it('opens, reads and analyses it without freezing the page, with its progress shown', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane.html`);
    await watchStalls(w.page);
    const started = Date.now();
    await w.page.setInputFiles('[data-testid="file-input"]', bigPath);
    await w.page.waitForSelector('[data-testid="progress"]');
    await screenshot(w.page, 'scale-01-progress-350', { fullPage: false });
    await idle(w.page, 300_000);
    const seconds = (Date.now() - started) / 1000;
    const { maxGap, progress } = await stopWatching(w.page);
    console.log(
      // Printed, not asserted: a busy machine stretches both.
      `${MEMBERS.toLocaleString('en')} members in the browser: ${seconds.toFixed(1)} s to findings; ` +
        `longest stall of the page's thread ${Math.round(maxGap)} ms; ${progress.length} distinct progress texts`,
    );
    // The read counts its rows as it goes: more than one "Đang đọc sheet DangVien: x / y dòng…".
    expect(progress.filter((p) => READING.test(p)).length).toBeGreaterThan(1);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).not.toBeNull();

    await click(w.page, '[data-action="figures"]');
    const admitted = await w.page.textContent('[data-testid="district-admitted"]');
    expect(admitted).toMatch(/^Kết nạp [\d.]+ \/ chỉ tiêu [\d.]+$/);
    expect(w.outside).toEqual([]);
    expect(unexpectedCsp(w)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  }, 300_000);

  it('stops when cancelled in the middle of the read, and stays usable', async () => {
    const w = await openPage(browser);
    await openPane(w.page, `${server.url}/taskpane.html`);
    // Cancel from inside the page the moment the rows are being read (past opening the zip): a
    // poll from the test could miss a read that takes a second on a fast machine.
    await w.page.evaluate(() => {
      const g = globalThis as unknown as { __cancelledAt?: number; __seen: string[] };
      g.__seen = [];
      const observer = new MutationObserver(() => {
        const progress = document.querySelector('[data-testid="progress"]');
        const text = progress?.textContent ?? '';
        if (text && g.__seen[g.__seen.length - 1] !== text) g.__seen.push(text);
        if (!progress || !/Đang đọc (sheet [^:]+: )?[\d.]+ \/ /.test(text)) return;
        observer.disconnect();
        g.__cancelledAt = performance.now();
        progress.querySelector('button')?.click();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await w.page.setInputFiles('[data-testid="file-input"]', bigPath);
    try {
      await w.page.waitForFunction(() => (globalThis as unknown as { __cancelledAt?: number }).__cancelledAt !== undefined, undefined, { timeout: 240_000 });
    } catch (e) {
      const seen = await w.page.evaluate(() => (globalThis as unknown as { __seen: string[] }).__seen);
      throw new Error(`the read's progress never showed; progress seen: ${JSON.stringify(seen)}; ${(e as Error).message}`);
    }
    // Cancelled means the pane goes quiet with "Đã hủy" before the read could have finished; how fast is printed.
    await idle(w.page, CEILING);
    const stopSeconds = await w.page.evaluate(() => (performance.now() - (globalThis as unknown as { __cancelledAt: number }).__cancelledAt) / 1000);
    console.log(`cancel during the read of ${MEMBERS.toLocaleString('en')} members: the pane was quiet again after ${stopSeconds.toFixed(2)} s`);
    expect(await notice(w.page)).toContain('Đã hủy');
    // Cancelled while it opened, nothing is left half open; opening it again reads it to the end.
    await w.page.setInputFiles('[data-testid="file-input"]', bigPath);
    await w.page.waitForSelector('[data-testid="count-error"]', { timeout: 300_000 });
    await idle(w.page, 300_000);
    expect(await w.page.getAttribute('[data-testid="count-error"]', 'data-count')).not.toBeNull();
    expect(w.pageErrors).toEqual([]);
  }, 300_000);
});
