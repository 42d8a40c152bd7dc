/**
 * The statistical forms of a province's workbooks read together: each figure is what the
 * communes' own forms add up to (as a province officer would add them with a calculator), this
 * period and the same period last year; a row needing a column counts only when every workbook
 * has that column.
 */
import { analyze } from '../../../src/core/analyze';
import { AGE_BANDS, formTable, nowValue, reconcile, countPeriod, periodsOf, type FormId, type FormsFigures } from '../../../src/core/forms';
import { dayFromYMD } from '../../../src/core/dates';
import type { SheetGrid } from '../../../src/core/grid';
import { analyzeMany, type WorkbookInput } from '../../../src/core/merge';
import { runWorkbooks } from '../../../src/pipeline/run-many';
import { generateProvince } from '../../../src/sample';

const TODAY = '2026-12-01';
const province = generateProvince();
const PLAN = 'TU-KeHoach-2026.xlsx';
const copy = (grids: SheetGrid[]): SheetGrid[] => grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
const inputs = (): WorkbookInput[] => province.map((f) => ({ file: f.file, grids: copy(f.grids) }));

/** The value of a row this period (`now`) or last year (`last`), as the forms' table holds it. */
function cell(f: FormsFigures, id: FormId, key: string, which: 'now' | 'last', measure = 0): number | null {
  return formTable(f, id).rows.find((r) => r.key === key)!.cells[measure]?.[which] ?? null;
}

/** Adds a member column to a workbook's DangVien sheet (after its title rows), `value(i)` for the i-th member. */
function addMemberColumn(grids: SheetGrid[], header: string, value: (i: number) => string | null): void {
  const sheet = grids.find((g) => g.name === 'DangVien')!;
  const at = sheet.values.findIndex((r) => r?.includes('Họ và tên'));
  sheet.values.forEach((r, i) => {
    if (i < at || !r) return;
    r.push(i === at ? header : value(i - at - 1));
  });
}

describe('the statistical forms of a province folder', () => {
  const m = analyzeMany(inputs(), { today: TODAY, forms: true });
  const forms = m.forms!;
  const alone = province
    .filter((x) => x.file !== PLAN)
    .map((x) => analyze(copy(x.grids), { today: TODAY, layouts: false, forms: true, year: 2026 }).forms!);

  const sum = (id: FormId, key: string, which: 'now' | 'last', measure = 0) =>
    alone.reduce((s, f) => s + (cell(f, id, key, which, measure) ?? 0), 0);

  it('adds up the communes’ Biểu 1, 2, 3 and 5, this period and the same period last year', () => {
    expect(forms.year).toBe(2026);
    const rows: [FormId, string][] = [
      ['bieu1', 'start'], ['bieu1', 'admitted'], ['bieu1', 'increase'], ['bieu1', 'decrease'], ['bieu1', 'end'],
      ['bieu2', 'total'], ['bieu2', 'women'], ['bieu2', 'ethnicMinority'], ['bieu2', 'tccsAdmitting'],
      ['bieu3', 'total'], ['bieu3', 'women'], ['bieu3', 'probationary'],
      ...AGE_BANDS.map((b): [FormId, string] => ['bieu2', `age.${b.key}`]),
      ...AGE_BANDS.map((b): [FormId, string] => ['bieu3', `age.${b.key}`]),
    ];
    for (const [id, key] of rows) {
      expect([id, key, cell(forms, id, key, 'now')]).toEqual([id, key, sum(id, key, 'now')]);
      expect([id, key, cell(forms, id, key, 'last')]).toEqual([id, key, sum(id, key, 'last')]);
    }
    // The province's admissions are its communes' and TCCS's, as the figures count them.
    expect(nowValue(forms, 'bieu2', 'total')).toBe(m.figures!.district.admitted);
    expect(nowValue(forms, 'bieu3', 'total')).toBe(m.figures!.district.members);
    expect(nowValue(forms, 'bieu2', 'total')).toBeGreaterThan(0);
    // Biểu 5: every commune's đảng bộ cơ sở, chi bộ cơ sở and cells.
    const units = formTable(forms, 'bieu5').def.measures.map((_, i) => i);
    for (const i of units) expect(cell(forms, 'bieu5', 'total', 'now', i)).toBe(sum('bieu5', 'total', 'now', i));
  });

  it('takes the average age over every new member of every commune, not the average of averages', () => {
    const avg = (which: 'now' | 'last') => {
      let total = 0;
      let n = 0;
      for (const f of alone) {
        const k = cell(f, 'bieu2', 'total', which) ?? 0;
        const a = cell(f, 'bieu2', 'averageAge', which);
        if (a !== null) {
          total += a * k;
          n += k;
        }
      }
      return total / n;
    };
    // Each commune's average is rounded to 0.1: the weighted mean of the rounded ones is within 0.05.
    expect(Math.abs(nowValue(forms, 'bieu2', 'averageAge')! - avg('now'))).toBeLessThanOrEqual(0.06);
    expect(Math.abs(cell(forms, 'bieu2', 'averageAge', 'last')! - avg('last'))).toBeLessThanOrEqual(0.06);
  });

  it('reconciles: start + increases − decreases = end, over all the workbooks', () => {
    const ins = m.files.filter((f) => f.analysis.figures).map((f) => ({ wb: f.analysis.parsed, hierarchy: f.analysis.hierarchy, model: f.analysis.model }));
    const r = reconcile(countPeriod(ins, periodsOf(2026, dayFromYMD(2026, 12, 31)).now, true).bieu1);
    expect(r.end).toBe(r.expectedEnd);
    expect(r.end).toBe(nowValue(forms, 'bieu1', 'end'));
  });

  it('leaves a row empty, naming the column, when one workbook lacks it; counts it when all have it', () => {
    const withUnion = (files: string[]) =>
      inputs().map((i) => {
        if (files.includes(i.file)) addMemberColumn(i.grids, 'Đoàn viên', (k) => (k % 2 ? 'Có' : null));
        return i;
      });
    const communes = province.map((f) => f.file).filter((f) => f !== PLAN);
    const some = analyzeMany(withUnion([communes[0]]), { today: TODAY, forms: true }).forms!;
    const row = formTable(some, 'bieu2').rows.find((r) => r.key === 'youthUnion')!;
    expect(row.cells[0].now).toBeNull();
    expect(row.missing).toEqual(['Đoàn viên']);

    const all = analyzeMany(withUnion(communes), { today: TODAY, forms: true }).forms!;
    const union = formTable(all, 'bieu2').rows.find((r) => r.key === 'youthUnion')!;
    expect(union.missing).toEqual([]);
    expect(union.cells[0].now).toBeGreaterThan(0);
  });

  it('reaches report --json and the Biểu sheets through the one run pipeline', () => {
    const r = runWorkbooks(inputs(), { lang: 'vi', today: TODAY, forms: true });
    expect(r.forms!.newMembers.total).toBe(m.figures!.district.admitted);
    expect(r.forms!.changes.end).toBe(nowValue(forms, 'bieu1', 'end'));
    expect(r.formLayouts.map((l) => l.name)).toEqual(['Biểu 1 2026', 'Biểu 2 2026', 'Biểu 2b 2026', 'Biểu 3 2026', 'Biểu 4 2026', 'Biểu 5 2026']);
    // The export carries the forms too.
    const sent = runWorkbooks(inputs(), { lang: 'vi', today: TODAY, layouts: true });
    expect(sent.exportLayouts.map((l) => l.name)).toEqual(expect.arrayContaining(['Biểu 1 2026', 'Biểu 5 2026']));
  });
});
