import { formatDecimal, formatInteger, formatMessage, formatPercent, formatShare, joinList, upper } from '../../src/report/format';

describe('Vietnamese and English number formatting', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatInteger(3044, 'vi')).toBe('3.044');
    expect(formatInteger(3044, 'en')).toBe('3,044');
    expect(formatInteger(2739, 'vi')).toBe('2.739');
    expect(formatInteger(1234567, 'vi')).toBe('1.234.567');
    expect(formatInteger(999, 'vi')).toBe('999');
    expect(formatInteger(0, 'vi')).toBe('0');
    expect(formatInteger(-1500, 'en')).toBe('-1,500');
  });

  it('writes attainment as a whole percent, half up, as the sheets do', () => {
    expect(formatPercent(167 / 150, 'vi')).toBe('111%');
    expect(formatPercent(13 / 8, 'vi')).toBe('163%');
    expect(formatPercent(0.145, 'vi')).toBe('15%');
    expect(formatPercent(0, 'vi')).toBe('0%');
    expect(formatPercent(12.5, 'vi')).toBe('1.250%');
  });

  it('writes shares with one decimal, a comma in Vietnamese, none when whole', () => {
    expect(formatShare(64 / 167, 'vi')).toBe('38,3%');
    expect(formatShare(64 / 167, 'en')).toBe('38.3%');
    expect(formatShare(144 / 162, 'vi')).toBe('88,9%');
    expect(formatShare(1, 'vi')).toBe('100%');
    expect(formatShare(0.9, 'vi')).toBe('90%');
    expect(formatDecimal(0.05, 1, 'vi')).toBe('0,1');
    expect(formatDecimal(1234.56, 1, 'vi')).toBe('1.234,6');
  });
});

describe('templates', () => {
  it('fills placeholders, numbers written the language’s way; years passed as text stay whole', () => {
    expect(formatMessage('Năm {year}: {n} đảng viên', { year: '2017', n: 3044 }, 'vi')).toBe('Năm 2017: 3.044 đảng viên');
  });

  it('chooses the English singular or plural by the number', () => {
    const t = '{n|# new member|# new members} in {c|one cell|# cells}';
    expect(formatMessage(t, { n: 1, c: 1 }, 'en')).toBe('1 new member in one cell');
    expect(formatMessage(t, { n: 0, c: 2 }, 'en')).toBe('0 new members in 2 cells');
    expect(formatMessage(t, { n: 1200, c: 3 }, 'en')).toBe('1,200 new members in 3 cells');
    expect(formatMessage('need{n|s|}', { n: 1 }, 'en')).toBe('needs');
    expect(formatMessage('need{n|s|}', { n: 2 }, 'en')).toBe('need');
  });

  it('leaves an unknown placeholder as it is', () => {
    expect(formatMessage('{a} {b}', { a: 'x' }, 'vi')).toBe('x {b}');
  });

  it('joins lists with the catalogue’s joiners', () => {
    const j = { separator: ', ', last: ' và ' };
    expect(joinList([], j)).toBe('');
    expect(joinList(['a'], j)).toBe('a');
    expect(joinList(['a', 'b'], j)).toBe('a và b');
    expect(joinList(['a', 'b', 'c'], j)).toBe('a, b và c');
  });

  it('upper-cases Vietnamese names for the header', () => {
    expect(upper("Huyện ủy M'Đrắk")).toBe("HUYỆN ỦY M'ĐRẮK");
    expect(upper('Đảng bộ tỉnh Đắk Lắk')).toBe('ĐẢNG BỘ TỈNH ĐẮK LẮK');
  });
});
