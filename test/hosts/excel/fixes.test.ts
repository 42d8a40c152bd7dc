/** Applying confirmed fixes as text, and undoing them back to the cells as they were. */
import { fakeWith, hostOf, miniDistrict } from './helpers';

test('fixes are written as text, and Undo puts every cell back as it was', async () => {
  const fake = fakeWith(miniDistrict(3));
  const members = fake.sheet('DangVien');
  // A formula, a number and a date among the cells to fix.
  members.write(2, 13, '=D3+1');
  const before = fake.snapshot('DangVien');
  const host = hostOf(fake);
  const undo = await host.applyFixes([
    { sheet: 'DangVien', cell: 'E3', value: 'Nữ' },
    { sheet: 'DangVien', cell: 'A4', value: '000123' },
    { sheet: 'DangVien', cell: 'C5', value: '=HYPERLINK("x")' },
    { sheet: 'DangVien', cell: 'D5', value: '05/09/1985' },
    { sheet: 'DangVien', cell: 'N3', value: '-' },
    { sheet: 'DangVien', cell: '$F$6', value: 'Ê Đê' },
  ]);
  expect(members.cell(2, 4).value).toBe('Nữ');
  expect(members.cell(3, 0).value).toBe('000123');
  expect(members.cell(4, 2)).toMatchObject({ value: '=HYPERLINK("x")', quotePrefix: true });
  expect(members.cell(4, 2).formula).toBeUndefined();
  expect(members.cell(4, 3).value).toBe('05/09/1985');
  expect(members.cell(2, 13)).toMatchObject({ value: '-' });
  expect(members.cell(2, 13).formula).toBeUndefined();
  expect(members.cell(5, 5).value).toBe('Ê Đê');
  expect(undo.cells).toHaveLength(6);
  expect(undo.cells[4].previous).toMatchObject({ formula: '=D3+1' });

  await host.undoFixes(undo);
  expect(members.cell(2, 13).formula).toBe('=D3+1');
  // The fake does not calculate: a restored formula's value is Excel's to recompute.
  members.rows[2]!.v[13] = 0;
  expect(JSON.parse(fake.snapshot('DangVien'))).toEqual(JSON.parse(before));
});

test('a fix on a sheet that is gone fails with one clear line, changing nothing', async () => {
  const fake = fakeWith(miniDistrict(2));
  const before = fake.snapshot('DangVien');
  await expect(hostOf(fake).applyFixes([{ sheet: 'DangVien', cell: 'E3', value: 'Nam' }, { sheet: 'Cũ', cell: 'A1', value: 'x' }])).rejects.toThrow(
    /Sheet "Cũ" not found/,
  );
  expect(fake.snapshot('DangVien')).toBe(before);
});
