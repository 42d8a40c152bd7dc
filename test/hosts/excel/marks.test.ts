/** Mark findings and Clear marks: the only writes to the user's data sheets, undone exactly. */
import { parseA1 } from '../../../src/core/grid';
import type { SheetGrid } from '../../../src/core/grid';
import { analyzeGrids, fakeWith, hostOf, miniDistrict } from './helpers';
import { shown } from '../../core/fixture';

const DATA = ['ToChuc', 'DangVien', 'ChiTieu'];

/** A small district with mistakes: a gender outside its list, an impossible date, a twice-used id. */
function withMistakes(): SheetGrid[] {
  const grids = miniDistrict(6);
  const members = grids[1].values;
  members[2][4] = 'Nx';
  members[3][8] = '31/02/2017';
  members[5][0] = members[4][0];
  members[6][4] = 'Nữ?';
  return grids;
}

async function setup(apiVersion: string) {
  const fake = fakeWith(withMistakes(), { apiVersion });
  const host = hostOf(fake);
  const a = analyzeGrids(await host.readGrids());
  const located = a.findings.filter((f) => f.cell && DATA.includes(f.sheet));
  expect(located.length).toBeGreaterThanOrEqual(4);
  // The user's own fill and note on cells that get marks.
  const first = parseA1(located[0].cell)!;
  fake.sheet(located[0].sheet).extra(first.row, first.col, true).format = { fill: { color: '#FFFF00', pattern: 'Solid' } };
  const second = located.find((f) => f.cell !== located[0].cell)!;
  fake.sheet(second.sheet).notes.set(second.cell, 'ghi chú của tôi');
  fake.state.comments.push({ id: '{user-comment}', sheetId: fake.sheet(second.sheet).id, cell: second.cell, content: 'bình luận của tôi' });
  const before = Object.fromEntries(DATA.map((n) => [n, fake.snapshot(n)]));
  return { fake, host, a, located, first: located[0], second, before };
}

test.each(['1.18', '1.10', '1.9', '1.7'])('Mark then Clear restores the fills and notes exactly (ExcelApi %s)', async (apiVersion) => {
  const { fake, host, a, located, first, second, before } = await setup(apiVersion);
  const cells = new Set(located.map((f) => `${f.sheet}!${f.cell}`));
  fake.session.resetStats();
  const marked = await host.markFindings(shown(a.findings));
  expect(marked).toBe(cells.size);
  expect(fake.stats.syncs).toBe(3);
  const f1 = parseA1(first.cell)!;
  expect(fake.sheet(first.sheet).cell(f1.row, f1.col).format?.fill?.color).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
  const allNotes = DATA.flatMap((n) => [...fake.sheet(n).notes.values()]);
  if (apiVersion === '1.18') {
    expect(allNotes.filter((n) => n.startsWith('[dangvien]')).length).toBe(cells.size - 1);
    expect(fake.sheet(second.sheet).notes.get(second.cell)).toBe('ghi chú của tôi');
  } else {
    expect(allNotes).toEqual(['ghi chú của tôi']);
  }
  // A cell with the user's comment gets no second one.
  if (apiVersion === '1.10') expect(fake.state.comments.length).toBe(cells.size);
  // Marking again adds nothing.
  expect(await host.markFindings(shown(a.findings))).toBe(0);

  fake.session.resetStats();
  expect(await host.clearMarks()).toBe(cells.size);
  expect(fake.stats.syncs).toBe(3);
  expect(Object.fromEntries(DATA.map((n) => [n, fake.snapshot(n)]))).toEqual(before);
  expect(fake.settings.get('dangvien.marks')).toBeNull();
  expect(await host.clearMarks()).toBe(0);
});

test('Clear leaves a fill or note the user changed after marking', async () => {
  const { fake, host, a, located } = await setup('1.18');
  await host.markFindings(shown(a.findings));
  const mark = located.find((f) => f.sheet === 'DangVien' && !fake.sheet('DangVien').notes.get(f.cell)?.startsWith('ghi'))!;
  const p = parseA1(mark.cell)!;
  fake.sheet('DangVien').extra(p.row, p.col, true).format!.fill = { color: '#00B050', pattern: 'Solid' };
  fake.sheet('DangVien').notes.set(mark.cell, 'tôi đã sửa ghi chú');
  await host.clearMarks();
  expect(fake.sheet('DangVien').cell(p.row, p.col).format?.fill?.color).toBe('#00B050');
  expect(fake.sheet('DangVien').notes.get(mark.cell)).toBe('tôi đã sửa ghi chú');
});

test('marks survive a reload of the task pane (kept in the document settings)', async () => {
  const { fake, host, a, before } = await setup('1.18');
  await host.markFindings(shown(a.findings));
  const reloaded = hostOf(fake);
  await reloaded.clearMarks();
  expect(Object.fromEntries(DATA.map((n) => [n, fake.snapshot(n)]))).toEqual(before);
  expect(host).not.toBe(reloaded);
});
