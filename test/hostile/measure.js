#!/usr/bin/env node
// node test/hostile/measure.js [--big] — time and peak memory of `dangvien check` on each hostile
// file of test/hostile/files.ts, each in a fresh process (the compiled CLI: `npm run build:cli`
// first). --big adds the largest real membership workbook (1,048,575 members, written once with
// bench/write-xlsx.js into the temp folder: a few minutes).
// Prints one line per file: size on disk, exit code, wall time (node's start included, about
// 0.3 s), peak RSS, and the CLI's line.
'use strict';
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

require.extensions['.ts'] = (module, filename) => {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};

const root = path.join(__dirname, '../..');
const cli = path.join(root, 'dist/cli/main.js');
if (!fs.existsSync(cli)) {
  console.error('measure: dist/cli/main.js is missing: run `npm run build:cli` first');
  process.exit(2);
}
const F = require('./files.ts');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dangvien-measure-'));

// A child that runs the CLI as bin/dangvien.js does and reports its exit code, peak RSS and
// stderr on fd 3 when it exits by itself (a stream left open would show as a long wall time).
const RUNNER = `
const lines = [];
let code = 'none';
require(${JSON.stringify(cli)}).main(process.argv.slice(1), { out: () => {}, err: (s) => lines.push(s) }).then((c) => { code = c; });
process.on('exit', () => {
  require('fs').writeSync(3, JSON.stringify({ code, rssMB: process.resourceUsage().maxRSS / 1024, line: lines.join(' | ') }));
});`;

function measure(name, file) {
  const size = fs.statSync(file).size;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['-e', RUNNER, 'check', file, '--json', '--today', '2026-11-25'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    timeout: 15 * 60_000,
    maxBuffer: 1 << 24,
  });
  const wall = Date.now() - t0;
  let res;
  try {
    res = JSON.parse(String(r.output[3]));
  } catch {
    res = { code: r.status === null ? `killed (${r.signal})` : `crashed (${r.status})`, rssMB: NaN, line: String(r.stderr).split('\n').filter(Boolean).slice(-1)[0] || '' };
  }
  res.ms = wall;
  const mb = (n) => (n / 2 ** 20).toFixed(n < 2 ** 20 ? 2 : 1);
  console.log(
    `${name.padEnd(58)} ${mb(size).padStart(7)} MB  exit ${String(res.code).padEnd(2)} ${String(Math.round(res.ms)).padStart(7)} ms  ${String(Math.round(res.rssMB)).padStart(5)} MB RSS  ${res.line.slice(0, 110)}`,
  );
}

const cases = [
  ['a valid one-sheet workbook (baseline)', () => F.oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>')],
  ['zip bomb: 2 GB of rows, sizes honest', () => F.bombHonest(2)],
  ['zip bomb: 500 MB of rows at 968:1', () => F.bombRatio(500)],
  ['zip bomb: 2 GB declared as 200 KB', () => F.bombLying(2)],
  ['zip bomb: 2 GB declared as 200 KB, data descriptor', () => F.bombLying(2, true)],
  ['zip bomb: 2 GB in a part hidden from the directory', () => F.bombHidden(2)],
  ['zip bomb: one part listed 1,000 times', () => F.bombOverlap(1000)],
  ['local header disagreeing with the directory', () => F.bombLocalMismatch()],
  ['sheet of 1,048,576 × 16,384 cells (stops past 20 M)', () => F.allCells()],
  ['100,000 rows with a cell in column XFD', () => F.farRightCells(100_000)],
  ['6 million shared strings', () => F.hugeSharedStrings()],
  ['118 MB styles.xml', () => F.hugeStyles()],
  ['10,005 parts', () => F.tooManyParts(10_001)],
  ['malformed sheet XML', () => F.malformedSheet()],
  ['malformed workbook.xml', () => F.malformedWorkbook()],
  ['billion laughs', () => F.billionLaughs()],
  ['external entity (file:///etc/passwd)', () => F.externalEntity('/etc/passwd')],
  ['truncated file', () => F.truncated(F.oneSheet('<row r="1"><c r="A1"><v>1</v></c></row>'))],
  ['flipped byte in a deflate stream', () => F.corruptedDeflate()],
  ['encrypted part', () => F.encryptedPart()],
  ['random bytes (not a zip)', () => F.NOT_ZIP['random bytes']()],
  ['read: 200 sheets whose only row is 1,048,576', () => F.lastRowSheets(200)],
  ['read: a sheet of 1,048,576 rows of one cell', () => F.millionRows()],
];

console.log(`dangvien check on hostile files (node ${process.version}, ${os.cpus().length} CPUs): size on disk, exit code, time, peak RSS, message\n`);
for (const [name, build] of cases) {
  const file = path.join(dir, name.replace(/\W+/g, '-').slice(0, 60) + '.xlsx');
  fs.writeFileSync(file, build());
  measure(name, file);
  fs.rmSync(file);
}

if (process.argv.includes('--big')) {
  const big = path.join(os.tmpdir(), 'dangvien-measure-1048575.xlsx');
  if (!fs.existsSync(big)) {
    console.log('\nwriting the 1,048,575-member workbook (bench/write-xlsx.js)…');
    execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(root, 'bench/write-xlsx.js'), big, '1048575'], { stdio: 'inherit' });
  }
  measure('read: 1,048,575 members × 14 columns (the largest real)', big);
}
fs.rmSync(dir, { recursive: true, force: true });
