import { analyze } from '../../src/core/analyze';
import { addMonths, addWorkingDays, dayFromSerial, dayFromYMD, formatDay, parseIsoDay, readDate, serialFromDay, yearOf, yearsBetween } from '../../src/core/dates';
import { generateSample } from '../../src/sample';

const day = (d: number, m: number, y: number) => dayFromYMD(y, m, d);
const read = (v: unknown, fmt?: string) => readDate(v, fmt);

describe('readDate', () => {
  it('reads Excel serials in the 1900 system, around the fictitious 29/02/1900', () => {
    expect(read(1)).toEqual({ ok: true, day: day(1, 1, 1900) });
    expect(read(59)).toEqual({ ok: true, day: day(28, 2, 1900) });
    expect(read(60)).toEqual({ ok: false, reason: 'impossible' });
    expect(read(61)).toEqual({ ok: true, day: day(1, 3, 1900) });
    expect(read(43100, 'dd/mm/yyyy')).toEqual({ ok: true, day: day(31, 12, 2017) });
    expect(read(43100.75)).toEqual({ ok: true, day: day(31, 12, 2017) });
  });
  it('round-trips serials', () => {
    for (const s of [1, 59, 61, 25569, 43100]) expect(serialFromDay((read(s) as { day: number }).day)).toBe(s);
  });
  it('reads JS dates in UTC', () => {
    expect(read(new Date(Date.UTC(2017, 11, 31)))).toEqual({ ok: true, day: day(31, 12, 2017) });
  });
  it('reads Vietnamese-order text, never month-first', () => {
    expect(read('05/09/1985')).toEqual({ ok: true, day: day(5, 9, 1985) });
    expect(read('5/9/1985')).toEqual({ ok: true, day: day(5, 9, 1985) });
    expect(read('05-09-1985')).toEqual({ ok: true, day: day(5, 9, 1985) });
    expect(read('05.09.1985')).toEqual({ ok: true, day: day(5, 9, 1985) });
    expect(read(' 1985-09-05 ')).toEqual({ ok: true, day: day(5, 9, 1985) });
    expect(read('12/31/1985')).toEqual({ ok: false, reason: 'impossible' });
  });
  it('refuses two-digit years, impossible dates and words', () => {
    expect(read('05/09/85')).toEqual({ ok: false, reason: 'twoDigitYear' });
    expect(read('31/02/1990')).toEqual({ ok: false, reason: 'impossible' });
    expect(read('29/02/2016')).toEqual({ ok: true, day: day(29, 2, 2016) });
    expect(read('29/02/2017')).toEqual({ ok: false, reason: 'impossible' });
    expect(read('tháng 5')).toEqual({ ok: false, reason: 'unreadable' });
  });
  it('reads a bare year as such', () => {
    expect(read(1975)).toEqual({ ok: true, day: day(1, 1, 1975), yearOnly: true });
    expect(read('1975')).toEqual({ ok: true, day: day(1, 1, 1975), yearOnly: true });
    // With a date format the same number is a serial.
    expect(read(1975, 'dd/mm/yyyy')).toEqual({ ok: true, day: day(28, 5, 1905) });
  });
  it('treats empty as absent', () => {
    expect(read(null)).toBeNull();
    expect(read('  ')).toBeNull();
  });
});

describe('date arithmetic', () => {
  it('formats dd/mm/yyyy', () => expect(formatDay(day(5, 9, 1985))).toBe('05/09/1985'));
  it('adds months clamped to the month end', () => {
    expect(addMonths(day(31, 1, 2017), 1)).toBe(day(28, 2, 2017));
    expect(addMonths(day(15, 6, 2016), 12)).toBe(day(15, 6, 2017));
  });
  it('adds working days, skipping weekends', () => {
    expect(addWorkingDays(day(24, 11, 2017), 1)).toBe(day(27, 11, 2017)); // Friday → Monday
    expect(addWorkingDays(day(1, 1, 2018), 30)).toBe(day(12, 2, 2018));
  });
  it('counts whole years', () => {
    expect(yearsBetween(day(10, 5, 1999), day(9, 5, 2017))).toBe(17);
    expect(yearsBetween(day(10, 5, 1999), day(10, 5, 2017))).toBe(18);
  });
  it('agrees with the calendar on every day of 1890–2110 (year, age, civil date)', () => {
    const naiveYears = (a: number, b: number) => {
      const x = new Date(a * 864e5), y = new Date(b * 864e5);
      let n = y.getUTCFullYear() - x.getUTCFullYear();
      if (y.getUTCMonth() < x.getUTCMonth() || (y.getUTCMonth() === x.getUTCMonth() && y.getUTCDate() < x.getUTCDate())) n--;
      return n;
    };
    for (let d = day(1, 1, 1890); d < day(31, 12, 2110); d += 1) {
      const dt = new Date(d * 864e5);
      expect(yearOf(d)).toBe(dt.getUTCFullYear());
      expect(dayFromYMD(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate())).toBe(d);
    }
    for (let a = day(1, 1, 1940); a < day(1, 1, 2005); a += 37) {
      for (let span = 6000; span < 25000; span += 89) expect(yearsBetween(a, a + span)).toBe(naiveYears(a, a + span));
      for (const years of [18, 30, 60]) {
        const anniversary = dayFromYMD(new Date(a * 864e5).getUTCFullYear() + years, new Date(a * 864e5).getUTCMonth() + 1, new Date(a * 864e5).getUTCDate());
        for (const off of [-2, -1, 0, 1, 2]) expect(yearsBetween(a, anniversary + off)).toBe(naiveYears(a, anniversary + off));
      }
    }
  });
  it('parses ISO days strictly', () => {
    expect(parseIsoDay('2017-12-31')).toBe(day(31, 12, 2017));
    expect(parseIsoDay('2017-02-30')).toBeNull();
    expect(parseIsoDay('31/12/2017')).toBeNull();
  });
});

describe('the 1904 date system (SheetGrid.date1904)', () => {
  it('counts serials from 01/01/1904, 1,462 days after the 1900 system', () => {
    expect(formatDay(dayFromSerial(0, true)!)).toBe('01/01/1904');
    expect(formatDay(dayFromSerial(41426, true)!)).toBe('02/06/2017');
    expect(dayFromSerial(41426, true)).toBe(dayFromSerial(41426 + 1462));
    // 60 is a real day in 1904's count (29/02/1904), not Excel's fictitious 29/02/1900.
    expect(readDate(60, 'dd/mm/yyyy', true)).toEqual({ ok: true, day: dayFromSerial(60, true) });
    expect(readDate(41426, 'dd/mm/yyyy', true)).toEqual({ ok: true, day: dayFromSerial(42888) });
  });

  it('moves every date of a member sheet read from a 1904 workbook to its true day', () => {
    const sample = generateSample();
    const shifted = sample.map((g) => ({
      ...g,
      date1904: true,
      values: g.values.map((row) => row.map((v) => (v instanceof Date ? Math.round(v.getTime() / 86_400_000) + 25569 - 1462 : v))),
      numberFormats: g.values.map((row) => row.map((v) => (v instanceof Date ? 'dd/mm/yyyy' : null))),
    }));
    const a = analyze(shifted, { today: '2018-01-09' });
    const b = analyze(sample, { today: '2018-01-09' });
    expect(a.findings).toEqual(b.findings);
    expect(a.figures).toEqual(b.figures);
  });
});
