/**
 * The statistical forms' figures, computed here a second way straight from the sheet's rows (not
 * from the layouts or the core's records), on workbooks with and without the optional columns.
 */
import { analyze } from '../../../src/core/analyze';
import type { CellValue } from '../../../src/core/grid';
import { formsJson, formTable, reconcile, countPeriod, periodsOf } from '../../../src/core/forms';
import { dayFromYMD } from '../../../src/core/dates';
import { generateSample } from '../../../src/sample';
import { TODAY, validBook, type Book, YEAR } from '../fixture';
import { bookWithChanges } from './books';


/** dd/mm/yyyy → a comparable yyyymmdd number; null when empty. */
function ymdOf(v: CellValue): number | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const [d, m, y] = v.split('/').map(Number);
  return y * 10000 + m * 100 + d;
}

const LEAVING: Record<string, string> = { 'Từ trần': 'died', 'Khai trừ': 'expelled', 'Xóa tên': 'removed', 'Ra khỏi Đảng': 'resigned', 'Chuyển đi': 'transferredOut' };

/** The forms' headline figures from the raw rows, as a clerk would count them by hand. */
function byHand(book: Book, year: number) {
  const g = book.sheet('DangVien');
  const head = g.values[0] as string[];
  const col = (h: string) => head.indexOf(h);
  const rows = g.values.slice(1).map((r) => Object.fromEntries(head.map((h, j) => [h, r[j]])) as Record<string, CellValue>);
  const start = year * 10000 + 101;
  const end = year * 10000 + 1231;
  const memberAt = (r: Record<string, CellValue>, day: number) => {
    const adm = ymdOf(r['Ngày vào Đảng']);
    const moved = col('Ngày chuyển đến') >= 0 ? ymdOf(r['Ngày chuyển đến']) : null;
    const status = String(r['Tình trạng'] ?? '') || 'Đang sinh hoạt';
    const sd = ymdOf(r['Ngày biến động']);
    if (adm === null || adm > day || (moved !== null && moved > day)) return false;
    if (status === 'Đang sinh hoạt' || status === 'Miễn sinh hoạt') return true;
    if (status === 'Phục hồi đảng tịch') return sd === null || sd <= day;
    return sd !== null && sd > day;
  };
  const inYear = (d: number | null) => d !== null && d >= start && d <= end;
  const changes: Record<string, number> = { start: 0, admitted: 0, transferredIn: 0, restored: 0, died: 0, expelled: 0, removed: 0, resigned: 0, transferredOut: 0, end: 0 };
  const newMembers = { total: 0, women: 0, youthUnion: 0, young: 0, ageSum: 0 };
  const members = { total: 0, women: 0, probationary: 0 };
  for (const r of rows) {
    const adm = ymdOf(r['Ngày vào Đảng'])!;
    const moved = col('Ngày chuyển đến') >= 0 ? ymdOf(r['Ngày chuyển đến']) : null;
    const came = moved !== null && moved > adm;
    if (memberAt(r, (year - 1) * 10000 + 1231)) changes.start++;
    if (memberAt(r, end)) {
      changes.end++;
      members.total++;
      if (r['Giới tính'] === 'Nữ') members.women++;
      const full = ymdOf(r['Ngày chính thức']);
      if (full === null || full > end) members.probationary++;
    }
    if (inYear(adm) && !came) {
      changes.admitted++;
      newMembers.total++;
      if (r['Giới tính'] === 'Nữ') newMembers.women++;
      if (col('Đoàn viên') >= 0 && r['Đoàn viên'] === 'Có') newMembers.youthUnion++;
      const birth = ymdOf(r['Ngày sinh'])!;
      const age = Math.floor((adm - birth) / 10000);
      newMembers.ageSum += age;
      if (age <= 30) newMembers.young++;
    }
    if (came && inYear(moved)) changes.transferredIn++;
    const status = String(r['Tình trạng'] ?? '');
    const sd = ymdOf(r['Ngày biến động']);
    if (status === 'Phục hồi đảng tịch' && inYear(sd)) changes.restored++;
    if (LEAVING[status] && inYear(sd)) changes[LEAVING[status]]++;
  }
  return { changes, newMembers, members };
}

const run = (book: Book) => analyze(book.grids, { today: TODAY, year: YEAR, forms: true });

describe('the statistical forms', () => {
  it('match a count by hand on a workbook with the optional columns, and reconcile', () => {
    const book = bookWithChanges();
    const a = run(book);
    const json = formsJson(a.forms!);
    const hand = byHand(book, YEAR);
    expect(json.changes).toEqual(hand.changes);
    expect(hand.changes).toMatchObject({ transferredIn: 1, restored: 1, died: 1, removed: 1, transferredOut: 1 });
    expect(json.newMembers).toMatchObject({ total: hand.newMembers.total, women: hand.newMembers.women, youthUnion: 1, readmitted: 0 });
    expect(json.newMembers.ages['18-30']).toBe(hand.newMembers.young);
    expect(json.newMembers.averageAge).toBe(Math.round((hand.newMembers.ageSum / hand.newMembers.total) * 10) / 10);
    expect(json.members).toMatchObject(hand.members);
    const c = json.changes;
    expect(c.start! + c.admitted! + c.transferredIn! + c.restored! - c.died! - c.expelled! - c.removed! - c.resigned! - c.transferredOut!).toBe(c.end);
    const b1 = formTable(a.forms!, 'bieu1');
    const v = (k: string) => b1.rows.find((r) => r.key === k)!.cells[0].now;
    expect([v('transferredIn.out'), v('transferredIn.in'), v('transferredOut.in'), v('removed.probationary')]).toEqual([1, 0, 1, 1]);
    expect(formTable(a.forms!, 'bieu3').rows.find((r) => r.key === 'edu.upperSecondary')!.cells[0].now).toBe(1);
    expect(a.findings.filter((f) => f.rule === 'B01')).toEqual([]);
  });

  it('match a count by hand without the optional columns, whose figures are null', () => {
    const book = validBook();
    const a = run(book);
    const json = formsJson(a.forms!);
    const hand = byHand(book, YEAR);
    expect(json.changes).toEqual({ ...hand.changes, transferredIn: null });
    expect(json.newMembers).toMatchObject({ total: hand.newMembers.total, women: hand.newMembers.women, youthUnion: null, readmitted: null });
    expect(json.members).toMatchObject(hand.members);
    expect(a.forms!.missingColumns).toEqual(expect.arrayContaining(['Ngày chuyển đến', 'Đoàn viên', 'Kết nạp lại']));
  });

  it('give last year from the same workbook as at 31/12 of the year before', () => {
    const book = bookWithChanges();
    const a = run(book);
    const hand = byHand(book, YEAR - 1);
    const b1 = formTable(a.forms!, 'bieu1');
    const last = (k: string) => b1.rows.find((r) => r.key === k)!.cells[0].last;
    expect(last('start')).toBe(hand.changes.start);
    expect(last('end')).toBe(hand.changes.end);
    expect(last('admitted')).toBe(hand.changes.admitted);
    // This year's start is last year's end.
    expect(b1.rows.find((r) => r.key === 'start')!.cells[0].now).toBe(last('end'));
  });

  it('leave the cells of a missing column empty in the sheet, with a note naming the column', () => {
    const a = run(validBook());
    const sheet = a.layouts.find((l) => l.name === `Biểu 2 ${YEAR}`)!;
    const row = sheet.rows.find((r) => typeof r[1] === 'string' && r[1].trim() === 'Đoàn viên thanh niên')!;
    expect(row.slice(2, 5)).toEqual([null, null, null]);
    expect(row[5]).toBe('Sổ thiếu cột: Đoàn viên');
    const women = sheet.rows.find((r) => typeof r[1] === 'string' && r[1].trim() === 'Nữ')!;
    expect(typeof women[2]).toBe('number');
    expect(women[5]).toBeNull();
  });

  it('fill the bundled sample: the article’s 167 admitted and 3,044 members, reconciled', () => {
    const a = analyze(generateSample(), { today: TODAY, forms: true });
    const json = formsJson(a.forms!);
    expect(json.newMembers.total).toBe(a.figures!.district.admitted);
    expect(json.newMembers.total).toBe(167);
    expect(json.members.total).toBe(3044);
    expect(json.changes.end).toBe(3044);
    const r = reconcile(countPeriod({ wb: a.parsed, hierarchy: a.hierarchy, model: a.model }, periodsOf(2017, dayFromYMD(2017, 12, 31)).now, true).bieu1);
    expect(r.expectedEnd).toBe(r.end);
    const b5 = formTable(a.forms!, 'bieu5').rows.find((x) => x.key === 'total')!;
    expect(b5.cells.map((c) => c.now)).toEqual([21, 18, a.forms!.tables[5].rows[0].cells[2].now, 300, 3044]);
    // By ethnic group and by religion: the groups add up to the total, women included.
    const b2b = formTable(a.forms!, 'bieu2b').rows;
    const sum = (prefix: string, i: number) => b2b.filter((x) => x.key.startsWith(prefix)).reduce((t, x) => t + x.cells[i].now!, 0);
    expect([sum('ethnic.', 0), sum('ethnic.', 1)]).toEqual([167, json.newMembers.women]);
    expect(sum('religion.', 0)).toBe(json.newMembers.religious);
    expect(a.layouts.map((l) => l.name).filter((n) => n.startsWith('Biểu'))).toEqual(['Biểu 1 2017', 'Biểu 2 2017', 'Biểu 2b 2017', 'Biểu 3 2017', 'Biểu 4 2017', 'Biểu 5 2017']);
  });
});
