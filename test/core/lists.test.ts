import { LISTS, matchList, isNoReligion } from '../../src/core/lists';
import { cleanText, foldKey, MAYBE_LEGACY, NEEDS_NFC, scanText, UNTIDY } from '../../src/core/text/normalize';

describe('list matching', () => {
  it.each([
    ['gender', 'nữ', 'Nữ'], ['gender', 'NU', 'Nữ'], ['gender', 'F', 'Nữ'], ['gender', 'male', 'Nam'],
    ['ethnicity', 'Êđê', 'Ê Đê'], ['ethnicity', 'Ê-đê', 'Ê Đê'], ['ethnicity', 'Ede', 'Ê Đê'], ['ethnicity', 'ê đê', 'Ê Đê'],
    ['ethnicity', "H'Mông", 'Mông'], ['ethnicity', "M'Nông", 'Mnông'], ['ethnicity', 'kinh', 'Kinh'], ['ethnicity', 'Khơ-me', 'Khmer'],
    ['yesno', 'x', 'Có'], ['yesno', '1', 'Có'], ['yesno', 'No', 'Không'],
    ['status', 'Chết', 'Từ trần'], ['status', 'đã chuyển đi', 'Chuyển đi'], ['status', 'Xin ra khỏi Đảng', 'Ra khỏi Đảng'],
    ['setting', 'Buôn', 'Thôn/Buôn'], ['setting', 'Trạm y tế', 'Y tế'], ['setting', 'Thị trấn', 'Xã/Thị trấn'],
  ] as const)('%s: %s → %s', (list, raw, value) => {
    expect(matchList(list, raw)).toEqual({ value });
  });
  it('has the 54 ethnic groups (and foreign-born)', () => {
    expect(LISTS.ethnicity.length).toBe(55);
  });
  it('suggests the nearest value for a typo, nothing for nonsense', () => {
    expect(matchList('ethnicity', 'Nùnggg')).toEqual({ value: null, nearest: 'Nùng' });
    expect(matchList('gender', 'xyzxyz')).toEqual({ value: null, nearest: null });
  });
  it('reads no religion', () => {
    expect(isNoReligion('Không')).toBe(true);
    expect(isNoReligion(null)).toBe(true);
    expect(isNoReligion('Phật giáo')).toBe(false);
  });
});

describe('text', () => {
  it('trims, folds spaces and normalises to NFC', () => {
    expect(cleanText('  Nguyễn\u00a0 Văn   An ')).toBe('Nguyễn Văn An');
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
  it('flags only what needs work', () => {
    expect(scanText('Nguyễn Văn An')).toBe(0);
    expect(scanText(' An') & UNTIDY).toBeTruthy();
    expect(scanText('An ') & UNTIDY).toBeTruthy();
    expect(scanText('Văn  An') & UNTIDY).toBeTruthy();
    expect(scanText('Văn\u00a0An') & UNTIDY).toBeTruthy();
    expect(scanText('Nguye\u0302\u0303n') & NEEDS_NFC).toBeTruthy();
    expect(scanText('NguyÔn V¨n') & MAYBE_LEGACY).toBeTruthy();
    expect(scanText('Nguyễn')).toBe(0);
  });
  it('folds keys without diacritics, case, spaces, _ and -', () => {
    expect(foldKey('Đảng viên')).toBe('dangvien');
    expect(foldKey('DANG VIEN')).toBe('dangvien');
    expect(foldKey('dang_vien')).toBe('dangvien');
    expect(foldKey('Dang-Vien')).toBe('dangvien');
  });
});
