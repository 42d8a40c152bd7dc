/** M16–M19 and B01: the rules on the forms' optional columns and on admission dates. */
import { byRule, check, validBook } from '../fixture';

const EDU = 'Trình độ giáo dục phổ thông';

describe('M18 education at admission', () => {
  const book = (value: string, difficult?: 'XA' | 'XA-T1') => {
    const b = validBook().addColumn('DangVien', EDU);
    if (difficult) {
      b.addColumn('ToChuc', 'Vùng khó khăn');
      b.set('ToChuc', 'Vùng khó khăn', b.unitRow(difficult), 'Có');
    }
    // Row 13 is the admission of 2017 in cell XA-T1.
    return b.set('DangVien', EDU, 13, value);
  };

  it('asks for lower secondary (9/12, 7/10, THCS) at least', () => {
    expect(byRule(check(book('9/12')), 'M18')).toEqual([]);
    expect(byRule(check(book('7/10')), 'M18')).toEqual([]);
    expect(byRule(check(book('THCS')), 'M18')).toEqual([]);
    const [f] = byRule(check(book('8/12')), 'M18');
    expect(f.message).toContain('trung học cơ sở');
    expect(f.message).toContain('Quy định 29-QĐ/TW');
  });

  it('asks for primary only where the commune or the TCCS is marked as a difficult area (inherited below)', () => {
    expect(byRule(check(book('6/12', 'XA')), 'M18')).toEqual([]);
    expect(byRule(check(book('3/12', 'XA')), 'M18')[0].message).toContain('tiểu học');
  });

  it('says when the value cannot be read (info), and checks nothing without the column', () => {
    expect(byRule(check(book('khá')), 'M18').map((f) => f.severity)).toEqual(['info']);
    expect(byRule(check(validBook()), 'M18')).toEqual([]);
  });
});

describe('M17 re-admission', () => {
  const book = (exit: string) =>
    validBook().addColumn('DangVien', 'Kết nạp lại').addColumn('DangVien', 'Ngày ra khỏi Đảng trước').set('DangVien', 'Kết nạp lại', 13, 'Có').set('DangVien', 'Ngày ra khỏi Đảng trước', 13, exit);

  it('needs 36 months after leaving, and names the text and the once-only limit', () => {
    // Row 13 was admitted on 18/11/2017 (the fixture's dates in the year).
    const admitted = String(validBook().get('DangVien', 'Ngày vào Đảng', 13));
    const [d, m, y] = admitted.split('/').map(Number);
    const exactly = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y - 3}`;
    expect(byRule(check(book(exactly)), 'M17')).toEqual([]);
    const [f] = byRule(check(book(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y - 2}`)), 'M17');
    expect(f.message).toContain('24 tháng');
    expect(f.message).toContain('một lần');
  });

  it('asks for the leaving date when the column is there but empty', () => {
    expect(byRule(check(book('')), 'M17')[0].message).toContain('chưa có ngày ra khỏi Đảng trước');
  });

  it('finds a second re-admission: the same person (name and birth date) re-admitted on an earlier row who left again', () => {
    const b = book('01/01/2013');
    const name = b.get('DangVien', 'Họ và tên', 13);
    const birth = b.get('DangVien', 'Ngày sinh', 13);
    // The first re-admission, in 2009, removed in 2012: the 2017 row is the second.
    const row = b.addMember('XA-T1', {
      'Họ và tên': name, 'Ngày sinh': birth, 'Kết nạp lại': 'Có', 'Ngày ra khỏi Đảng trước': '01/02/2005',
      'Ngày vào Đảng': '10/03/2009', 'Ngày chính thức': '10/03/2010', 'Tình trạng': 'Xóa tên', 'Ngày biến động': '05/05/2012',
    });
    const f = byRule(check(b), 'M17');
    expect(f.map((x) => [x.cell, x.variant])).toEqual([[b.address('DangVien', 'Kết nạp lại', 13), 'second']]);
    expect(f[0].message).toContain(`ô ${b.address('DangVien', 'Kết nạp lại', row)}`);
    expect(f[0].message).toContain('10/03/2009');
    expect(f[0].message).toContain('một lần');
    // Another person of the same name but born another day is not the same person.
    b.set('DangVien', 'Ngày sinh', row, '01/01/1950');
    expect(byRule(check(b), 'M17')).toEqual([]);
    // The same Số CCCD is the same person whatever the name says.
    b.addColumn('DangVien', 'Số CCCD').set('DangVien', 'Số CCCD', row, '066085000123').set('DangVien', 'Số CCCD', 13, '066085000123');
    expect(byRule(check(b), 'M17').map((x) => x.variant)).toEqual(['second']);
  });
});

describe('M16 citizen id', () => {
  it('wants 12 digits, once each', () => {
    const b = validBook().addColumn('DangVien', 'Số CCCD').set('DangVien', 'Số CCCD', 5, '066085000123').set('DangVien', 'Số CCCD', 6, '066085000123');
    const f = byRule(check(b), 'M16');
    expect(f.map((x) => x.cell)).toEqual(['O6']);
    expect(f[0].message).toContain('O5');
    expect(f[0].message).not.toContain('066085000123');
  });
});

describe('M12 a restored member without the date', () => {
  it('says the member is counted from the admission', () => {
    const b = validBook().set('DangVien', 'Tình trạng', 5, 'Phục hồi đảng tịch');
    expect(byRule(check(b), 'M12')[0].message).toContain('được tính từ ngày vào Đảng');
  });
});
