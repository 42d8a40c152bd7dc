// Part of `npm run bench`: a province's 100 commune workbooks holding ~100,000 members, merged and
// reported (checked, figures added up province → commune → TCCS, summary and export layouts),
// against the same members in ONE province workbook (codes made unique, communes as its groups).
// Target: the merge within 1.5× the single workbook. Runs interleaved (the machine's load drifts);
// medians printed. In memory: reading the files costs the same per row either way.
'use strict';
const path = require('path');
const dist = path.join(__dirname, '..', 'dist');
const { generateProvince } = require(path.join(dist, 'sample'));
const { runWorkbook } = require(path.join(dist, 'pipeline', 'run'));
const { runWorkbooks } = require(path.join(dist, 'pipeline', 'run-many'));

const COMMUNES = Number(process.env.BENCH_COMMUNES || 100);
const RUNS = Number(process.env.BENCH_MERGE_RUNS || 5);
const TODAY = '2026-12-01';

const specs = Array.from({ length: COMMUNES }, (_, i) => ({
  code: `X${String(i + 1).padStart(3, '0')}`,
  level: i % 10 === 9 ? 'phường' : 'xã',
  place: `Mẫu ${i + 1}`,
  villages: 42,
  people: ['kinh', 'ede', 'migrant'][i % 3],
}));
const files = generateProvince(specs);

/** The header row of a sheet (title rows above it), and its data rows. */
function split(grid, first) {
  const h = grid.values.findIndex((r) => r[0] === first);
  return { header: grid.values[h], rows: grid.values.slice(h + 1) };
}

/** The same units, members and targets as one province workbook: each code prefixed with its commune's. */
function oneWorkbook() {
  const plan = files[0].grids;
  const units = split(plan.find((g) => g.name === 'ToChuc'), 'Mã');
  const targets = split(plan.find((g) => g.name === 'ChiTieu'), 'Mã');
  const members = { header: null, rows: [] };
  const classes = { header: null, rows: [] };
  for (const f of files.slice(1)) {
    const g = (n) => f.grids.find((x) => x.name === n);
    const u = split(g('ToChuc'), 'Mã');
    const root = u.rows[0][0];
    const key = (c) => `${root}-${c}`;
    for (const r of u.rows.slice(1)) units.rows.push([key(r[0]), r[1], r[2], r[3] === root ? root : key(r[3]), r[4]]);
    for (const r of split(g('ChiTieu'), 'Mã').rows) if (r[0] !== root) targets.rows.push([key(r[0]), r[1], r[2]]);
    const m = split(g('DangVien'), 'Số lý lịch');
    members.header = m.header;
    const cell = m.header.indexOf('Mã chi bộ');
    for (const r of m.rows) {
      const row = [...r];
      row[cell] = key(r[cell]);
      members.rows.push(row);
    }
    const c = split(g('LopBoiDuong'), 'Tên lớp');
    classes.header = c.header;
    classes.rows.push(...c.rows);
  }
  return [
    { name: 'ToChuc', values: [units.header, ...units.rows] },
    { name: 'DangVien', values: [members.header, ...members.rows] },
    { name: 'ChiTieu', values: [targets.header, ...targets.rows] },
    { name: 'LopBoiDuong', values: [classes.header, ...classes.rows] },
  ];
}

const single = oneWorkbook();
const memberRows = single[1].values.length - 1;
const req = { lang: 'vi', today: TODAY, layouts: true };
const time = (f) => {
  if (global.gc) global.gc();
  const t = process.hrtime.bigint();
  const r = f();
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, r };
};

console.log(`\nA province: ${COMMUNES} commune workbooks + the plan, ${memberRows.toLocaleString('en')} member rows — target: merged within 1.5× one workbook`);
const runs = { one: [], many: [] };
let check;
for (let i = 0; i < RUNS; i++) {
  const one = time(() => runWorkbook(single, req));
  const many = time(() => runWorkbooks(files, req));
  runs.one.push(one.ms);
  runs.many.push(many.ms);
  check = { one: one.r.figures, many: many.r.figures, errors: [one.r.counts.error, many.r.counts.error] };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const same = check.one.district.admitted === check.many.district.admitted && check.one.district.members === check.many.district.members;
console.log(`  one workbook (${single.length} sheets):  median ${median(runs.one).toFixed(0)} ms of ${RUNS} (${runs.one.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  ${files.length} workbooks merged:     median ${median(runs.many).toFixed(0)} ms of ${RUNS} (${runs.many.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  ratio: ${(median(runs.many) / median(runs.one)).toFixed(2)}× (medians); same figures: ${same ? 'yes' : 'NO'} (admitted ${check.many.district.admitted}, members ${check.many.district.members}); errors ${check.errors.join(' / ')}`);
