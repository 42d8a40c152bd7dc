/**
 * The exported summary workbook as a reader sees it: a subtitle across its table, no word about
 * dragging PivotTable fields where there are none, long names and wrapped headers whole, totals
 * with the thousands separator, indicator headings that say what they count.
 */
import ExcelJS from 'exceljs';
import { exportLayouts } from '../../src/core/analyze';
import type { SheetLayout } from '../../src/core/layouts/types';
import { writeXlsx } from '../../src/hosts/xlsx/write/workbook';
import { sampleAnalysis } from '../report/helpers';

const sent = (): SheetLayout[] => exportLayouts(sampleAnalysis());
const layout = (key: string, ls = sent()) => ls.find((l) => l.key === key)!;
const text = (l: SheetLayout) => l.rows.flat().map(String).join('\n');

describe('the summary workbook sent on', () => {
  it('Kiểm tra: the counts line spans the table, so it is centred over it and prints whole', () => {
    const k = layout('findings');
    expect(k.rows[1][0]).toMatch(/^Lỗi: \d+ · Cảnh báo: \d+ · Thông tin: \d+$/);
    expect(k.merges).toContain('A2:G2');
  });

  it('Pivot: without PivotTables it says the tables are counts, and nothing about dragging fields', () => {
    const p = layout('pivot');
    expect(p.pivots).toEqual([]);
    expect(text(p)).not.toMatch(/kéo thả|PivotTable fields/);
    expect(text(p)).toContain('không phải PivotTable');
    // Totals are formatted as everywhere else: 3.044, not 3044.
    const total = p.rows.findIndex((r) => r[0] === 'Tổng cộng');
    const formatted = p.numberFormats.filter((f) => f.format === '#,##0').map((f) => f.range);
    expect(formatted.some((r) => new RegExp(`:[A-Z]+${total + 1}$`).test(r))).toBe(true);
  });

  it('long unit names fit their column, and the wrapped headers have two lines of height', () => {
    const a = sampleAnalysis();
    const longest = Math.max(...a.figures!.units.map((u) => u.name.length));
    for (const key of ['admissions', 'pivot', 'structure']) {
      const l = layout(key);
      const nameCol = key === 'pivot' ? 0 : 1;
      expect(l.columnWidths[nameCol]).toBeGreaterThanOrEqual(Math.min(60, longest + 2));
    }
    const adm = layout('admissions');
    const header = adm.rows.findIndex((r) => r.includes('Dân tộc thiểu số'));
    expect(adm.rowHeights).toContainEqual({ row: header, height: 32 });
  });

  it('the indicators say which resolution, what is counted and out of what', () => {
    const s = text(layout('structure'));
    expect(s).not.toContain('năm sau');
    expect(s).not.toContain('Đạt được');
    expect(s).toContain('2. Mục tiêu Nghị quyết năm 2018: mức đã đạt tại ngày báo cáo');
    expect(s).toContain('Số đơn vị đã đạt');
    expect(s).toContain('Trên tổng số đơn vị');
  });

  it('the written file carries the merge, the heights and the number formats', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((writeXlsx(sent())) as unknown as ArrayBuffer);
    const k = wb.worksheets.find((w) => w.name.startsWith('Kiểm tra'))!;
    expect(k.getCell('A2').isMerged && k.getCell('G2').isMerged).toBe(true);
    const adm = wb.worksheets.find((w) => w.name.startsWith('TH Kết nạp'))!;
    let header = 0;
    adm.eachRow((row, n) => {
      if (row.values && (row.values as unknown[]).includes('Dân tộc thiểu số')) header = n;
    });
    expect(adm.getRow(header).height).toBe(32);
    const pivot = wb.worksheets.find((w) => w.name.startsWith('Pivot'))!;
    let totalRow = 0;
    pivot.eachRow((row, n) => {
      if (!totalRow && row.getCell(1).value === 'Tổng cộng') totalRow = n;
    });
    const last = pivot.getRow(totalRow).cellCount;
    expect(pivot.getRow(totalRow).getCell(last).numFmt).toBe('#,##0');
    expect(pivot.getRow(totalRow).getCell(last).value).toBeGreaterThan(999);
  });
});
