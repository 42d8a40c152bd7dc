/** P01–P06: the admission plan on ChiTieu. */
import { byRule, check, issue, issues, validBook } from '../fixture';

// ChiTieu rows: H 2017 5 (row 2), XA 2017 3 (row 3), TH 2017 2 (row 4). ToChuc: XA row 3, TH row 8.
const P = 'ChiTieu';

describe('P01 a target for a code that names no unit', () => {
  it('fires at the code', () => {
    const b = validBook();
    const row = b.addRow(P, { Mã: 'XC', Năm: 2017, 'Chỉ tiêu kết nạp': 1 });
    const f = check(b);
    expect(issues(f)).toEqual([issue('P01', 'error', P, `A${row}`)]);
    expect(f[0].message).toContain('ToChuc');
  });

  it('does not fire for codes in another case (the fixture written in lower case)', () => {
    const b = validBook().set(P, 'Mã', 3, ' xa ').set(P, 'Mã', 4, 'th');
    expect(check(b)).toEqual([]);
  });
});

describe('P02 a target for a unit that is neither the root nor a TCCS', () => {
  it.each([
    ['XA-T1', 'Chi bộ'],
    ['XA-BP', 'Đảng bộ bộ phận'],
    ['TH-T1', 'Tổ đảng'],
  ])('fires for %s (a %s)', (code, kind) => {
    const b = validBook();
    const row = b.addRow(P, { Mã: code, Năm: 2017, 'Chỉ tiêu kết nạp': 1 });
    const f = check(b);
    expect(issues(f)).toEqual([issue('P02', 'error', P, `A${row}`)]);
    expect(f[0].message).toContain(`"${kind}"`);
  });

  it('does not fire for the root and the TCCS (the fixture)', () => {
    expect(byRule(check(validBook()), 'P02')).toEqual([]);
  });
});

describe('P03 two targets for the same unit and year', () => {
  it('fires at the second, naming the row of the first', () => {
    const b = validBook();
    const row = b.addRow(P, { Mã: 'xa', Năm: '2017', 'Chỉ tiêu kết nạp': 4 });
    const f = check(b);
    expect(issues(f)).toEqual([issue('P03', 'error', P, `A${row}`)]);
    expect(f[0].message).toContain('hàng 3');
    expect(f[0].message).toContain('2017');
  });

  it('does not fire for the same unit in another year', () => {
    const b = validBook();
    b.addRow(P, { Mã: 'XA', Năm: 2018, 'Chỉ tiêu kết nạp': 4 });
    expect(check(b, { year: 2017 })).toEqual([]);
  });
});

describe('P04 a target that is not a whole number ≥ 0', () => {
  it.each<[unknown, string | undefined]>([
    [-3, undefined],
    ['-3', undefined],
    ['mười', undefined],
    [2.5, '3'],
    ['5 người', undefined],
  ])('fires for %p', (value, suggestion) => {
    const b = validBook().set(P, 'Chỉ tiêu kết nạp', 2, value as never);
    const f = check(b);
    expect(issues(f)).toEqual([issue('P04', 'error', P, 'C2')]);
    expect(f[0].suggestion).toBe(suggestion);
    expect(f[0].message).toContain('"Chỉ tiêu kết nạp"');
  });

  it.each<[unknown]>([['17'], [17], [2017.5], ['năm 2017']])('fires for the year %p, with its own message', (year) => {
    const b = validBook().set(P, 'Năm', 2, year as never);
    const f = check(b);
    expect(issues(f)).toEqual([issue('P04', 'error', P, 'B2')]);
    expect(f[0].message).toContain('bốn chữ số');
  });

  it('fires for a class size on LopBoiDuong', () => {
    const f = check(validBook().set('LopBoiDuong', 'Số học viên', 2, -1));
    expect(issues(f)).toEqual([issue('P04', 'error', 'LopBoiDuong', 'D2')]);
  });

  it.each<[unknown]>([[0], ['5'], [' 5 '], ['5,0'], [5.0]])('does not fire for %p', (value) => {
    const b = validBook().set(P, 'Chỉ tiêu kết nạp', 2, value as never);
    expect(byRule(check(b), 'P04')).toEqual([]);
  });

  it('does not fire for a year written as text', () => {
    expect(check(validBook().set(P, 'Năm', 3, '2017'))).toEqual([]);
  });
});

describe('P05 a TCCS with no target for the report year', () => {
  it('fires on ToChuc at the TCCS code (and the district’s own target is then above the sum, P06)', () => {
    const b = validBook().removeRow(P, 4);
    const f = check(b);
    expect(issues(f)).toEqual([issue('P05', 'warning', 'ToChuc', 'A8'), issue('P06', 'info', P, 'C2')]);
    expect(f[0].message).toContain('2017');
    expect(f[0].message).toContain(P);
  });

  it('reads the report year from the plan: the year most valid targets name, not a stray later row', () => {
    const b = validBook();
    b.addRow(P, { Mã: 'XA', Năm: 2018, 'Chỉ tiêu kết nạp': 4 });
    b.addRow(P, { Mã: 'H', Năm: 2018, 'Chỉ tiêu kết nạp': 4 });
    b.addRow(P, { Mã: 'TH', Năm: 2018, 'Chỉ tiêu kết nạp': 'bốn' });
    expect(byRule(check(b), 'P05')).toEqual([]);
    expect(byRule(check(b), 'P04')).toHaveLength(1);
  });

  it('on a tie between years takes the latest', () => {
    const b = validBook().removeRow(P, 4);
    b.addRow(P, { Mã: 'XA', Năm: 2018, 'Chỉ tiêu kết nạp': 4 });
    b.addRow(P, { Mã: 'H', Năm: 2018, 'Chỉ tiêu kết nạp': 4 });
    const f = check(b);
    expect(issues(byRule(f, 'P05'))).toEqual([issue('P05', 'warning', 'ToChuc', 'A8')]);
    expect(byRule(f, 'P05')[0].message).toContain('2018');
  });

  it('does not fire for units that are not TCCS, nor when every TCCS has a target', () => {
    expect(byRule(check(validBook()), 'P05')).toEqual([]);
  });
});

describe('P06 the TCCS targets do not add up to the district’s own target', () => {
  it('is an info at the district’s target, with both numbers and which one is used, when the sum is lower', () => {
    const b = validBook().set(P, 'Chỉ tiêu kết nạp', 2, 6);
    const f = check(b);
    expect(issues(f)).toEqual([issue('P06', 'info', P, 'C2')]);
    expect(f[0].message).toBe('Tổng chỉ tiêu giao cho các TCCS năm 2017 là 5, thấp hơn chỉ tiêu của đảng bộ (6). Kết quả chung tính theo chỉ tiêu của đảng bộ (6).');
  });

  it('speaks too when the sum is higher', () => {
    const f = check(validBook().set(P, 'Chỉ tiêu kết nạp', 2, 4));
    expect(issues(f)).toEqual([issue('P06', 'info', P, 'C2')]);
    expect(f[0].message).toContain('là 5, cao hơn chỉ tiêu của đảng bộ (4)');
  });

  it('does not fire when the sum equals the district’s target (the fixture)', () => {
    expect(check(validBook())).toEqual([]);
  });

  it('does not fire when the district has no target of its own (its target is the sum)', () => {
    expect(check(validBook().removeRow(P, 2))).toEqual([]);
  });

  it('counts only the targets of the report year', () => {
    const b = validBook();
    b.addRow(P, { Mã: 'H', Năm: 2016, 'Chỉ tiêu kết nạp': 100 });
    expect(check(b, { year: 2017 })).toEqual([]);
  });
});
