/**
 * Workbooks built to hurt the core: shapes no random mutation reaches, each one a case that was
 * (or could be) super-linear. Each must be analysed, with findings inside their sheets, well
 * within a bound that a linear core meets many times over and a quadratic one misses by minutes.
 */
import { analyze } from '../../src/core/analyze';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { generateScaled } from '../../src/sample';
import { checkFigureSums, checkFindings, OPTIONS } from './engine';

const MEMBER_HEADER = ['Số lý lịch', 'Số thẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mã chi bộ', 'Ngày vào Đảng', 'Ngày chính thức', 'Ngày bồi dưỡng', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động'];
const UNIT_HEADER = ['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'];
const PLAN: SheetGrid = { name: 'ChiTieu', values: [['Mã', 'Năm', 'Chỉ tiêu kết nạp'], ['HU', 2017, 10]] };
const ROOT = ['HU', 'Đảng bộ huyện Mẫu', 'Đảng bộ huyện', null, null];

function withUnits(units: CellValue[][], members: CellValue[][] = []): SheetGrid[] {
  return [{ name: 'ToChuc', values: [UNIT_HEADER, ...units] }, { name: 'DangVien', values: [MEMBER_HEADER, ...members] }, PLAN];
}

/** A scaled workbook whose member rows are rewritten by `edit` (row index from 1). */
function members(rows: number, edit: (row: CellValue[], i: number) => void): SheetGrid[] {
  const grids = generateScaled(rows, 1);
  const dv = grids[1];
  dv.values = dv.values.map((r, i) => {
    if (i === 0) return r;
    const copy = [...r];
    edit(copy, i);
    return copy;
  });
  return grids;
}

const LETTERS = 'nguyenvanthanhbinhlongname';
/** The i-th of many spellings of one name that differ only in where `sep` falls. */
function spelled(i: number, sep: string): string {
  let s = '';
  for (let k = 0; k < LETTERS.length; k++) s += LETTERS[k] + (k < LETTERS.length - 1 && (i >> k) & 1 ? sep : '');
  return s;
}

const N = 10_000;

const cases: [string, () => SheetGrid[], number][] = [
  [
    `a chain of ${N} units, each under the one before (loop search, T07, the health-cell indicator)`,
    () => withUnits([ROOT, ['D0', 'D', 'Đảng bộ cơ sở', 'HU', 'Xã/Thị trấn'], ...Array.from({ length: N }, (_, i) => [`D${i + 1}`, `B${i}`, 'Đảng bộ bộ phận', `D${i}`, 'Xã/Thị trấn']), ['C', 'C', 'Chi bộ', `D${N}`, 'Y tế']]),
    3000,
  ],
  [`a loop of ${N} units (T05)`, () => withUnits([ROOT, ...Array.from({ length: N }, (_, i) => [`L${i}`, 'L', 'Chi bộ', `L${(i + 1) % N}`, null])]), 3000],
  [`${N} cells under one committee`, () => withUnits([ROOT, ['D0', 'D', 'Đảng bộ cơ sở', 'HU', 'Xã/Thị trấn'], ...Array.from({ length: N }, (_, i) => [`C${i}`, 'C', 'Chi bộ', 'D0', 'Thôn/Buôn'])]), 3000],
  [`${N} members with one name spaced ${N} ways and one birth date (M13)`, () => members(N, (r, i) => { r[2] = spelled(i, ' '); r[3] = 30_000; }), 4000],
  [`${N} members whose names differ by NUL characters (M13)`, () => members(N, (r, i) => { r[2] = spelled(i, '\u0000'); r[3] = 30_000; }), 4000],
  [`${N} card numbers in two cases, half and half (M15)`, () => members(N, (r, i) => { r[1] = i < N / 2 ? 'ABCD' : 'abcd'; }), 4000],
  [`${N} card numbers, each a different casing of one word (M15)`, () => members(N, (r, i) => { r[1] = [...'abcdefghijklmnopqrst'].map((c, k) => ((i >> k) & 1 ? c.toUpperCase() : c)).join(''); }), 4000],
  [`${N} members with one id (M01)`, () => members(N, (r) => { r[0] = 'X1'; }), 4000],
  ['30 ethnicities of 100,000 characters each (the "did you mean" search)', () => members(1000, (r, i) => { if (i <= 30) r[5] = 'x'.repeat(100_000) + i; }), 3000],
  ['every text cell of 10 rows 30,000 characters of combining marks', () => members(1000, (r, i) => { if (i <= 10) for (let c = 0; c < 14; c++) r[c] = 'ệ\u0301\u0323'.repeat(10_000) + c; }), 3000],
  ['16,384 columns in the header row (S04)', () => { const g = generateScaled(200, 1); g[1].values[0] = [...g[1].values[0], ...Array.from({ length: 16_384 - 14 }, (_, c) => `Cột ${c}`)]; return g; }, 3000],
  ['a used range of 1,048,576 rows, almost all empty', () => { const g = generateScaled(200, 1); const v = g[1].values; delete g[1].numberFormats; const last = v[5]; while (v.length < 1_048_575) v.push([]); v.push(last); return g; }, 3000],
  [`every member cell an Excel error, 5,000 rows (S05)`, () => members(5000, (r) => r.fill('#N/A')), 6000],
];

/** Milliseconds the core takes, at this moment, on an ordinary workbook of N members: the yardstick. */
function ordinaryMs(): number {
  const grids = generateScaled(N, 1);
  const t0 = performance.now();
  analyze(grids, OPTIONS);
  return performance.now() - t0;
}

describe('hostile workbooks for the core', () => {
  it.each(cases)('%s', (_name, build, boundMs) => {
    const grids = build();
    // Measured beside an ordinary workbook of the same size, so a busy machine slows both alike:
    // a super-linear path on 10,000 rows costs hundreds of times the ordinary run, a linear one a few.
    const yardstick = ordinaryMs();
    const t0 = performance.now();
    const a = analyze(grids, OPTIONS);
    const ms = performance.now() - t0;
    checkFindings(grids, a);
    checkFigureSums(a);
    expect(ms).toBeLessThan(Math.max(boundMs * 2, 40 * yardstick));
  }, 120_000);
});
