// The summary sheets as data: what a host renders is decided here.
import { analyze, exportLayouts } from '../../src/core/analyze';
import type { Finding } from '../../src/core/findings';
import { parseA1 } from '../../src/core/grid';
import { findingsLayout, FINDINGS_SHEET_CAP } from '../../src/core/layouts/findings-sheet';
import type { SheetLayout } from '../../src/core/layouts/types';
import { generateSample } from '../../src/sample';

const a = analyze(generateSample(), { today: '2026-11-25', pivotSource: true });
const byKey = (k: SheetLayout['key'], layouts = a.layouts) => layouts.find((l) => l.key === k)!;
const valueAt = (l: SheetLayout, cell: string) => {
  const { row, col } = parseA1(cell)!;
  return l.rows[row]?.[col];
};

describe('TH Kết nạp 2017', () => {
  const l = byKey('admissions');
  const totalRow = l.rows.findIndex((r) => r[0] === 'Tổng cộng');

  it('has one row per TCCS in a table, then the district total', () => {
    expect(l.name).toBe('TH Kết nạp 2017');
    expect(l.tables).toEqual([{ name: 'TH_KetNap_2017', range: 'A4:O43', style: 'TableStyleMedium2' }]);
    expect(totalRow).toBe(43);
    expect(l.rows.slice(4, 43).map((r) => r[0])).toEqual(a.figures!.units.map((u) => u.code));
  });
  it('computes attainment and totals with live formulas whose cached values are the figures', () => {
    const f = (cell: string) => l.formulas.find((x) => x.cell === cell)?.formula;
    expect(f('F5')).toBe('=IF(OR(D5="",D5=0),"—",E5/D5)');
    expect(f('G5')).toBe('=IF(ISNUMBER(F5),IF(F5>=1,"Đạt","Chưa đạt"),"—")');
    expect(f('E44')).toBe('=SUM(E5:E43)');
    expect(valueAt(l, 'E44')).toBe(167);
    // The district has its own target row: a value, not the sum of the TCCS targets.
    expect(f('D44')).toBeUndefined();
    expect(valueAt(l, 'D44')).toBe(150);
    expect(valueAt(l, 'F44')).toBeCloseTo(167 / 150, 12);
    expect(valueAt(l, 'G44')).toBe('Đạt');
  });
  it('shows a target of 0 as —, never a division error', () => {
    const zero = a.figures!.units.findIndex((u) => u.target === 0);
    expect(zero).toBeGreaterThanOrEqual(0);
    expect(l.rows[4 + zero][5]).toBe('—');
  });
  it('formats, freezes, highlights attainment and charts it', () => {
    expect(l.numberFormats).toContainEqual({ range: 'F5:F44', format: '0%' });
    expect(l.freezeRows).toBe(4);
    expect(l.conditionalFormats.map((c) => c.type)).toEqual(['dataBar', 'lessThan']);
    expect(l.charts[0]).toMatchObject({ type: 'bar', categories: 'B5:B43', values: 'F5:F43' });
    expect(l.print).toEqual({ orientation: 'landscape', repeatRows: '4:4' });
  });
});

describe('TH Tổ chức 2017', () => {
  const l = byKey('structure');
  const row = (label: string) => l.rows.find((r) => r[0] === label)!;
  it('holds the structure counts and the two indicators against their goals', () => {
    expect(row('Tổ chức cơ sở đảng')[1]).toBe(39);
    expect(row('— Đảng bộ cơ sở')[1]).toBe(21);
    expect(row('— Chi bộ cơ sở')[1]).toBe(18);
    expect(row('Chi bộ trực thuộc đảng bộ cơ sở')[1]).toBe(300);
    const village = row('Chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ');
    const i = a.figures!.indicators.villageCellsWithLocal;
    expect(village.slice(1, 5)).toEqual([i.met, i.total, i.share, 0.9]);
    expect(row('Đảng bộ xã, thị trấn có chi bộ trạm y tế').slice(1, 5)).toEqual([10, 13, 10 / 13, 1]);
  });
  it('lists members per TCCS and the training classes', () => {
    expect(row('Nhận thức về Đảng').slice(1, 3)).toEqual([3, 310]);
    const totals = l.rows.filter((r) => r[0] === 'Tổng cộng');
    expect(totals[0].slice(2, 5)).toEqual([3044, a.figures!.district.full, a.figures!.district.probationary]);
    expect(totals[1].slice(1, 3)).toEqual([22, 2739]);
  });
});

describe('Pivot 2017', () => {
  const p = byKey('pivot');
  const data = byKey('pivotData');
  it('specifies two PivotTables over a source table without names or ids', () => {
    expect(p.pivots.map((x) => [x.rows, x.columns, x.value])).toEqual([
      [['TCCS'], ['Giới tính'], 'TCCS'],
      [['TCCS'], ['Tình trạng'], 'TCCS'],
    ]);
    expect(p.pivots[0].filters).toEqual([{ field: 'Đảng viên tại ngày báo cáo', include: ['Có'] }]);
    expect(data.rows[0]).toEqual(['TCCS', 'Chi bộ', 'Giới tính', 'Dân tộc', 'Tình trạng', 'Năm vào Đảng', 'Nhóm tuổi', 'Người tại chỗ', 'Đảng viên tại ngày báo cáo']);
    const members = generateSample().find((g) => g.name === 'DangVien')!.values;
    const ids = new Set(members.map((r) => r[0]));
    const names = new Set(members.map((r) => r[2]));
    for (const r of data.rows) for (const v of r) expect(ids.has(v as string) || names.has(v as string)).toBe(false);
  });
  it('carries the same cross-tab as values: members at the report date by gender', () => {
    const total = p.rows.find((r) => r[0] === 'Tổng cộng')!;
    expect(total[3]).toBe(3044);
    const counted = data.rows.slice(1).filter((r) => r[8] === 'Có').length;
    expect(counted).toBe(3044);
  });
  it('leaves the per-member source out of a file sent on', () => {
    const out = exportLayouts(a);
    expect(out.map((l) => l.key)).toEqual(['admissions', 'structure', 'pivot', 'findings', 'form1', 'form2', 'form2b', 'form3', 'form4', 'form5']);
    expect(byKey('pivot', out).pivots).toEqual([]);
  });
});

describe('Kiểm tra', () => {
  const finding = (i: number, personal = false): Finding => ({
    rule: 'M14', variant: 'default', severity: 'warning', sheet: 'DangVien', cell: `C${i + 5}`, params: {}, suggestion: 'Nguyễn Văn An', personal,
  });
  it('links each address to its cell in the workbook, and drops links and personal fixes in a file sent on', () => {
    const inBook = findingsLayout(2017, [finding(0, true)], 'vi', false);
    expect(inBook.links).toEqual([{ cell: 'E5', sheet: 'DangVien', target: 'C5' }]);
    expect(inBook.rows[4][6]).toBe('Nguyễn Văn An');
    const sent = findingsLayout(2017, [finding(0, true)], 'vi', true);
    expect(sent.links).toEqual([]);
    expect(sent.rows[4][6]).toBe('');
  });
  it('caps the rows, never the counts', () => {
    const many = Array.from({ length: FINDINGS_SHEET_CAP + 5 }, (_, i) => finding(i));
    const l = findingsLayout(2017, many, 'en', false);
    expect(l.rows[1][0]).toBe(`Errors: 0 · Warnings: ${FINDINGS_SHEET_CAP + 5} · Info: 0`);
    expect(l.rows[l.rows.length - 1][0]).toMatch(/and 5 more/);
  });
});
