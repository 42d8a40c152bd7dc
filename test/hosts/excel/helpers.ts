/** Shared fixtures for the Excel host tests: the bundled sample, a small synthetic district, a fake with either. */
import { analyze, type Analysis } from '../../../src/core/analyze';
import type { CellValue, SheetGrid } from '../../../src/core/grid';
import { createFakeExcel, type FakeExcel, type FakeOptions } from '../../fake-excel';
import { ExcelHost, type ExcelHostOptions } from '../../../src/hosts/excel';
import { generateSample } from '../../../src/sample';

export const TODAY = '2018-01-09';

let sampleCache: SheetGrid[] | null = null;
/** The bundled M'Đrắk 2017 workbook (generated once per test file). */
export function sample(): SheetGrid[] {
  return (sampleCache ??= generateSample());
}

export function analyzeGrids(grids: SheetGrid[], pivotSource = true): Analysis {
  return analyze(grids, { year: 2017, today: TODAY, pivotSource });
}

const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

/**
 * A small district: `tccs` grassroots organisations (every third a committee with two cells),
 * a few members each, targets for 2017. `name` is used for every member and unit name when given.
 */
export function miniDistrict(tccs: number, opts: { memberName?: string; unitName?: string } = {}): SheetGrid[] {
  const units: CellValue[][] = [['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'], ['HU', 'Đảng bộ huyện Thử', 'Đảng bộ huyện', null, null]];
  const members: CellValue[][] = [
    ['Số lý lịch', 'Số thẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mã chi bộ', 'Ngày vào Đảng', 'Ngày chính thức', 'Ngày bồi dưỡng', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động'],
  ];
  const targets: CellValue[][] = [['Mã', 'Năm', 'Chỉ tiêu kết nạp'], ['HU', 2017, tccs * 2]];
  let id = 1;
  for (let i = 1; i <= tccs; i++) {
    const code = `T${String(i).padStart(2, '0')}`;
    const committee = i % 3 === 0;
    units.push([code, opts.unitName ?? `Tổ chức ${i}`, committee ? 'Đảng bộ cơ sở' : 'Chi bộ cơ sở', 'HU', committee ? 'Xã/Thị trấn' : 'Cơ quan']);
    targets.push([code, 2017, 2]);
    const cells = committee ? [`${code}-01`, `${code}-02`] : [code];
    if (committee) for (const c of cells) units.push([c, `Chi bộ ${c}`, 'Chi bộ', code, 'Thôn/Buôn']);
    for (const cell of cells) {
      for (let k = 0; k < 4; k++) {
        const admitted2017 = k === 0;
        const n = id++;
        members.push([
          `DL${String(n).padStart(6, '0')}`, admitted2017 ? null : String(36_000_000 + n), opts.memberName ?? `Nguyễn Văn ${n}`,
          d(1970 + (n % 30), 1 + (n % 12), 1 + (n % 27)), n % 2 ? 'Nam' : 'Nữ', n % 5 ? 'Kinh' : 'Ê Đê', 'Không', cell,
          admitted2017 ? d(2017, 3, 1 + (n % 27)) : d(2000, 1 + (n % 12), 1 + (n % 27)),
          admitted2017 ? null : d(2001, 1 + (n % 12), 2 + (n % 26)),
          admitted2017 ? d(2016, 10, 10) : null, 'Có', 'Đang sinh hoạt', null,
        ]);
      }
    }
  }
  return [
    { name: 'ToChuc', values: units },
    { name: 'DangVien', values: members },
    { name: 'ChiTieu', values: targets },
  ];
}

export function fakeWith(grids: SheetGrid[], options: FakeOptions = {}): FakeExcel {
  const fake = createFakeExcel(options);
  fake.loadGrids(grids);
  return fake;
}

export function hostOf(fake: FakeExcel, extra: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost({ ...fake.hostOptions(), ...extra });
}

/** The figures without what depends on the reading path's identity. */
export function comparable(a: Analysis) {
  return { findings: a.findings, counts: a.counts, figures: a.figures, years: a.years };
}
