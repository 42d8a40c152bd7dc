/** Reading the open workbook: the same grids as the file path, in few syncs, under the payload limit. */
import { createFakeExcel } from '../../fake-excel';
import { ExcelHost } from '../../../src/hosts/excel';
import { analyzeGrids, comparable, fakeWith, hostOf, sample } from './helpers';

const LIMIT = 5_000_000;

test('the sample read from Excel gives the same findings and figures as analyze on the sample itself', async () => {
  const fake = fakeWith(sample());
  const host = hostOf(fake);
  const grids = await host.readGrids();
  const viaExcel = analyzeGrids(grids);
  const direct = analyzeGrids(sample());
  expect(viaExcel.figures?.district).toMatchObject({ admitted: 167, target: 150, members: 3044 });
  expect(comparable(viaExcel)).toEqual(comparable(direct));
  const rows = sample().reduce((a, g) => a + g.values.length, 0);
  // Names, used ranges, the blocks, and one to ask a few date cells their text (the date system).
  expect(fake.stats.syncs).toBeLessThanOrEqual(3 + Math.ceil(rows / 5_000));
  expect(host.lastStats.syncs).toBe(fake.stats.syncs);
});

test('only the standard sheets are read, in workbook order', async () => {
  const fake = fakeWith([{ name: 'Ghi chú', values: [['x']] }, ...sample()]);
  const grids = await hostOf(fake).readGrids();
  expect(grids.map((g) => g.name)).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
});

/** A member sheet of `rows` rows, written straight into the fake's state. */
function bigMemberSheet(rows: number) {
  const fake = createFakeExcel();
  const s = fake.state.addSheet('DangVien');
  const header = ['Số lý lịch', 'Số thẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mã chi bộ', 'Ngày vào Đảng', 'Ngày chính thức', 'Ngày bồi dưỡng', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động'];
  header.forEach((h, c) => s.put(0, c, h));
  for (let r = 1; r <= rows; r++) {
    const row = [`DL${String(r).padStart(6, '0')}`, String(36_000_000 + r), `Nguyễn Thị Hồng Nhung ${r}`, 25_000 + (r % 9_000), r % 2 ? 'Nam' : 'Nữ', 'Ê Đê', 'Không', `X${r % 40}-0${r % 9}`, 38_000 + (r % 4_000), 38_400 + (r % 4_000), null, 'Có', 'Đang sinh hoạt', null];
    row.forEach((v, c) => s.put(r, c, v, c === 3 || c === 8 || c === 9 ? 'dd/mm/yyyy' : undefined));
  }
  return fake;
}

test('100,000 rows read in at most 3 + rows/5,000 syncs, no request or response over 5 MB', async () => {
  const rows = 100_000;
  const fake = bigMemberSheet(rows);
  const progress: number[] = [];
  const grids = await new ExcelHost(fake.hostOptions()).readGrids((p) => progress.push(p.done));
  const g = grids[0];
  expect(g.values.length).toBe(rows + 1);
  expect(g.values[rows][0]).toBe(`DL${String(rows).padStart(6, '0')}`);
  expect(g.values[rows][3]).toBe(25_000 + (rows % 9_000));
  expect(g.numberFormats?.[rows][3]).toBe('dd/mm/yyyy');
  expect(g.values[5][10]).toBeNull();
  expect(fake.stats.syncs).toBeLessThanOrEqual(3 + rows / 5_000);
  expect(Math.max(...fake.stats.requests, ...fake.stats.responses)).toBeLessThanOrEqual(LIMIT);
  expect(fake.stats.rejected).toBe(0);
  expect(progress[progress.length - 1]).toBe(rows + 1);
  console.log(`100k rows × 14 columns: ${fake.stats.syncs} syncs, largest response ${Math.max(...fake.stats.responses)} bytes`);
});

test('a sheet of 1,048,576 rows (Excel’s limit) reads without failing', async () => {
  const fake = createFakeExcel();
  const s = fake.state.addSheet('ChiTieu');
  [['Mã', 'Năm', 'Chỉ tiêu kết nạp'], ['HU', 2017, 150], ['X01', 2017, 11]].forEach((row, r) => row.forEach((v, c) => s.put(r, c, v)));
  s.put(1_048_575, 2, 'ghi chú ở hàng cuối');
  const t = Date.now();
  const [g] = await new ExcelHost(fake.hostOptions()).readGrids();
  expect(g.values.length).toBe(1_048_576);
  expect(g.values[1]).toEqual(['HU', 2017, 150]);
  expect(g.values[1_048_575]).toEqual([null, null, 'ghi chú ở hàng cuối']);
  expect(g.values[500_000]).toBeUndefined();
  expect(fake.stats.syncs).toBeLessThanOrEqual(2 + 1_048_576 / 5_000);
  expect(Math.max(...fake.stats.responses)).toBeLessThanOrEqual(LIMIT);
  console.log(`1,048,576 rows × 3 columns: ${fake.stats.syncs} syncs in ${Date.now() - t} ms`);
});

test.each(['error', 'null'] as const)('a block over the limit (%s) is halved and read again', async (mode) => {
  // A workbook whose rows grow fat after the first block: the host's estimate is wrong, Excel refuses.
  const fake = createFakeExcel({ payloadLimit: 300_000, overLimitRead: mode });
  const s = fake.state.addSheet('ChiTieu');
  ['Mã', 'Năm', 'Chỉ tiêu kết nạp'].forEach((h, c) => s.put(0, c, h));
  for (let r = 1; r <= 12_000; r++) {
    s.put(r, 0, r < 6_000 ? `X${r}` : `X${r} ${'ghi chú dài '.repeat(20)}`);
    s.put(r, 1, 2017);
    s.put(r, 2, r % 50);
  }
  const host = new ExcelHost({ ...fake.hostOptions(), budget: 240_000 });
  const [g] = await host.readGrids();
  expect(g.values.length).toBe(12_001);
  expect(g.values[11_999]?.[0]).toBe(`X11999 ${'ghi chú dài '.repeat(20)}`);
  expect(g.values.filter(Boolean).length).toBe(12_001);
  expect(host.lastStats.retries).toBeGreaterThan(0);
  expect(fake.stats.rejected).toBeGreaterThan(0);
});

test('reading stops when cancelled', async () => {
  const fake = bigMemberSheet(30_000);
  const ctrl = new AbortController();
  const read = new ExcelHost(fake.hostOptions()).readGrids(() => ctrl.abort(), ctrl.signal);
  await expect(read).rejects.toMatchObject({ name: 'AbortError' });
});
