// node bench/read.js FILE plain|floor|report — a plain ExcelJS streaming read; the floor (every
// part of the zip inflated once with fflate and its cells counted, nothing kept); or the whole `report`.
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

/** The least any reader must do: inflate every part once and count the sheets' `<c` cells. */
async function floor({ Inflate }) {
  const bytes = require('fs').readFileSync(file);
  const { zipParts } = require('../dist/hosts/xlsx/inspect');
  const z = zipParts(bytes);
  let cells = 0;
  for (const p of z.parts) {
    const data = bytes.subarray(p.dataStart, p.dataStart + p.compressed);
    const count = (b) => {
      for (let i = b.indexOf(0x3c); i >= 0; i = b.indexOf(0x3c, i + 1)) if (b[i + 1] === 0x63 && (b[i + 2] === 0x20 || b[i + 2] === 0x3e)) cells++;
    };
    if (p.method === 0) count(data);
    else {
      const inf = new Inflate((chunk) => count(chunk));
      for (let at = 0; at < data.length; at += 1 << 14) inf.push(data.subarray(at, at + (1 << 14)), at + (1 << 14) >= data.length);
    }
  }
  return cells;
}

async function report({ main }) {
  const quiet = { out: () => {}, err: () => {} };
  return main(['report', file, '--out', file.replace(/\.xlsx$/, '-report.xlsx'), '--today', '2026-11-25'], quiet);
}

const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const t0 = process.hrtime.bigint();
const loaded = mode === 'plain' ? require('exceljs') : mode === 'floor' ? require('fflate') : require('../dist/cli/main');
const loadMs = since(t0);
const t1 = process.hrtime.bigint();
// CPU time too (user + system, all threads): on a machine shared with other work the wall clock
// mostly measures the others, the CPU time much less so.
const c1 = process.cpuUsage();
(mode === 'plain' ? plain(loaded) : mode === 'floor' ? floor(loaded) : report(loaded)).then((r) => {
  const ms = since(t1);
  const cpu = process.cpuUsage(c1);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  process.stdout.write(JSON.stringify({ mode, ms: Math.round(ms), cpuMs, loadMs: Math.round(loadMs), peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024), result: r }) + '\n');
});
