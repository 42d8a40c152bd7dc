#!/usr/bin/env node
// The corpus of real writers (test/corpus/files, checked by test/corpus/corpus.test.ts): the
// bundled sample and a few fuzzed workbooks, each saved by LibreOffice (xlsx, ods, xls), Gnumeric
// (xlsx), openpyxl and XlsxWriter (shared and inline strings, the 1904 date system, dates and
// targets as formulas with cached results).
//
//   npm run corpus                 regenerate (needs soffice, ssconvert, python3-openpyxl, python3-xlsxwriter)
//   node scripts/corpus/build.js --check   exit 0 when the committed corpus was made from the current inputs
//
// The files are committed, so a clean clone (CI) tests them without installing LibreOffice and
// Gnumeric (several hundred MB): the committed files are the cache. The manifest records a hash
// of what they were made from (this script, the Python writers, the sample workbook, the fuzz
// seeds); when it no longer matches, `.ci/run` installs the tools and regenerates before testing.
// The writers' output is not byte-stable (timestamps), so staleness is judged by the inputs.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.join(__dirname, '../..');
const OUT = path.join(ROOT, 'test/corpus/files');
const MANIFEST = path.join(OUT, 'manifest.json');
const SAMPLE = path.join(ROOT, 'samples/MDrak-2017.xlsx');
const PY_WRITERS = path.join(__dirname, 'python-writers.py');
/** Debian's Python, where python3-openpyxl and python3-xlsxwriter install (a pyenv shim on PATH may hide it). */
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

/**
 * Fuzzed workbooks: small generated workbooks (test/fuzz/engine.ts) with mutations: odd headers,
 * moved and renamed sheets, text dates, stray values. Seeds fixed so the corpus is reproducible.
 */
const FUZZ_SEEDS = [11, 29, 47];
const FUZZ_MAX_ROWS = 300;

/**
 * What each source is saved as: output file ← the file it is converted from, by which program.
 * The sample (3,044 members) gets one file per writer and setting; the small fuzzed workbooks
 * get every combination (their .xls and formula .ods cost little).
 */
const SAMPLE_OUTPUTS = [
  ['libreoffice.xlsx', 'original.xlsx', 'soffice'],
  ['libreoffice.ods', 'original.xlsx', 'soffice'],
  ['libreoffice.xls', 'original.xlsx', 'soffice'],
  ['libreoffice-1904.xlsx', 'xlsxwriter-1904.xlsx', 'soffice'],
  ['libreoffice-formulas.xlsx', 'xlsxwriter-formulas.xlsx', 'soffice'],
  ['gnumeric.xlsx', 'original.xlsx', 'ssconvert'],
  ['gnumeric-formulas.xlsx', 'xlsxwriter-formulas.xlsx', 'ssconvert'],
];
const FUZZ_OUTPUTS = [
  ...SAMPLE_OUTPUTS,
  ['libreoffice-formulas.ods', 'xlsxwriter-formulas.xlsx', 'soffice'],
  ['libreoffice-formulas.xls', 'xlsxwriter-formulas.xlsx', 'soffice'],
];
/** Python's outputs that are not kept for the sample (the fuzzed workbooks cover them). */
const SAMPLE_DROPS = ['xlsxwriter-1904-formulas.xlsx'];

function inputsHash() {
  const h = crypto.createHash('sha256');
  for (const f of [__filename, PY_WRITERS, SAMPLE]) h.update(fs.readFileSync(f));
  h.update(JSON.stringify({ FUZZ_SEEDS, FUZZ_MAX_ROWS }));
  return h.digest('hex');
}

function committedHash() {
  try {
    return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')).inputs;
  } catch {
    return null;
  }
}

function run(cmd, args, options = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options }).toString();
}

function toolVersions() {
  const v = {};
  v.libreoffice = run('soffice', ['--version']).trim();
  v.gnumeric = run('ssconvert', ['--version']).trim().split('\n')[0];
  v.python = run(PYTHON, ['-c', 'import openpyxl, xlsxwriter; print("openpyxl", openpyxl.__version__, "xlsxwriter", xlsxwriter.__version__)']).trim();
  return v;
}

/**
 * A value as a spreadsheet file can hold it: the fuzzing engine also makes what no file stores
 * (NaN, an invalid Date, control characters that XML 1.0 forbids), which every writer refuses or
 * mangles differently. Those become empty cells, the forbidden characters are left out.
 */
function storable(v) {
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  if (v instanceof Date && Number.isNaN(v.getTime())) return null;
  // eslint-disable-next-line no-control-regex
  if (typeof v === 'string') return v.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return v;
}

/** Small workbooks from the fuzzing engine, written as .xlsx by the add-in's own writer. */
async function fuzzedOriginals() {
  require('../ts-require');
  const fc = require('fast-check');
  const engine = require(path.join(ROOT, 'test/fuzz/engine.ts'));
  const { gridsToBuffer } = require(path.join(ROOT, 'src/hosts/xlsx/write-grids.ts'));
  const out = [];
  for (const seed of FUZZ_SEEDS) {
    // A generated base (never the 3,044-member sample, which the corpus has already) with real dates.
    const arb = engine.fuzzCaseUpTo(FUZZ_MAX_ROWS).filter((c) => c.base.rows > 0);
    const [c] = fc.sample(arb, { seed, numRuns: 1 });
    c.base.dates = 'date';
    const grids = engine.runCase(c).grids.map((g) => ({ ...g, values: g.values.map((row) => (row ? row.map(storable) : row)) }));
    out.push({ name: `fuzz-${seed}`, bytes: await gridsToBuffer(grids), mutations: c.mutations.map((m) => m.kind) });
  }
  return out;
}

function convert(tool, from, to, work) {
  const ext = path.extname(to).slice(1);
  if (tool === 'soffice') {
    // LibreOffice names its output after the input: convert a copy named as the output wants.
    const dir = fs.mkdtempSync(path.join(work, 'lo-'));
    const named = path.join(dir, path.basename(to, path.extname(to)) + path.extname(from));
    fs.copyFileSync(from, named);
    const outDir = path.join(dir, 'out');
    run('soffice', [`-env:UserInstallation=file://${path.join(work, 'lo-profile')}`, '--headless', '--convert-to', ext, '--outdir', outDir, named]);
    fs.copyFileSync(path.join(outDir, path.basename(to)), to);
  } else {
    run('ssconvert', [from, to]);
  }
}

async function build() {
  for (const tool of ['soffice', 'ssconvert']) {
    try {
      run('which', [tool]);
    } catch {
      throw new Error(`${tool} not found: apt-get install libreoffice-calc-nogui gnumeric python3-openpyxl python3-xlsxwriter`);
    }
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dangvien-corpus-'));
  const sources = [{ name: 'sample', bytes: fs.readFileSync(SAMPLE), mutations: [] }, ...(await fuzzedOriginals())];
  fs.rmSync(OUT, { recursive: true, force: true });
  const manifest = { inputs: inputsHash(), tools: toolVersions(), sources: {} };
  for (const src of sources) {
    const dir = path.join(OUT, src.name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'original.xlsx'), src.bytes);
    run(PYTHON, [PY_WRITERS, path.join(dir, 'original.xlsx'), dir]);
    const outputs = src.name === 'sample' ? SAMPLE_OUTPUTS : FUZZ_OUTPUTS;
    for (const [to, from, tool] of outputs) {
      process.stderr.write(`  ${src.name}/${to} ← ${from} (${tool})\n`);
      convert(tool, path.join(dir, from), path.join(dir, to), work);
    }
    if (src.name === 'sample') for (const f of SAMPLE_DROPS) fs.rmSync(path.join(dir, f));
    const files = fs.readdirSync(dir).sort();
    manifest.sources[src.name] = {
      mutations: src.mutations,
      files: Object.fromEntries(files.map((f) => [f, fs.statSync(path.join(dir, f)).size])),
    };
  }
  fs.writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + '\n');
  fs.rmSync(work, { recursive: true, force: true });
  const total = Object.values(manifest.sources).reduce((n, s) => n + Object.values(s.files).reduce((a, b) => a + b, 0), 0);
  console.log(`corpus: ${Object.keys(manifest.sources).length} sources, ${(total / 1e6).toFixed(1)} MB in ${path.relative(ROOT, OUT)}`);
}

module.exports = { inputsHash, committedHash };

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const fresh = committedHash() === inputsHash();
    console.log(fresh ? 'corpus: up to date' : 'corpus: made from other inputs; regenerate with `npm run corpus`');
    process.exit(fresh ? 0 : 1);
  }
  build().catch((e) => {
    console.error(`corpus: ${e.message}`);
    process.exit(1);
  });
}
