// npm run bench: the core on 10k, 100k and 1,048,576 member rows in memory; then `report` on a
// 100k-member .xlsx beside a plain ExcelJS streaming read of the same file. Prints the figures.
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const node = (args) => JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=4096', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const sizes = (process.env.BENCH_SIZES || '10000,100000,1048575').split(',').map(Number);

console.log('Core (analyze, in memory) — target: 1,048,576 rows under 3 s and 1.5 GB, linear growth');
const results = [];
for (const n of sizes) {
  const r = node([path.join(__dirname, 'core.js'), String(n)]);
  results.push(r);
  console.log(`  ${String(r.rows).padStart(9)} rows: ${String(r.ms).padStart(6)} ms, ${String(r.rowsPerSecond).padStart(9)} rows/s, peak RSS ${r.peakRssMB} MB (input alone ${r.rssBeforeMB} MB)`);
}
if (results.length > 1) {
  const a = results[0], b = results[results.length - 1];
  console.log(`  growth: ×${(b.rows / a.rows).toFixed(0)} rows → ×${(b.ms / a.ms).toFixed(1)} time`);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangvien-bench-'));
const file = path.join(dir, 'bench-100k.xlsx');
execFileSync(process.execPath, [path.join(__dirname, 'write-xlsx.js'), file, process.env.BENCH_FILE_ROWS || '100000']);
console.log(`\nCommand line on ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB) — targets: report ≤ 0.5× ExcelJS's mere read`);
// Interleaved runs (the machine's load drifts): medians, and the best.
const RUNS = Number(process.env.BENCH_RUNS || 5);
const modes = ['plain', 'floor', 'report'];
const runs = { plain: [], floor: [], report: [] };
for (let i = 0; i < RUNS; i++) for (const mode of modes) runs[mode].push(node([path.join(__dirname, 'read.js'), file, mode]));
const pick = (mode) => {
  const r = [...runs[mode]].sort((x, y) => x.ms - y.ms);
  return { best: r[0], median: r[Math.floor((r.length - 1) / 2)], rss: Math.max(...r.map((x) => x.peakRssMB)) };
};
const plain = pick('plain');
const floor = pick('floor');
const report = pick('report');
const line = (r) => `${r.median.ms} ms median, ${r.best.ms} ms best (+ ${r.best.loadMs} ms loading modules), peak RSS ${r.rss} MB`;
console.log(`  ExcelJS streaming read (baseline):                 ${line(plain)}`);
console.log(`  floor (inflate every part once + count cells):     ${line(floor)}`);
console.log(`  dangvien report (read + check + figures + summary): ${line(report)}`);
console.log(`  report / ExcelJS read: ${(report.median.ms / plain.median.ms).toFixed(2)}× median (target ≤ 0.5×)`);
console.log(`  floor / ExcelJS read:  ${(floor.median.ms / plain.median.ms).toFixed(2)}× median`);

if (!process.env.BENCH_SKIP_MILLION) {
  const big = path.join(dir, 'bench-1m.xlsx');
  execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(__dirname, 'write-xlsx.js'), big, '1048575']);
  const r = node([path.join(__dirname, 'read.js'), big, 'report']);
  console.log(`\n1,048,575 members (${(fs.statSync(big).size / 2 ** 20).toFixed(1)} MB): report in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMB} MB — target < 10 s and < 1 GB`);
}
fs.rmSync(dir, { recursive: true, force: true });
