// Small workbooks for the pane's tests: a clean one and one with planted faults at known cells.
import type { SheetGrid } from '../../src/core/grid';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export const UNIT_HEADER = ['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'];
export const MEMBER_HEADER = [
  'Số lý lịch', 'Số thẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mã chi bộ',
  'Ngày vào Đảng', 'Ngày chính thức', 'Ngày bồi dưỡng', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động',
];

function member(i: number, cell: string, admitted: Date, over: Partial<Record<string, unknown>> = {}): unknown[] {
  const full = admitted.getUTCFullYear() < 2017 ? D(admitted.getUTCFullYear() + 1, admitted.getUTCMonth() + 1, admitted.getUTCDate()) : null;
  const base: Record<string, unknown> = {
    id: `${String(100000 + i)}DL`, card: full ? String(10000000 + i) : null, name: `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${i}`,
    birth: D(1980 + (i % 15), 1 + (i % 12), 1 + (i % 27)), gender: i % 3 ? 'Nam' : 'Nữ', ethnicity: i % 4 ? 'Kinh' : 'Ê Đê',
    religion: null, cell, admitted, full, training: D(admitted.getUTCFullYear(), 1, 5), local: 'Có', status: 'Đang sinh hoạt', statusDate: null,
    ...over,
  };
  return ['id', 'card', 'name', 'birth', 'gender', 'ethnicity', 'religion', 'cell', 'admitted', 'full', 'training', 'local', 'status', 'statusDate'].map((k) => base[k] ?? null);
}

export function cleanGrids(): SheetGrid[] {
  const units: unknown[][] = [
    UNIT_HEADER,
    ['HU', 'Đảng bộ huyện Thử', 'Đảng bộ huyện', '', ''],
    ['XA1', 'Đảng bộ xã Một', 'Đảng bộ cơ sở', 'HU', 'Xã/Thị trấn'],
    ['XA1-CB1', 'Chi bộ thôn 1', 'Chi bộ', 'XA1', 'Thôn/Buôn'],
    ['XA1-CB2', 'Chi bộ trạm y tế', 'Chi bộ', 'XA1', 'Y tế'],
    ['CQ1', 'Chi bộ cơ quan Một', 'Chi bộ cơ sở', 'HU', 'Cơ quan'],
  ];
  const members: unknown[][] = [MEMBER_HEADER];
  let i = 1;
  for (const cell of ['XA1-CB1', 'XA1-CB2', 'CQ1']) for (let k = 0; k < 4; k++) members.push(member(i++, cell, D(2010 + k, 3, 10)));
  // Admitted in 2017: 3 in XA1 (target 2), 1 in CQ1 (target 2).
  members.push(member(i++, 'XA1-CB1', D(2017, 4, 2)), member(i++, 'XA1-CB1', D(2017, 5, 2)), member(i++, 'XA1-CB2', D(2017, 6, 2)));
  members.push(member(i++, 'CQ1', D(2017, 7, 2)));
  const targets: unknown[][] = [['Mã', 'Năm', 'Chỉ tiêu kết nạp'], ['HU', 2017, 4], ['XA1', 2017, 2], ['CQ1', 2017, 2]];
  return [
    { name: 'ToChuc', values: units as SheetGrid['values'] },
    { name: 'DangVien', values: members as SheetGrid['values'] },
    { name: 'ChiTieu', values: targets as SheetGrid['values'] },
  ];
}

/** Planted: C3 legacy TCVN3 name (M14), E4 gender 'Nuw' (M04 → Nữ), H5 unknown cell (M05), I6 31/02/2017 (M03). */
export function faultyGrids(): SheetGrid[] {
  const grids = cleanGrids();
  const m = grids[1].values;
  m[2][2] = 'NguyÔn V¨n An';
  m[3][4] = 'Nuw';
  m[4][7] = 'KHONGCO';
  m[5][8] = '31/02/2017';
  return grids;
}
