/** Writes plain sheets (the bundled sample, a template) to an .xlsx: dates formatted dd/mm/yyyy, headers bold. */
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../core/grid';
import { locateHeader } from '../../core/sheets';
import { SHEETS } from '../../core/schema';
import { findSheet } from '../../core/sheets';

export function gridsToWorkbook(grids: SheetGrid[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangvien';
  // Fixed document dates: the same grids give the same workbook content.
  wb.created = wb.modified = new Date(Date.UTC(2018, 0, 9));
  for (const g of grids) {
    const def = SHEETS.find((d) => findSheet(d, [g]) === g);
    const header = def ? locateHeader(def, g) : null;
    const ws = wb.addWorksheet(g.name, {
      views: header ? [{ state: 'frozen', ySplit: header.headerRow + 1 }] : undefined,
    });
    const widths: number[] = [];
    g.values.forEach((values, r) => {
      const row = ws.getRow(r + 1);
      values.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
        const len = v instanceof Date ? 10 : String(v).length;
        if (!header || r >= header.headerRow) widths[c] = Math.max(widths[c] ?? 8, Math.min(40, len + 2));
      });
    });
    if (header) {
      const row = ws.getRow(header.headerRow + 1);
      row.font = { bold: true };
      row.alignment = { wrapText: true, vertical: 'middle' };
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  }
  return wb;
}

export async function gridsToBuffer(grids: SheetGrid[]): Promise<Uint8Array> {
  const buf = await gridsToWorkbook(grids).xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
