/** A large district end to end: read, analyze, insert, every sync under 5 MB (the pivot source alone is ~3 MB). */
import { analyze } from '../../../src/core/analyze';
import { generateScaled } from '../../../src/sample';
import { fakeWith, hostOf } from './helpers';

const MEMBERS = 30_000;

test(`${MEMBERS} members: read and insert stay under the payload limit, in few syncs`, async () => {
  const grids = generateScaled(MEMBERS);
  const fake = fakeWith(grids);
  const host = hostOf(fake);
  const rows = grids.reduce((a, g) => a + g.values.length, 0);
  const read = await host.readGrids();
  const readSyncs = fake.stats.syncs;
  expect(readSyncs).toBeLessThanOrEqual(2 + rows / 5_000);
  const a = analyze(read, { pivotSource: true, today: '2030-01-01' });
  fake.session.resetStats();
  const result = await host.insertLayouts(a.layouts);
  expect(result.sheets.length).toBe(a.layouts.length);
  expect(fake.stats.rejected).toBe(0);
  expect(Math.max(...fake.stats.requests)).toBeLessThanOrEqual(5_000_000);
  expect(fake.sheet(result.sheets[3]).usedBounds(true)?.r1).toBe(a.layouts[3].rows.length - 1);
  console.log(
    `${MEMBERS} members: read ${rows} rows in ${readSyncs} syncs; insert in ${fake.stats.syncs} syncs, requests ${fake.stats.requests.join(', ')} B`,
  );
}, 30_000);
