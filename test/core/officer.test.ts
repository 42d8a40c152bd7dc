/** The officer's views: each TCCS's admitted members add up to its figure; who is due; findings per chi bộ. */
import { analyze } from '../../src/core/analyze';
import { addMonths, dayFromYMD, isoDay, parseIsoDay } from '../../src/core/dates';
import { officerViews } from '../../src/core/officer';
import { sampleAnalysis } from '../report/helpers';
import { TODAY, validBook } from './fixture';

describe('how each figure was made', () => {
  it('the sample: the members listed per TCCS are exactly its admitted count (167 in all), each with name, cell and a 2017 date', () => {
    const a = sampleAnalysis();
    const v = officerViews(a.parsed, a.hierarchy, 2017, parseIsoDay(a.figures!.asOf)!, a.findings);
    let total = 0;
    for (const u of a.figures!.units) {
      const list = v.admitted[u.code] ?? [];
      expect(list).toHaveLength(u.admitted);
      total += list.length;
      for (const m of list) {
        expect(m.name).not.toBe('—');
        expect(m.cell).toBeTruthy();
        expect(m.date >= '2017-01-01' && m.date <= '2017-12-31').toBe(true);
        expect(m.address).toMatch(/^[A-Z]+\d+$/);
      }
      expect(list.map((m) => m.date)).toEqual([...list.map((m) => m.date)].sort());
    }
    expect(total).toBe(167);
    expect(total).toBe(a.figures!.district.admitted);
  });
});

describe('due for full membership in the next three months', () => {
  it('lists probationary members whose twelve months end by then, with their cell, overdue ones flagged', () => {
    const b = validBook();
    // Row 13 was admitted in 2017 (probationary): set its date so that it falls due in February 2018.
    b.set('DangVien', 'Ngày vào Đảng', 13, '15/02/2017');
    const a = analyze(b.grids, { today: TODAY, layouts: false });
    const from = dayFromYMD(2017, 12, 31);
    const v = officerViews(a.parsed, a.hierarchy, 2017, from, a.findings);
    expect(v.due.from).toBe('2017-12-31');
    expect(v.due.to).toBe(isoDay(addMonths(from, 3)));
    const row13 = v.due.members.find((m) => m.address.endsWith('13'))!;
    expect(row13).toMatchObject({ date: '2018-02-15', admitted: '2017-02-15', overdue: false });
    expect(row13.cell).toBeTruthy();
    expect(row13.name).toBe(String(b.get('DangVien', 'Họ và tên', 13)));
    // Nobody in the list is a full member or falls due after the three months.
    for (const m of v.due.members) expect(m.date <= v.due.to).toBe(true);
    // A member made full is no longer due.
    b.set('DangVien', 'Ngày chính thức', 13, '20/12/2017');
    const a2 = analyze(b.grids, { today: TODAY, layouts: false });
    expect(officerViews(a2.parsed, a2.hierarchy, 2017, from, a2.findings).due.members.some((m) => m.address.endsWith('13'))).toBe(false);
  });
});

describe('findings per chi bộ', () => {
  it('puts a member’s finding under the member’s cell, the others apart, each finding once', () => {
    const b = validBook().set('DangVien', 'Giới tính', 35, 'Nuw').set('DangVien', 'Giới tính', 3, 'Namm').removeRow('ChiTieu', 4);
    const a = analyze(b.grids, { today: TODAY, layouts: false });
    const v = officerViews(a.parsed, a.hierarchy, 2017, dayFromYMD(2017, 12, 31), a.findings);
    const all = v.byCell.flatMap((g) => g.findings).sort((x, y) => x - y);
    expect(all).toEqual(a.findings.map((_, i) => i));
    const m04 = a.findings.map((f, i) => [f, i] as const).filter(([f]) => f.rule === 'M04');
    const groupOf = (i: number) => v.byCell.find((g) => g.findings.includes(i))!;
    expect(groupOf(m04[0][1]).code).not.toBe('');
    expect(groupOf(m04[0][1]).code).not.toBe(groupOf(m04[1][1]).code);
    // The plan's finding (on ChiTieu) concerns no chi bộ.
    const p06 = a.findings.findIndex((f) => f.rule === 'P06');
    expect(groupOf(p06).code).toBe('');
    expect(v.byCell[v.byCell.length - 1].code).toBe('');
  });
});
