// node bench/read.js FILE plain|report — a plain ExcelJS streaming read, or the whole `report`.
// Loading the modules is timed apart (`loadMs`): it used to count for `report` but not for the
// plain read, whose ExcelJS was required before the clock started.
'use strict';
const [file, mode] = process.argv.slice(2);

async function plain(ExcelJS) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  let n = 0;
  for await (const ws of reader) for await (const row of ws) n += row.values.length > 0 ? 1 : 0;
  return n;
}

async function report({ main }) {
  const quiet = { out: () => {}, err: () => {} };
  return main(['report', file, '--out', file.replace(/\.xlsx$/, '-report.xlsx'), '--today', '2026-11-25'], quiet);
}

const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const t0 = process.hrtime.bigint();
const loaded = mode === 'plain' ? require('exceljs') : require('../dist/cli/main');
const loadMs = since(t0);
const t1 = process.hrtime.bigint();
(mode === 'plain' ? plain(loaded) : report(loaded)).then((r) => {
  const ms = since(t1);
  process.stdout.write(JSON.stringify({ mode, ms: Math.round(ms), loadMs: Math.round(loadMs), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), result: r }) + '\n');
});
