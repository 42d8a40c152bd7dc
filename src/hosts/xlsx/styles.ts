/** How each layout style looks in an .xlsx written by ExcelJS. */
import type ExcelJS from 'exceljs';
import type { CellStyle } from '../../core/layouts/types';

const FONT = 'Times New Roman';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9DB' } };

export const XLSX_STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: 'center' } },
  subtitle: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: 'center' } },
  section: { font: { name: FONT, size: 12, bold: true } },
  header: {
    font: { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } },
    alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
    border: { top: thin, bottom: thin, left: thin, right: thin },
  },
  total: { font: { name: FONT, bold: true }, border: { top: { style: 'double' } } },
  note: { font: { name: FONT, italic: true, color: { argb: 'FF595959' } } },
  good: { font: { color: { argb: 'FF006100' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } } },
  bad: { font: { color: { argb: 'FF9C0006' } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } } },
};
