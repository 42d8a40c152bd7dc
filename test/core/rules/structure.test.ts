/** S01–S05: sheets, header rows, columns, Excel error values; and where the core finds them. */
import { analyze } from '../../../src/core/analyze';
import { byRule, check, issue, issues, MEMBER_COUNT, TODAY, validBook } from '../fixture';
import { expectNoPersonalData } from './helpers';

describe('S01 a required sheet is missing', () => {
  it.each(['ToChuc', 'DangVien', 'ChiTieu'])('fires for a missing %s, naming the aliases it looked for', (sheet) => {
    const b = validBook().removeSheet(sheet);
    const f = check(b, { year: 2017 });
    expect(issues(f)).toEqual([issue('S01', 'error', sheet, '')]);
    expect(f[0].message).toContain(sheet);
  });

  it('lists every alias of the missing sheet', () => {
    const f = check(validBook().removeSheet('ChiTieu'), { year: 2017 });
    for (const alias of ['ChiTieu', 'Chỉ tiêu', 'Kế hoạch', 'Plan']) expect(f[0].message).toContain(alias);
  });

  it('does not fire for the optional LopBoiDuong', () => {
    expect(check(validBook().removeSheet('LopBoiDuong'))).toEqual([]);
  });

  it.each([
    ['DangVien', 'DANG VIEN'],
    ['DangVien', 'dang_vien'],
    ['DangVien', 'Danh sách đảng viên'],
    ['DangVien', ' Đảng-viên '],
    ['ToChuc', 'Tổ chức'],
    ['ToChuc', 'UNITS'],
    ['ChiTieu', 'Kế hoạch'],
    ['ChiTieu', 'chi tieu'],
    ['LopBoiDuong', 'Lớp bồi dưỡng'],
  ])('does not fire when %s is named %p', (from, to) => {
    const b = validBook().renameSheet(from, to);
    expect(check(b)).toEqual([]);
  });

  it('reads the sheet named by an alias (findings carry its name as the user wrote it)', () => {
    const b = validBook().renameSheet('DangVien', 'DANG VIEN');
    b.set('DANG VIEN', 'Họ và tên', 7, '');
    expect(issues(check(b))).toEqual([issue('M02', 'error', 'DANG VIEN', 'C7')]);
  });
});

describe('S02 a required column is missing', () => {
  it('fires at the header row, naming the column and the row it found', () => {
    const b = validBook().removeColumn('DangVien', 'Dân tộc');
    const f = check(b);
    expect(issues(f)).toEqual([issue('S02', 'error', 'DangVien', 'A1')]);
    expect(f[0].message).toContain('"Dân tộc"');
    expect(f[0].message).toContain('hàng tiêu đề 1');
  });

  it('names the header row found below title rows', () => {
    const b = validBook().insertTitleRows('DangVien', 3).removeColumn('DangVien', 'Giới tính');
    const f = check(b);
    expect(issues(f)).toEqual([issue('S02', 'error', 'DangVien', 'A4')]);
    expect(f[0].message).toContain('hàng tiêu đề 4');
  });

  it('fires on each sheet with its own column', () => {
    const b = validBook().removeColumn('ToChuc', 'Tên tổ chức').removeColumn('ChiTieu', 'Năm');
    const f = check(b, { year: 2017 });
    expect(issues(byRule(f, 'S02'))).toEqual([issue('S02', 'error', 'ToChuc', 'A1'), issue('S02', 'error', 'ChiTieu', 'A1')]);
  });

  it('honours the origin of the used range', () => {
    const b = validBook().setOrigin('DangVien', 3, 2).removeColumn('DangVien', 'Dân tộc');
    expect(issues(check(b))).toEqual([issue('S02', 'error', 'DangVien', 'B3')]);
  });

  it('fires (once, at A1) when no header row lies in the first 10 rows, not S01', () => {
    const b = validBook().insertTitleRows('ChiTieu', 10);
    const f = check(b, { year: 2017 });
    expect(issues(f)).toEqual([issue('S02', 'error', 'ChiTieu', 'A1')]);
    expect(f[0].message).toContain('10');
  });

  it('does not fire for a header on row 10 (the last row looked at)', () => {
    expect(check(validBook().insertTitleRows('ChiTieu', 9))).toEqual([]);
  });

  it.each(['Tôn giáo', 'Số thẻ', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động', 'Ngày chính thức'])(
    'does not fire for the optional column %s',
    (col) => {
      const f = check(validBook().removeColumn('DangVien', col));
      expect(byRule(f, 'S02')).toEqual([]);
    },
  );
});

describe('S03 the same column appears twice', () => {
  it('fires at the second header, naming the first', () => {
    const b = validBook();
    b.addColumn('DangVien', 'Họ tên', undefined, (row) => b.get('DangVien', 'Họ và tên', row));
    const f = check(b);
    expect(issues(f)).toEqual([issue('S03', 'error', 'DangVien', 'O1')]);
    expect(f[0].message).toContain('C1');
    expectNoPersonalData(f, b);
  });

  it('fires for an alias of another column on the units sheet', () => {
    const b = validBook();
    b.addColumn('ToChuc', 'Code', 'Tên tổ chức', (row) => b.get('ToChuc', 'Mã', row));
    expect(issues(check(b))).toEqual([issue('S03', 'error', 'ToChuc', 'B1')]);
  });

  it('does not fire on the valid workbook', () => {
    expect(byRule(check(validBook()), 'S03')).toEqual([]);
  });
});

describe('S04 an unknown column, ignored', () => {
  it('is an info at the header, and the other addresses move with the columns', () => {
    const b = validBook().addColumn('DangVien', 'STT', 'Số lý lịch', (row) => row - 1);
    b.set('DangVien', 'Ngày sinh', 9, '');
    expect(issues(check(b))).toEqual([issue('S04', 'info', 'DangVien', 'A1'), issue('M02', 'error', 'DangVien', 'E9')]);
  });

  it('names the column as the user wrote it', () => {
    const b = validBook().addColumn('ChiTieu', 'Ghi chú');
    const f = check(b);
    expect(issues(f)).toEqual([issue('S04', 'info', 'ChiTieu', 'D1')]);
    expect(f[0].message).toContain('"Ghi chú"');
  });

  it('does not fire on the valid workbook', () => {
    expect(byRule(check(validBook()), 'S04')).toEqual([]);
  });
});

describe('S05 a cell holds an Excel error', () => {
  it('fires for #N/A at its cell, and the empty value is not also M02', () => {
    const b = validBook().set('DangVien', 'Ngày sinh', 9, '#N/A');
    const f = check(b);
    expect(issues(f)).toEqual([issue('S05', 'error', 'DangVien', 'D9')]);
    expect(f[0].message).toContain('#N/A');
    expect(f[0].message).toContain('"Ngày sinh"');
    expectNoPersonalData(f, b);
  });

  it('fires for #REF! in a parent code, which is not also reported as an empty parent (T03)', () => {
    const b = validBook().set('ToChuc', 'Mã cấp trên', 9, '#REF!');
    expect(issues(check(b))).toEqual([issue('S05', 'error', 'ToChuc', 'D9')]);
  });

  it.each(['#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#n/a'])('fires for %p in a target', (err) => {
    const b = validBook().set('ChiTieu', 'Chỉ tiêu kết nạp', 2, err);
    expect(issues(check(b))).toEqual([issue('S05', 'error', 'ChiTieu', 'C2')]);
  });

  it('fires on the optional classes sheet and in an optional column', () => {
    const b = validBook().set('LopBoiDuong', 'Số học viên', 3, '#REF!').set('DangVien', 'Tôn giáo', 20, '#N/A');
    expect(issues(check(b))).toEqual([issue('S05', 'error', 'DangVien', 'G20'), issue('S05', 'error', 'LopBoiDuong', 'D3')]);
  });

  it('fires at the address the user sees below title rows', () => {
    const b = validBook().insertTitleRows('DangVien', 2);
    b.set('DangVien', 'Dân tộc', 11, '#N/A');
    expect(issues(check(b))).toEqual([issue('S05', 'error', 'DangVien', 'F11')]);
  });

  it('does not fire for text that only looks like one', () => {
    const b = validBook().set('DangVien', 'Tôn giáo', 20, 'N/A').set('DangVien', 'Tôn giáo', 21, '#1 giáo xứ');
    expect(byRule(check(b), 'S05')).toEqual([]);
  });
});

describe('finding the sheets, header rows and columns', () => {
  /** The members sheet as staff make it: another name, title rows, aliases, another column order. */
  function customised() {
    const b = validBook().renameSheet('DangVien', 'DANG VIEN');
    b.renameColumn('DANG VIEN', 'Họ và tên', 'Họ tên');
    b.renameColumn('DANG VIEN', 'Ngày vào Đảng', 'Ngày kết nạp');
    b.renameColumn('DANG VIEN', 'Mã chi bộ', 'Chi bộ');
    b.renameColumn('DANG VIEN', 'Số lý lịch', 'Số lý lịch đảng viên');
    b.reorderColumns('DANG VIEN', ['Họ tên', 'Ngày kết nạp', 'Số lý lịch đảng viên']);
    b.insertTitleRows('DANG VIEN', 3);
    return b;
  }

  it('reads the customised sheet without a finding, every member counted', () => {
    const b = customised();
    const a = analyze(b.grids, { today: TODAY, layouts: false });
    expect(a.findings).toEqual([]);
    expect(a.parsed.members!.headerRow).toBe(3);
    expect(a.parsed.members!.records).toHaveLength(MEMBER_COUNT);
    expect(a.figures!.district.members).toBe(MEMBER_COUNT);
  });

  it('gives addresses with the header offset and the new column order', () => {
    const b = customised();
    // Member DL100005 was on row 6; three title rows move it to row 9. Ngày sinh is now column E.
    const row = b.memberRow('DL100005', 'DANG VIEN', 'Số lý lịch đảng viên');
    expect(row).toBe(9);
    b.set('DANG VIEN', 'Ngày sinh', row, '31/02/1990');
    b.set('DANG VIEN', 'Ngày kết nạp', 12, '');
    expect(issues(check(b))).toEqual([issue('M02', 'error', 'DANG VIEN', 'B12'), issue('M03', 'error', 'DANG VIEN', 'E9')]);
  });

  it('skips wholly empty rows inside the data, and the addresses below them stay right', () => {
    const b = validBook();
    b.insertRow('DangVien', 5); // a row of nothing
    b.insertRow('DangVien', 10, blankRow()); // a row of empty strings and spaces
    b.insertRow('DangVien', 15, { 'Số lý lịch': null, 'Họ và tên': '   ' });
    // DL100020 was on row 21; three rows above it move it to row 24.
    const row = b.memberRow('DL100020');
    expect(row).toBe(24);
    b.set('DangVien', 'Giới tính', row, '');
    const a = analyze(b.grids, { today: TODAY, layouts: false });
    expect(issues(a.findings)).toEqual([issue('M02', 'error', 'DangVien', 'E24')]);
    expect(a.parsed.members!.records).toHaveLength(MEMBER_COUNT);
  });

  it('skips a row that holds values only in an unknown column (a numbering column run on)', () => {
    const b = validBook().addColumn('DangVien', 'STT', 'Số lý lịch', (row) => row - 1);
    b.addRow('DangVien', { STT: 61 });
    b.addRow('DangVien', { STT: 62 });
    expect(issues(check(b))).toEqual([issue('S04', 'info', 'DangVien', 'A1')]);
  });

  it('ignores empty rows after the data', () => {
    const b = validBook();
    b.sheet('DangVien').values.push([], [null, null], ['', ' ']);
    expect(check(b)).toEqual([]);
  });

  it('finds the header among title rows on every sheet at once', () => {
    const b = validBook();
    for (const s of ['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']) b.insertTitleRows(s, 2, 'BÁO CÁO');
    expect(check(b)).toEqual([]);
    b.set('ChiTieu', 'Chỉ tiêu kết nạp', 4, -1); // the district's own target: row 2 + 2 title rows
    b.set('ToChuc', 'Mã cấp trên', 11, 'XA'); // the Tổ đảng TH-T1: row 9 + 2
    expect(issues(check(b))).toEqual([issue('T06', 'error', 'ToChuc', 'D11'), issue('P04', 'error', 'ChiTieu', 'C4')]);
  });
});

/** A row of blanks the width of the members sheet: empty strings and spaces. */
function blankRow(): string[] {
  return Array.from({ length: 14 }, (_, i) => (i % 2 ? ' ' : ''));
}
