/** The template: the empty standard sheets with headers, lists and an example row, never over a sheet that exists. */
import { analyze } from '../../../src/core/analyze';
import { SHEETS } from '../../../src/core/schema';
import { createFakeExcel } from '../../fake-excel';
import { ExcelHost } from '../../../src/hosts/excel';

test('an empty workbook gets ToChuc, DangVien, ChiTieu and LopBoiDuong with canonical headers, lists and one example row', async () => {
  const fake = createFakeExcel();
  fake.state.addSheet('Sheet1');
  const host = new ExcelHost(fake.hostOptions());
  expect(await host.insertTemplate()).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
  for (const def of SHEETS) {
    const s = fake.sheet(def.name);
    expect(def.columns.map((c, i) => s.cell(0, i).value)).toEqual(def.columns.map((c) => c.name));
    expect(s.usedBounds(true)).toEqual({ r0: 0, c0: 0, r1: 1, c1: def.columns.length - 1 });
    expect(s.freezeRows).toBe(1);
    expect(fake.state.tables.some((t) => t.sheetId === s.id && t.bounds.r1 === 1)).toBe(true);
  }
  const members = fake.sheet('DangVien');
  // Ids stay text, dates are dates.
  expect(members.cell(1, 0)).toMatchObject({ value: '012345DL', numberFormat: '@' });
  expect(members.cell(1, 3).numberFormat).toBe('dd/mm/yyyy');
  const lists = Object.fromEntries(members.validations.map((v) => [v.address, (v.props.rule as { list: { source: string } }).list.source]));
  expect(lists.E2).toBe('Nam,Nữ');
  expect(lists.F2).toMatch(/^=DanhMuc!([A-Z])1:\1\d+$/);
  expect(lists.M2).toContain('Đang sinh hoạt');
  expect(fake.sheet('DanhMuc').visibility).toBe('Hidden');
  expect(fake.sheet('DanhMuc').customProperties.get('dangvien')).toContain('lists');
  // Loại tổ chức, Loại hình and the optional Vùng khó khăn (Có/Không) have lists.
  expect(fake.sheet('ToChuc').validations.map((v) => v.address)).toEqual(['C2', 'E2', 'F2']);
  expect(fake.sheet('ToChuc').cell(0, 5).value).toBe('Vùng khó khăn');
  // What the template holds reads back as a workbook the check understands.
  const a = analyze(await host.readGrids(), { today: '2030-01-01' });
  expect(a.parsed.units?.records).toHaveLength(1);
  expect(a.parsed.members?.records).toHaveLength(1);
});

test('a sheet the workbook already has, by name or alias, is never touched', async () => {
  const fake = createFakeExcel({ apiVersion: '1.7' });
  const mine = fake.state.addSheet('Đảng viên');
  mine.put(0, 0, 'Danh sách của tôi');
  const before = fake.snapshot('Đảng viên');
  const host = new ExcelHost(fake.hostOptions());
  expect(await host.insertTemplate()).toEqual(['ToChuc', 'ChiTieu', 'LopBoiDuong']);
  expect(fake.snapshot('Đảng viên')).toBe(before);
  // No lists below ExcelApi 1.8, and nothing else fails.
  expect(fake.sheet('ToChuc').validations).toEqual([]);
  expect(await host.insertTemplate()).toEqual([]);
});

test('in a workbook counting dates from 1904, the example dates are the same days as in any other', async () => {
  const days = async (date1904: boolean) => {
    const fake = createFakeExcel();
    fake.state.addSheet('Sheet1');
    fake.state.date1904 = date1904;
    const host = new ExcelHost(fake.hostOptions());
    await host.insertTemplate();
    // Read back as the add-in reads any workbook: the date system found from the dates' text.
    const m = analyze(await host.readGrids(), { today: '2030-01-01' }).parsed.members!.records[0];
    return { birth: m.birth, admitted: m.admitted };
  };
  const in1900 = await days(false);
  const in1904 = await days(true);
  expect(in1900.birth).not.toBeNull();
  expect(in1900.admitted).not.toBeNull();
  expect(in1904).toEqual(in1900);
});
