#!/usr/bin/env node
// npm run fuzz [-- --runs N] [-- --seed S [--path P]]: the core's fuzzing properties
// (test/fuzz/engine.ts) over many random cases; 10,000 with a fresh seed by default. Prints how
// many ran, the time per case, and on failure the seed and path that replay the shrunk case:
//   npm run fuzz -- --seed 1234 --path "52:0:1"      (or FUZZ_SEED=1234 npx jest test/fuzz)
// The TypeScript sources are compiled on the fly (scripts/ts-require.js), so the script needs no build step.
'use strict';
const path = require('path');
require('./ts-require');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const fc = require('fast-check');
const engine = require(path.join(__dirname, '../test/fuzz/engine.ts'));

const runs = Number(option('runs', process.env.FUZZ_RUNS || 10000));
const seed = Number(option('seed', process.env.FUZZ_SEED || (Date.now() ^ (process.pid << 16)) | 0));
const replayPath = option('path', undefined);
// Timings are looser here than in `npm test`: a long run shares the machine with other work.
const timeScale = Number(option('time-scale', 3));

let ran = 0;
let compared = 0;
let findings = 0;
let slowest = { ms: 0, size: 0 };
const t0 = Date.now();
const tty = process.stderr.isTTY;

const details = fc.check(
  fc.property(engine.fuzzCase, (c) => {
    const s = engine.checkCase(c, timeScale);
    ran++;
    compared += s.compared;
    findings += s.findings;
    if (s.ms > slowest.ms) slowest = { ms: s.ms, size: s.size };
    if (ran % 250 === 0) {
      const msg = `  ${ran}/${runs} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s`;
      if (tty) process.stderr.write('\r' + msg);
      else if (ran % 2000 === 0) process.stderr.write(msg + '\n');
    }
  }),
  { seed, numRuns: runs, path: replayPath, endOnFailure: false },
);
if (tty) process.stderr.write('\n');

const secs = (Date.now() - t0) / 1000;
console.log(`fuzz: ${details.numRuns} cases run (seed ${seed}) in ${secs.toFixed(1)} s, ${((secs * 1000) / Math.max(1, ran)).toFixed(1)} ms per case (shrinking included)`);
console.log(`      ${findings.toLocaleString('en')} findings checked, ${compared.toLocaleString('en')} untouched TCCS compared with the base workbook; slowest analyze ${Math.round(slowest.ms)} ms on ${Math.round(slowest.size)} cells`);
if (details.failed) {
  console.log(`FAILED after ${details.numRuns} cases, shrunk ${details.numShrinks} times.`);
  console.log(`  replay: npm run fuzz -- --seed ${details.seed} --path "${details.counterexamplePath}" --runs 1`);
  console.log(`  counterexample: ${fc.stringify(details.counterexample)}`);
  console.log(`  error: ${details.errorInstance && details.errorInstance.stack ? details.errorInstance.stack.split('\n').slice(0, 8).join('\n    ') : details.error}`);
  process.exit(1);
}
console.log('fuzz: no failure');
