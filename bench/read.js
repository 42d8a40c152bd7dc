// node bench/read.js FILE plain|report — a plain ExcelJS streaming read, or the whole `report`.
'use strict';
const ExcelJS = require('exceljs');
const [file, mode] = process.argv.slice(2);

async function plain() {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
  let n = 0;
  for await (const ws of reader) for await (const row of ws) n += row.values.length > 0 ? 1 : 0;
  return n;
}

async function report() {
  const { main } = require('../dist/cli/main');
  const quiet = { out: () => {}, err: () => {} };
  return main(['report', file, '--out', file.replace(/\.xlsx$/, '-report.xlsx'), '--today', '2026-11-25'], quiet);
}

const t0 = process.hrtime.bigint();
(mode === 'plain' ? plain() : report()).then((r) => {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ mode, ms: Math.round(ms), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), result: r }) + '\n');
});
