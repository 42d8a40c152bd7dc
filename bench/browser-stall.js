// node bench/browser-stall.js FILE.xlsx — the browser mode (the built pane in dist/e2e, Debian's
// Chromium) opens FILE and runs to its findings; prints one JSON line: the seconds from choosing
// the file to the findings, and the page thread's longest task as Chromium's PerformanceObserver
// 'longtask' reports it (every task over 50 ms; the target is none over 100 ms), with their number
// and total. Needs `npx webpack --mode production --env e2e` first. With BENCH_BROWSER_PROFILE=F.cpuprofile
// it also writes the page thread's CPU profile (open it in Chromium's DevTools) to see what the long tasks run.
'use strict';
const fs = require('fs');
const path = require('path');
require('../scripts/ts-require');
const { serve } = require('../test/e2e/support/server.ts');
const { launch, openPage } = require('../test/e2e/support/browser.ts');
const { openPane, idle } = require('../test/e2e/support/pane.ts');

// BENCH_BROWSER_BUILD: another build of the pane (an earlier one kept aside, to interleave runs of both).
const BUILD = process.env.BENCH_BROWSER_BUILD || path.join(__dirname, '../dist/e2e');
const file = process.argv[2];

/** Runs in the page before its scripts: records every long task from the start. */
function recordLongTasks() {
  const g = globalThis;
  g.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) g.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function main() {
  if (!fs.existsSync(path.join(BUILD, 'taskpane.html'))) throw new Error('dist/e2e is missing: nice -n 10 npx webpack --mode production --env e2e');
  const server = await serve(BUILD);
  const browser = await launch();
  try {
    const w = await openPage(browser);
    await w.page.addInitScript(recordLongTasks);
    await openPane(w.page, `${server.url}/taskpane.html`);
    // Only what happens once the file is chosen counts (the page's own start is not the file's work).
    const t0 = await w.page.evaluate(() => performance.now());
    const profileTo = process.env.BENCH_BROWSER_PROFILE;
    const cdp = profileTo ? await w.context.newCDPSession(w.page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const started = Date.now();
    await w.page.setInputFiles('[data-testid="file-input"]', file);
    await w.page.waitForSelector('[data-testid="progress"]', { timeout: 600_000 });
    await idle(w.page, 1_800_000);
    await w.page.waitForSelector('[data-testid="count-error"]', { timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    if (cdp) fs.writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    // A long task is reported after it ends: give the observer a moment.
    await w.page.waitForTimeout(500);
    const tasks = (await w.page.evaluate(() => globalThis.__longTasks)).filter((t) => t.start >= t0);
    const longest = tasks.reduce((m, t) => Math.max(m, t.ms), 0);
    const total = tasks.reduce((s, t) => s + t.ms, 0);
    process.stdout.write(
      JSON.stringify({
        seconds: Number(seconds.toFixed(1)),
        longestTaskMs: Math.round(longest),
        longTasks: tasks.length,
        longTasksTotalMs: Math.round(total),
        // The five longest, with when they began (seconds after the file was chosen): during the read or at the findings.
        top: [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 5).map((t) => ({ atS: Number(((t.start - t0) / 1000).toFixed(1)), ms: Math.round(t.ms) })),
        errors: w.pageErrors,
      }) + '\n',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(`browser-stall: ${e.message}`);
  process.exit(1);
});
