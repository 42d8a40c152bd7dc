import type { SheetGrid } from '../../src/core/grid';
import { a1, parseA1, columnLetter } from '../../src/core/grid';
import { MEMBERS } from '../../src/core/schema';
import { locateHeader, locateSheets } from '../../src/core/sheets';

describe('A1 addresses', () => {
  it('names columns and cells as Excel does', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(16383)).toBe('XFD');
    expect(a1(7, 2)).toBe('C8');
    expect(parseA1('$XFD$1048576')).toEqual({ row: 1048575, col: 16383 });
  });
});

describe('finding sheets and headers', () => {
  const members: SheetGrid = {
    name: 'Danh sách đảng viên',
    values: [
      ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ HUYỆN', null],
      [],
      ['STT', 'Họ tên', 'Số lý lịch', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Chi bộ', 'Ngày kết nạp', 'Ghi chú', 'Họ tên'],
      [1, 'A', 'DL1', '01/01/1990', 'Nam', 'Kinh', 'CB1', '01/01/2015'],
    ],
  };

  it('skips title rows and reads columns in any order under any alias', () => {
    const s = locateHeader(MEMBERS, members)!;
    expect(s.headerRow).toBe(2);
    expect(s.columns.get('name')).toBe(1);
    expect(s.columns.get('id')).toBe(2);
    expect(s.columns.get('admitted')).toBe(7);
    expect(s.unknown.map((u) => u.header)).toEqual(['STT', 'Ghi chú']);
    expect(s.duplicates.map((d) => d.cols)).toEqual([[1, 9]]);
  });

  it('finds a sheet by its alias without case or diacritics', () => {
    const lookup = locateSheets([{ ...members, name: 'DANG VIEN' }]);
    expect(lookup.found.get('members')?.grid.name).toBe('DANG VIEN');
    expect(lookup.missing.map((m) => m.def.name)).toEqual(['ToChuc', 'ChiTieu']);
  });

  it('honours the grid origin in addresses', () => {
    const s = locateHeader(MEMBERS, { ...members, origin: { row: 4, col: 1 } })!;
    expect(s.headerRow).toBe(6);
    expect(s.columns.get('name')).toBe(2);
  });

  it('reports no header when none lies in the first 10 rows', () => {
    const late: SheetGrid = { name: 'DangVien', values: [...Array.from({ length: 10 }, () => ['x']), members.values[2]] };
    expect(locateHeader(MEMBERS, late)).toBeNull();
  });
});
