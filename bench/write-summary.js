// node bench/write-summary.js FILE… — the summary workbook of each file's report written by
// ExcelJS (renderLayouts + writeBuffer, the writer before) and by our own writer (src/hosts/xlsx/write)
// at deflate levels 1 and 6. Interleaved runs (the machine's load drifts): medians, CPU time too.
// Files: `node bench/write-xlsx.js FILE ROWS` makes them; `npm run build:cli` first.
// BENCH_RUNS (default 5) sets the runs. Run with `node --expose-gc`.
'use strict';
const fs = require('fs');
const ExcelJS = require('exceljs');
const { readSpreadsheets } = require('../dist/hosts/read-file');
const { runWorkbook } = require('../dist/pipeline/run');
const { renderLayouts } = require('../dist/hosts/xlsx/render-layouts');
const { writeXlsx } = require('../dist/hosts/xlsx/write/workbook');

const RUNS = Number(process.env.BENCH_RUNS || 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

async function timed(fn) {
  // Each writer starts on a collected heap, the collector's background work done (it would be
  // counted against whichever writer runs next).
  if (global.gc) global.gc();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const c = process.cpuUsage();
  const t = process.hrtime.bigint();
  const bytes = await fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const cpu = process.cpuUsage(c);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, size: bytes.length };
}

const writers = {
  exceljs: async (layouts) => {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'dangvien';
    renderLayouts(wb, layouts);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  },
  'ours (level 1)': async (layouts) => writeXlsx(layouts, { level: 1 }),
  'ours (level 6)': async (layouts) => writeXlsx(layouts, { level: 6 }),
};

async function bench(file) {
  const grids = await readSpreadsheets([{ name: file, bytes: fs.readFileSync(file) }]);
  const layouts = runWorkbook(grids, { lang: 'vi', layouts: true, today: '2026-11-25' }).exportLayouts;
  const cells = layouts.reduce((n, l) => n + l.rows.reduce((m, r) => m + r.length, 0), 0);
  console.log(`${file}: ${layouts.length} sheets, ${cells.toLocaleString('en')} cells laid out`);
  const runs = Object.fromEntries(Object.keys(writers).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [name, write] of Object.entries(writers)) runs[name].push(await timed(() => write(layouts)));
  const base = median(runs.exceljs.map((r) => r.ms));
  for (const [name, rs] of Object.entries(runs)) {
    const ms = median(rs.map((r) => r.ms));
    const cpu = median(rs.map((r) => r.cpuMs));
    console.log(`  ${name.padEnd(15)} ${ms.toFixed(0).padStart(6)} ms median (CPU ${cpu.toFixed(0)} ms), ${(rs[0].size / 2 ** 20).toFixed(2)} MB, ×${(base / ms).toFixed(1)} faster than ExcelJS`);
  }
}

(async () => {
  for (const file of process.argv.slice(2)) await bench(file);
})();
