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
console.log(`\nCommand line on ${file} (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB) — target: report within 1.3× the plain read`);
// Three runs of each, alternating (the machine's load drifts); the best and the median.
const runs = { plain: [], report: [] };
for (let i = 0; i < 3; i++) for (const mode of ['plain', 'report']) runs[mode].push(node([path.join(__dirname, 'read.js'), file, mode]));
const pick = (mode) => {
  const r = [...runs[mode]].sort((x, y) => x.ms - y.ms);
  return { best: r[0], median: r[1] };
};
const plain = pick('plain');
const report = pick('report');
const line = (r) => `${r.best.ms} ms best, ${r.median.ms} ms median (+ ${r.best.loadMs} ms loading modules), peak RSS ${r.best.peakRssMB} MB`;
console.log(`  plain ExcelJS streaming read: ${line(plain)}`);
console.log(`  dangvien report (read + check + figures + summary file): ${line(report)}`);
console.log(`  ratio: ${(report.best.ms / plain.best.ms).toFixed(2)}× best, ${(report.median.ms / plain.median.ms).toFixed(2)}× median; with loading: ${((report.best.ms + report.best.loadMs) / (plain.best.ms + plain.best.loadMs)).toFixed(2)}× best`);
fs.rmSync(dir, { recursive: true, force: true });

// A province's many workbooks merged, against the same members in one workbook (bench/merge.js).
execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', path.join(__dirname, 'merge.js')], { stdio: 'inherit' });
