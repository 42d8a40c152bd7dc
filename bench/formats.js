// Reading the same workbook saved as .xlsx (the baseline), .ods and .xls: medians of interleaved
// runs, each in a fresh Node process, with peak memory. The .ods/.xls copies are made by
// LibreOffice (Debian's libreoffice-calc-nogui) when present:
//   npm run build:cli && node bench/formats.js [MEMBERS]        (20,000 unless told; .xls holds 65,536 rows at most)
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.argv[2] === '--read') {
  // One read, in this process: { ms, rows, peakRssMB }.
  const { readSpreadsheet } = require('../dist/hosts/read-file.js');
  const file = process.argv[3];
  const bytes = fs.readFileSync(file);
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = process.hrtime.bigint();
  readSpreadsheet({ name: file, bytes }).then((grids) => {
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const rows = grids.reduce((n, g) => n + g.values.filter(Boolean).length, 0);
    process.stdout.write(JSON.stringify({ ms: Math.round(ms), rows, peakRssMB: Math.round(peak / 2 ** 20) }));
  });
  return;
}

const members = Number(process.argv[2] || 20000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangvien-formats-'));
const xlsx = path.join(dir, 'members.xlsx');
execFileSync(process.execPath, [path.join(__dirname, 'write-xlsx.js'), xlsx, String(members)]);
const files = { xlsx };
try {
  for (const ext of ['ods', 'xls']) {
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo`, '--headless', '--convert-to', ext, '--outdir', dir, xlsx], { stdio: 'ignore' });
    files[ext] = path.join(dir, `members.${ext}`);
  }
} catch {
  console.log('LibreOffice (soffice) is not installed: only the .xlsx is read.');
}
const RUNS = Number(process.env.BENCH_RUNS || 5);
const runs = Object.fromEntries(Object.keys(files).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [ext, file] of Object.entries(files)) {
    runs[ext].push(JSON.parse(execFileSync(process.execPath, [__filename, '--read', file], { encoding: 'utf8' })));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const base = median(runs.xlsx.map((r) => r.ms));
console.log(`Reading ${members.toLocaleString('en')} members, ${RUNS} interleaved runs (medians):`);
for (const [ext, rs] of Object.entries(runs)) {
  const ms = median(rs.map((r) => r.ms));
  const size = (fs.statSync(files[ext]).size / 2 ** 20).toFixed(1);
  console.log(`  .${ext.padEnd(4)} ${size.padStart(6)} MB: ${String(ms).padStart(6)} ms, ${(ms / base).toFixed(2)}× the .xlsx read, peak RSS ${Math.max(...rs.map((r) => r.peakRssMB))} MB, ${rs[0].rows} rows`);
}
fs.rmSync(dir, { recursive: true, force: true });
