/** M01–M15: the members on DangVien (and the cell-level M rules on the other sheets). */
import { analyze } from '../../../src/core/analyze';
import { dayFromYMD } from '../../../src/core/dates';
import type { CellValue } from '../../../src/core/grid';
import { byRule, check, issue, issues, TODAY, validBook, type Book } from '../fixture';
import { expectNoPersonalData } from './helpers';

// Members: member i on row i + 2. XA-T1 rows 2–13, XA-YT 14–21, XA-BP1 22–32, TH 33–61.
// Rows 13, 21, 32, 60 and 61 were admitted in 2017 (probationary, no card). Row 35 is a full
// member of TH (the Chi bộ cơ sở, 29 members, 27 full): breaking it moves no unit count over a line.
const ROW = 35;
const S = 'DangVien';

function edit(b: Book, row: number, cells: Record<string, CellValue>): Book {
  for (const [h, v] of Object.entries(cells)) b.set(S, h, row, v);
  return b;
}

/** Row 35 as a member admitted 15/06/2010, full 20/06/2011, class 01/03/2010. */
function admitted2010(cells: Record<string, CellValue> = {}): Book {
  return edit(validBook(), ROW, {
    'Ngày sinh': '10/10/1980',
    'Ngày vào Đảng': '15/06/2010',
    'Ngày chính thức': '20/06/2011',
    'Ngày bồi dưỡng': '01/03/2010',
    ...cells,
  });
}

function run(b: Book, options = {}) {
  const f = check(b, options);
  expectNoPersonalData(f, b);
  return f;
}

const parsedMember = (b: Book, row: number) => {
  const a = analyze(b.grids, { today: TODAY, layouts: false });
  return a.parsed.members!.records.find((m) => m.row === row - 1)!;
};

describe('M01 a member id appears twice', () => {
  it('fires at the second id (without case), naming the first cell, not the id', () => {
    const b = validBook().set(S, 'Số lý lịch', 40, 'dl100003');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M01', 'error', S, 'A40')]);
    expect(f[0].message).toContain('A4');
    expect(f[0].message.toUpperCase()).not.toContain('DL100003');
  });

  it('does not fire for distinct ids', () => {
    expect(byRule(check(validBook()), 'M01')).toEqual([]);
  });
});

describe('M02 a required value is empty', () => {
  it.each([
    ['Số lý lịch', 'A'],
    ['Họ và tên', 'C'],
    ['Ngày sinh', 'D'],
    ['Giới tính', 'E'],
    ['Dân tộc', 'F'],
    ['Mã chi bộ', 'H'],
    ['Ngày vào Đảng', 'I'],
  ])('fires for an empty %s', (header, col) => {
    const b = validBook().set(S, header, ROW, '  ');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M02', 'error', S, `${col}${ROW}`)]);
    expect(f[0].message).toContain(`"${header}"`);
  });

  it('fires on the other sheets too', () => {
    const b = validBook().set('ToChuc', 'Tên tổ chức', 5, '').set('ChiTieu', 'Chỉ tiêu kết nạp', 2, null);
    expect(issues(check(b))).toEqual([issue('M02', 'error', 'ToChuc', 'B5'), issue('M02', 'error', 'ChiTieu', 'C2')]);
  });

  it.each(['Số thẻ', 'Tôn giáo', 'Ngày chính thức', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động'])(
    'does not fire for an empty optional %s',
    (header) => {
      const b = validBook().set(S, header, 61, ''); // a probationary member admitted in 2017
      expect(check(b)).toEqual([]);
    },
  );

  it('does not fire for an empty class date of a member admitted before the report year', () => {
    expect(check(validBook().set(S, 'Ngày bồi dưỡng', ROW, ''))).toEqual([]);
  });
});

describe('M03 a date that cannot be read', () => {
  it.each([
    ['31/02/1990', 'impossible', 'Ngày không có thật'],
    ['29/02/1981', 'impossible', 'Ngày không có thật'],
    ['05/13/1980', 'impossible (never month-first)', 'Ngày không có thật'],
    ['1985-13-01', 'impossible ISO', 'Ngày không có thật'],
    ['12/05/85', 'a two-digit year', 'hai chữ số'],
    ['1-1-75', 'a two-digit year', 'hai chữ số'],
    ['khoảng năm 1980', 'unreadable', 'Không đọc được'],
    ['12/1980', 'unreadable', 'Không đọc được'],
  ])('fires for %p (%s)', (value, _, text) => {
    const b = validBook().set(S, 'Ngày sinh', ROW, value);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M03', 'error', S, `D${ROW}`)]);
    expect(f[0].message).toContain(text);
  });

  it('fires for the serial 60 (Excel’s 29/02/1900, which never was)', () => {
    const b = validBook().set(S, 'Ngày bồi dưỡng', ROW, 60).setFormat(S, 'Ngày bồi dưỡng', ROW, 'dd/mm/yyyy');
    expect(issues(run(b))).toEqual([issue('M03', 'error', S, `K${ROW}`)]);
  });

  it('fires for a bare year where a full date is needed', () => {
    const b = admitted2010({ 'Ngày vào Đảng': '2010' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M03', 'error', S, `I${ROW}`)]);
    expect(f[0].message).toContain('chỉ có năm');
  });

  it('accepts a bare birth year (text or number) with an info, read as 1 January', () => {
    for (const year of ['1975', 1975]) {
      const b = validBook().set(S, 'Ngày sinh', ROW, year);
      const f = run(b);
      expect(issues(f)).toEqual([issue('M03', 'info', S, `D${ROW}`)]);
      expect(f[0].message).toContain('01/01');
      expect(parsedMember(b, ROW).birth).toBe(dayFromYMD(1975, 1, 1));
    }
  });

  it('fires on the classes sheet', () => {
    const b = validBook().set('LopBoiDuong', 'Ngày khai giảng', 3, '31/04/2017');
    expect(issues(check(b))).toEqual([issue('M03', 'error', 'LopBoiDuong', 'C3')]);
  });

  it.each<[string, CellValue, string | undefined, [number, number, number]]>([
    ['dd/mm/yyyy', '05/09/1985', undefined, [1985, 9, 5]],
    ['d/m/yyyy', '5/9/1985', undefined, [1985, 9, 5]],
    ['d-m-yyyy', '5-9-1985', undefined, [1985, 9, 5]],
    ['dd-mm-yyyy', '05-09-1985', undefined, [1985, 9, 5]],
    ['dd.mm.yyyy', '05.09.1985', undefined, [1985, 9, 5]],
    ['ISO', '1985-09-05', undefined, [1985, 9, 5]],
    ['text with spaces', ' 05/09/1985 ', undefined, [1985, 9, 5]],
    ['a JS Date (ExcelJS, UTC)', new Date(Date.UTC(1985, 8, 5)), undefined, [1985, 9, 5]],
    ['an Excel serial', 31295, undefined, [1985, 9, 5]],
    ['a date-formatted serial', 31295, 'dd/mm/yyyy', [1985, 9, 5]],
    ['a serial with a time', 31295.75, 'dd/mm/yyyy hh:mm', [1985, 9, 5]],
    ['29/02 of a leap year', '29/02/1984', undefined, [1984, 2, 29]],
  ])('reads %s without a finding', (_, value, format, [y, m, d]) => {
    const b = validBook().set(S, 'Ngày sinh', ROW, value);
    if (format) b.setFormat(S, 'Ngày sinh', ROW, format);
    expect(run(b)).toEqual([]);
    expect(parsedMember(b, ROW).birth).toBe(dayFromYMD(y, m, d));
  });

  it.each([
    [1, [1900, 1, 1]],
    [45, [1900, 2, 14]],
    [59, [1900, 2, 28]],
    [61, [1900, 3, 1]],
  ])('reads the serial %i (around Excel’s fictitious 29/02/1900) as %p', (serial, [y, m, d]) => {
    const b = validBook().set(S, 'Ngày bồi dưỡng', ROW, serial).setFormat(S, 'Ngày bồi dưỡng', ROW, 'dd/mm/yyyy');
    expect(run(b)).toEqual([]);
    expect(parsedMember(b, ROW).training).toBe(dayFromYMD(y, m, d));
  });

  it('reads dates in every date column (JS Dates and serials mixed)', () => {
    const b = admitted2010({
      'Ngày vào Đảng': new Date(Date.UTC(2010, 5, 15)),
      'Ngày chính thức': 40714, // 20/06/2011
      'Ngày bồi dưỡng': '2010-03-01',
    });
    expect(run(b)).toEqual([]);
    const m = parsedMember(b, ROW);
    expect([m.admitted, m.full, m.training]).toEqual([dayFromYMD(2010, 6, 15), dayFromYMD(2011, 6, 20), dayFromYMD(2010, 3, 1)]);
  });
});

describe('M04 a value outside its list', () => {
  it.each([
    ['Giới tính', 'E', 'Nuw', 'Nữ'],
    ['Giới tính', 'E', 'Namm', 'Nam'],
    ['Dân tộc', 'F', 'Kinhh', 'Kinh'],
    ['Dân tộc', 'F', 'Ê Đêê', 'Ê Đê'],
    ['Người tại chỗ', 'L', 'Cóo', 'Có'],
    ['Tình trạng', 'M', 'Đang sinh hoạtt', 'Đang sinh hoạt'],
  ])('fires for %s %p with the nearest value as the fix', (header, col, value, nearest) => {
    const b = validBook().set(S, header, ROW, value);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M04', 'error', S, `${col}${ROW}`)]);
    expect(f[0].suggestion).toBe(nearest);
    expect(f[0].message).toContain(`"${nearest}"`);
    expect(f[0].message).toContain(`"${header}"`);
  });

  it('fires without a fix when nothing is near', () => {
    const b = validBook().set(S, 'Dân tộc', ROW, 'Sao Hỏa');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M04', 'error', S, `F${ROW}`)]);
    expect(f[0].suggestion).toBeUndefined();
  });

  it('fires on the classes sheet', () => {
    const b = validBook().set('LopBoiDuong', 'Loại lớp', 2, 'Nhận thức về Đảngg');
    const f = check(b);
    expect(issues(f)).toEqual([issue('M04', 'error', 'LopBoiDuong', 'B2')]);
    expect(f[0].suggestion).toBe('Nhận thức về Đảng');
  });

  it.each<[string, CellValue, string]>([
    ['Giới tính', 'nữ', 'Nữ'],
    ['Giới tính', 'NU', 'Nữ'],
    ['Giới tính', 'Nũ', 'Nữ'], // diacritics are ignored: `Nũ` folds to `nu`, one candidate
    ['Giới tính', 'F', 'Nữ'],
    ['Giới tính', 'Female', 'Nữ'],
    ['Giới tính', 'male', 'Nam'],
    ['Giới tính', 'NAM', 'Nam'],
    ['Dân tộc', 'Êđê', 'Ê Đê'],
    ['Dân tộc', 'Ê-đê', 'Ê Đê'],
    ['Dân tộc', 'Ede', 'Ê Đê'],
    ['Dân tộc', 'Rađê', 'Ê Đê'],
    ['Dân tộc', "H'Mông", 'Mông'],
    ['Dân tộc', 'Hmông', 'Mông'],
    ['Dân tộc', "M'Nông", 'Mnông'],
    ['Dân tộc', "M'nông", 'Mnông'],
    ['Dân tộc', 'Khơ-me', 'Khmer'],
    ['Dân tộc', 'Jrai', 'Gia Rai'],
    ['Dân tộc', '  kinh ', 'Kinh'],
    ['Dân tộc', 'Nước ngoài', 'Nước ngoài'],
    ['Tình trạng', 'đang sinh hoạt', 'Đang sinh hoạt'],
    ['Tình trạng', 'MIEN SINH HOAT', 'Miễn sinh hoạt'],
  ])('reads %s %p as %p without a finding', (header, value, canonical) => {
    const b = validBook().set(S, header, ROW, value);
    expect(run(b)).toEqual([]);
    const m = parsedMember(b, ROW);
    expect(header === 'Giới tính' ? m.gender : header === 'Dân tộc' ? m.ethnicity : m.status).toBe(canonical);
  });

  it.each<[CellValue, boolean]>([
    ['x', true],
    ['X', true],
    ['Có', true],
    ['co', true],
    ['1', true],
    [1, true],
    ['Yes', true],
    ['C', true],
    ['Không', false],
    ['0', false],
    [0, false],
    ['No', false],
    ['K', false],
    ['', false],
  ])('reads Người tại chỗ %p without a finding', (value, local) => {
    const b = validBook().set(S, 'Người tại chỗ', 4, value);
    expect(run(b)).toEqual([]);
    expect(parsedMember(b, 4).local).toBe(local);
  });

  it('reads the status variants that need a date (Chết → Từ trần) without a finding', () => {
    const b = edit(validBook(), ROW, { 'Tình trạng': 'Chết', 'Ngày biến động': '01/03/2018' });
    expect(run(b)).toEqual([]);
    expect(parsedMember(b, ROW).status).toBe('Từ trần');
  });
});

describe('M05 the cell code names no unit', () => {
  it('fires at the cell code', () => {
    const b = validBook().set(S, 'Mã chi bộ', ROW, 'TH-9');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M05', 'error', S, `H${ROW}`)]);
    expect(f[0].message).toContain('ToChuc');
  });

  it('does not fire for a code in another case with spaces', () => {
    expect(check(validBook().set(S, 'Mã chi bộ', ROW, ' th '))).toEqual([]);
  });
});

describe('M06 the member’s unit is not a cell', () => {
  it.each([
    ['XA', 'Đảng bộ cơ sở'],
    ['XA-BP', 'Đảng bộ bộ phận'],
    ['TH-T1', 'Tổ đảng'],
    ['H', 'Đảng bộ huyện'],
  ])('fires for a member of %s (a %s)', (code, kind) => {
    const b = validBook().set(S, 'Mã chi bộ', ROW, code);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M06', 'error', S, `H${ROW}`)]);
    expect(f[0].message).toContain(`"${kind}"`);
  });

  it('does not fire for members of a Chi bộ cơ sở or a Chi bộ', () => {
    expect(byRule(check(validBook()), 'M06')).toEqual([]);
    expect(check(validBook().set(S, 'Mã chi bộ', ROW, 'XA-YT'))).toEqual([]);
  });
});

describe('M07 age on the admission date', () => {
  it('is an error under 18 (one day short)', () => {
    const b = admitted2010({ 'Ngày sinh': '16/06/1992' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M07', 'error', S, `I${ROW}`)]);
    expect(f[0].message).toContain('Chưa đủ 18 tuổi');
    expect(f[0].message).toContain('17');
  });

  it('does not fire at exactly 18', () => {
    expect(run(admitted2010({ 'Ngày sinh': '15/06/1992' }))).toEqual([]);
  });

  it('is a warning over 60', () => {
    const b = admitted2010({ 'Ngày sinh': '15/06/1949' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M07', 'warning', S, `I${ROW}`)]);
    expect(f[0].message).toContain('Trên 60 tuổi');
  });

  it('counts in months: a warning at 60 years and 1 month (721 months), none at exactly 720', () => {
    const f = run(admitted2010({ 'Ngày sinh': '15/05/1950' }));
    expect(issues(f)).toEqual([issue('M07', 'warning', S, `I${ROW}`)]);
    expect(f[0].message).toContain('721 tháng');
    expect(f[0].message).toContain('Ban Thường vụ Tỉnh ủy');
    expect(run(admitted2010({ 'Ngày sinh': '15/06/1950' }))).toEqual([]);
  });

  it('cites the text in force on the report date and says the sheet holds the decision date', () => {
    const [f] = run(admitted2010({ 'Ngày sinh': '16/06/1992' }));
    expect(f.message).toContain('216 tháng');
    expect(f.message).toContain('ngày quyết định kết nạp, không phải ngày chi bộ họp xét');
    expect(f.message).toContain('Quy định 29-QĐ/TW ngày 25/7/2016');
    const [later] = check(admitted2010({ 'Ngày sinh': '16/06/1992' }), { asOf: '2022-12-31', year: 2017 }).filter((x) => x.rule === 'M07');
    expect(later.message).toContain('Quy định 24-QĐ/TW ngày 30/7/2021');
  });
});

describe('M08 dates out of order', () => {
  it('fires at the birth date when it is after the admission', () => {
    const b = admitted2010({ 'Ngày sinh': '01/01/2012' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M08', 'error', S, `D${ROW}`)]);
    expect(f[0].message).toContain('Ngày sinh sau ngày vào Đảng');
  });

  it('fires at the full-membership date when it is before the admission', () => {
    const b = admitted2010({ 'Ngày chính thức': '01/01/2009' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M08', 'error', S, `J${ROW}`)]);
    expect(f[0].message).toContain('15/06/2010');
  });

  it('fires at the status date when it is before the admission', () => {
    const b = admitted2010({ 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '01/01/2009' });
    expect(issues(run(b))).toEqual([issue('M08', 'error', S, `N${ROW}`)]);
  });

  it.each([
    ['Ngày bồi dưỡng', 'K', { 'Ngày bồi dưỡng': '26/11/2026' }],
    ['Ngày biến động', 'N', { 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '01/01/2027' }],
  ])('fires for a %s in the future (after today)', (_, col, cells) => {
    const b = admitted2010(cells);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M08', 'error', S, `${col}${ROW}`)]);
    expect(f[0].message).toContain('25/11/2026');
  });

  it('does not fire for today itself', () => {
    expect(run(admitted2010({ 'Ngày bồi dưỡng': '25/11/2026' }))).toEqual([]);
  });

  it('does not fire for dates after the report date: the sheets are kept up to date', () => {
    // Row 61 was admitted 06/06/2017; full in 2018, a transfer in 2020, both after 31/12/2017.
    const b = edit(validBook(), 61, { 'Ngày chính thức': '06/06/2018', 'Số thẻ': '19999999', 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '15/03/2020' });
    expect(run(b)).toEqual([]);
  });
});

describe('M09 full membership less than 12 months after admission', () => {
  it('fires one day short of 12 months', () => {
    const b = admitted2010({ 'Ngày chính thức': '14/06/2011' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M09', 'warning', S, `J${ROW}`)]);
    expect(f[0].message).toContain('12 tháng');
  });

  it('does not fire at exactly 12 months', () => {
    expect(run(admitted2010({ 'Ngày chính thức': '15/06/2011' }))).toEqual([]);
  });

  it('does not fire at exactly 12 months from a 29 February (28/02 of the next year)', () => {
    expect(run(admitted2010({ 'Ngày vào Đảng': '29/02/2012', 'Ngày chính thức': '28/02/2013', 'Ngày bồi dưỡng': '01/02/2012' }))).toEqual([]);
  });
});

describe('M10 still probationary past the deadline', () => {
  // Admitted Tuesday 01/03/2016: 12 months → 01/03/2017, + 30 working days → Wednesday 12/04/2017.
  const overdue = (cells: Record<string, CellValue> = {}) =>
    edit(validBook(), ROW, { 'Ngày vào Đảng': '01/03/2016', 'Ngày bồi dưỡng': '01/01/2016', 'Ngày chính thức': '', 'Số thẻ': '', ...cells });

  it('fires at the full-membership cell, naming the deadline', () => {
    const f = run(overdue());
    expect(issues(f)).toEqual([issue('M10', 'warning', S, `J${ROW}`)]);
    expect(f[0].message).toContain('12/04/2017');
  });

  it('does not fire on the deadline itself, and fires the day after', () => {
    expect(byRule(check(overdue(), { asOf: '2017-04-12' }), 'M10')).toEqual([]);
    expect(issues(byRule(check(overdue(), { asOf: '2017-04-13' }), 'M10'))).toEqual([issue('M10', 'warning', S, `J${ROW}`)]);
  });

  it('fires when the full membership is dated after the report date', () => {
    expect(issues(run(overdue({ 'Ngày chính thức': '20/03/2018', 'Số thẻ': '19999999' })))).toEqual([issue('M10', 'warning', S, `J${ROW}`)]);
  });

  it('honours a status change after the report date: the member still counts, and is overdue', () => {
    const b = overdue({ 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '01/03/2018' });
    expect(issues(run(b))).toEqual([issue('M10', 'warning', S, `J${ROW}`)]);
  });

  it('does not fire for a member who left before the report date', () => {
    const b = overdue({ 'Tình trạng': 'Chuyển đi', 'Ngày biến động': '01/03/2017' });
    expect(run(b)).toEqual([]);
  });

  it('does not fire for members admitted in the report year (the fixture)', () => {
    expect(byRule(check(validBook()), 'M10')).toEqual([]);
  });
});

describe('M11 admitted in the report year without the awareness class', () => {
  // Row 61 was admitted 06/06/2017.
  it('fires for no class date', () => {
    const b = validBook().set(S, 'Ngày bồi dưỡng', 61, '');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M11', 'warning', S, 'K61')]);
    expect(f[0].message).toContain('2017');
  });

  it('fires for a class after the admission', () => {
    const b = validBook().set(S, 'Ngày bồi dưỡng', 61, '07/06/2017');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M11', 'warning', S, 'K61')]);
    expect(f[0].message).toContain('06/06/2017');
  });

  it('does not fire for a class on the admission day', () => {
    expect(check(validBook().set(S, 'Ngày bồi dưỡng', 61, '06/06/2017'))).toEqual([]);
  });

  it('does not fire for a member admitted in another year', () => {
    expect(check(validBook().set(S, 'Ngày bồi dưỡng', ROW, ''))).toEqual([]);
  });
});

describe('M12 a status other than active with no status date', () => {
  it.each([
    ['Chuyển đi', 'Chuyển đi'],
    ['Chết', 'Từ trần'],
    ['Xin ra khỏi Đảng', 'Ra khỏi Đảng'],
  ])('fires for %p, naming the status', (status, canonical) => {
    const b = validBook().set(S, 'Tình trạng', ROW, status);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M12', 'warning', S, `N${ROW}`)]);
    expect(f[0].message).toContain(`"${canonical}"`);
  });

  it.each(['Miễn sinh hoạt', 'Đang sinh hoạt', ''])('does not fire for %p', (status) => {
    expect(check(validBook().set(S, 'Tình trạng', ROW, status))).toEqual([]);
  });
});

describe('M13 the same person twice under different ids', () => {
  // Row 2 is Nguyễn Văn An, born 01/01/1968.
  it('fires at the second name (without diacritics, case and extra spaces), naming the first row', () => {
    const b = validBook();
    const row = b.addMember('XA-T1', { 'Họ và tên': 'NGUYEN  van AN', 'Ngày sinh': '1968-01-01' });
    const f = run(b);
    expect(issues(f)).toEqual([issue('M13', 'warning', S, `C${row}`)]);
    expect(f[0].message).toContain('hàng 2');
  });

  it('does not fire for the same name with another birth date', () => {
    const b = validBook();
    b.addMember('XA-T1', { 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '02/01/1968' });
    expect(check(b)).toEqual([]);
  });

  it('leaves the same id to M01', () => {
    const b = validBook();
    const row = b.addMember('XA-T1', { 'Số lý lịch': 'DL100001', 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '01/01/1968' });
    expect(issues(run(b))).toEqual([issue('M01', 'error', S, `A${row}`)]);
  });
});

describe('M14 text in a legacy encoding', () => {
  it('fires for a TCVN3 name, with the Unicode as a personal fix, and reads it converted', () => {
    const b = validBook().set(S, 'Họ và tên', ROW, 'TrÇn V¨n §øc');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M14', 'warning', S, `C${ROW}`)]);
    expect(f[0].suggestion).toBe('Trần Văn Đức');
    expect(f[0].personal).toBe(true);
    expect(f[0].message).toContain('TCVN3');
    expect(f[0].message).not.toContain('Trần');
    expect(parsedMember(b, ROW).name).toBe('Trần Văn Đức');
  });

  it('fires for a VNI name', () => {
    const b = validBook().set(S, 'Họ và tên', ROW, 'Nguyeãn Thò Mai');
    const f = run(b);
    expect(issues(f)).toEqual([issue('M14', 'warning', S, `C${ROW}`)]);
    expect(f[0].suggestion).toBe('Nguyễn Thị Mai');
    expect(f[0].message).toContain('VNI');
  });

  it('reads a legacy list value as converted (no M04)', () => {
    const b = validBook().set(S, 'Dân tộc', ROW, '£ §ª');
    expect(issues(run(b))).toEqual([issue('M14', 'warning', S, `F${ROW}`)]);
    expect(parsedMember(b, ROW).ethnicity).toBe('Ê Đê');
  });

  it('fires on the units sheet, where the fix is not personal', () => {
    const f = check(validBook().set('ToChuc', 'Tên tổ chức', 4, 'Chi bé th«n 1'));
    expect(issues(f)).toEqual([issue('M14', 'warning', 'ToChuc', 'B4')]);
    expect(f[0].suggestion).toBe('Chi bộ thôn 1');
    expect(f[0].personal).toBeUndefined();
  });

  it('does not fire for Unicode Vietnamese (the fixture) nor for Latin-1 names', () => {
    expect(byRule(check(validBook()), 'M14')).toEqual([]);
    expect(check(validBook().set(S, 'Tôn giáo', ROW, 'Protestant (Église)'))).toEqual([]);
  });
});

describe('M15 the party card number', () => {
  it.each(['1234567', '123456789', '1234567a', '1234 5678'])('is a warning for %p', (card) => {
    const b = validBook().set(S, 'Số thẻ', ROW, card);
    const f = run(b);
    expect(issues(f)).toEqual([issue('M15', 'warning', S, `B${ROW}`)]);
    expect(f[0].message).toContain('8 chữ số');
  });

  it('is a warning for the same card twice, naming the first cell', () => {
    const b = validBook();
    b.set(S, 'Số thẻ', ROW + 1, b.get(S, 'Số thẻ', ROW));
    const f = run(b);
    expect(issues(f)).toEqual([issue('M15', 'warning', S, `B${ROW + 1}`)]);
    expect(f[0].message).toContain(`B${ROW}`);
  });

  it('is an info for a full member with no card', () => {
    const f = run(validBook().set(S, 'Số thẻ', ROW, ''));
    expect(issues(f)).toEqual([issue('M15', 'info', S, `B${ROW}`)]);
  });

  it('does not fire for a probationary member with no card, a card as a number, or no card column', () => {
    expect(byRule(check(validBook()), 'M15')).toEqual([]);
    expect(check(validBook().set(S, 'Số thẻ', ROW, 12345678))).toEqual([]);
    expect(check(validBook().removeColumn(S, 'Số thẻ'))).toEqual([]);
  });
});
