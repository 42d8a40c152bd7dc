/**
 * Settings of an analysis: the report period (the year, or the first half-year up to 30/06) and
 * the board's own validity of the awareness-class certificate (off unless set).
 */
import { analyze } from '../../src/core/analyze';
import { formatDay, readDate } from '../../src/core/dates';
import { nowValue } from '../../src/core/forms';
import { periodOf, periodEndIso, PERIODS } from '../../src/core/periods';
import { byRule, check, TODAY, validBook } from './fixture';

const dayOf = (s: unknown) => {
  const r = readDate(s);
  if (!r || !r.ok) throw new Error(`not a date: ${String(s)}`);
  return r.day;
};

describe('report periods', () => {
  it('offers the year and the first half-year, each ending on its day', () => {
    expect(PERIODS.map((p) => [p.id, periodEndIso(p.id, 2026)])).toEqual([
      ['year', '2026-12-31'],
      ['half', '2026-06-30'],
    ]);
    expect(periodOf('2026-06-30', 2026)).toBe('half');
    expect(periodOf('2026-12-31', 2026)).toBe('year');
    expect(periodOf('2026-09-30', 2026)).toBeNull();
  });

  it('the half-year counts the admissions of 01/01–30/06 only, and last year’s the same months', () => {
    const book = validBook();
    const grids = book.grids;
    const year = analyze(grids, { today: TODAY, forms: true, layouts: false });
    const half = analyze(grids, { today: TODAY, forms: true, layouts: false, period: 'half' });
    expect(half.figures!.asOf).toBe('2017-06-30');
    expect(half.forms!.period).toEqual({ from: '2017-01-01', to: '2017-06-30' });
    expect(half.forms!.lastPeriod).toEqual({ from: '2016-01-01', to: '2016-06-30' });
    // Counted from the sheet: the members admitted in the first half of 2017.
    const dv = grids.find((g) => g.name === 'DangVien')!;
    const col = (dv.values[0] as unknown[]).indexOf('Ngày vào Đảng');
    const admitted = dv.values.slice(1).map((r) => dayOf(r[col]));
    const secondHalf = admitted.filter((d) => d > dayOf('30/06/2017') && d <= dayOf('31/12/2017')).length;
    expect(secondHalf).toBeGreaterThan(0);
    expect(nowValue(year.forms!, 'bieu2', 'total')! - nowValue(half.forms!, 'bieu2', 'total')!).toBe(secondHalf);
    // Members are counted at 30/06 (the admission figures stay the year's, as reports.md defines them).
    expect(nowValue(half.forms!, 'bieu3', 'total')).toBe(half.figures!.district.members);
    // A typed report date wins over the preset.
    expect(analyze(grids, { today: TODAY, layouts: false, period: 'half', asOf: '2017-09-30' }).figures!.asOf).toBe('2017-09-30');
  });
});

describe('the awareness-class certificate’s validity (a setting, off by default)', () => {
  // Row 13 is admitted in 2017 (20/05); its class date is set two years before the admission.
  const book = () => {
    const b = validBook();
    const admitted = dayOf(b.get('DangVien', 'Ngày vào Đảng', 13));
    const twoYears = formatDay(admitted - 730);
    return b.set('DangVien', 'Ngày bồi dưỡng', 13, twoYears);
  };

  it('says nothing about an old certificate unless the board sets a validity', () => {
    expect(byRule(check(book()), 'M11')).toEqual([]);
  });

  it('with a validity of 12 months, flags a certificate two years old and says the limit is the board’s', () => {
    const b = book();
    const f = byRule(check(b, { trainingValidMonths: 12 }), 'M11');
    expect(f.map((x) => [x.cell, x.variant])).toEqual([[b.address('DangVien', 'Ngày bồi dưỡng', 13), 'expired']]);
    expect(f[0].message).toContain('quá 12 tháng');
    expect(f[0].message).toContain('thiết lập của ban');
    // 36 months covers two years.
    expect(byRule(check(b, { trainingValidMonths: 36 }), 'M11')).toEqual([]);
  });
});
