/** How each layout style looks in an .xlsx written by ExcelJS. */
import type ExcelJS from 'exceljs';
import type { CellStyle, DocStyle } from '../../core/layouts/types';
import { DOC_FONT, DOC_LOOKS, type TextLook } from '../../report/styles';

const FONT = 'Times New Roman';
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9DB' } };

const TABLE_STYLES: Record<Exclude<CellStyle, DocStyle>, Partial<ExcelJS.Style>> = {
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

const hair: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };

/** A party-document look (shared with the PDF writer) as an ExcelJS style. */
function docStyle(look: TextLook): Partial<ExcelJS.Style> {
  return {
    font: { name: DOC_FONT, size: look.size, bold: look.bold, italic: look.italic, underline: look.underline },
    alignment: { horizontal: look.align === 'justify' ? 'justify' : look.align, vertical: look.valign ?? 'top', wrapText: look.wrap },
    border: look.border ? { top: hair, bottom: hair, left: hair, right: hair } : undefined,
  };
}

export const XLSX_STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  ...TABLE_STYLES,
  ...(Object.fromEntries(Object.entries(DOC_LOOKS).map(([k, look]) => [k, docStyle(look)])) as Record<DocStyle, Partial<ExcelJS.Style>>),
};
