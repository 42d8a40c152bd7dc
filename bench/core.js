// One measurement in its own process, so peak memory is this size's alone: node bench/core.js ROWS
'use strict';
const { generateScaled } = require('../dist/sample');
const { analyze } = require('../dist/core/analyze');

const rows = Number(process.argv[2]);
const grids = generateScaled(rows, 1);
if (global.gc) global.gc();
const before = process.memoryUsage().rss;
const t0 = process.hrtime.bigint();
const a = analyze(grids, { today: '2026-11-25' });
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const members = grids.find((g) => g.name === 'DangVien').values.length;
process.stdout.write(JSON.stringify({
  rows: members,
  ms: Math.round(ms),
  rowsPerSecond: Math.round(members / (ms / 1000)),
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  rssBeforeMB: Math.round(before / 2 ** 20),
  findings: a.findings.length,
  errors: a.counts.error,
  admitted: a.figures && a.figures.district.admitted,
}) + '\n');
