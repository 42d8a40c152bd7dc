/**
 * How each layout style looks in an .xlsx: one table of looks, said neutrally, mapped to ExcelJS
 * (the browser's file host inserts sheets into the user's own workbook) and to our own writer (a
 * new summary workbook). A rule of the product's looks lives here once.
 */
import type ExcelJS from 'exceljs';
import type { CellStyle, DocStyle } from '../../core/layouts/types';
import { DOC_FONT, DOC_LOOKS, type TextLook } from '../../report/styles';

/** Colours are ARGB, as the file stores them. */
export interface FontLook {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export interface BorderSide {
  style: 'thin' | 'double';
  color?: string;
}

export interface Look {
  font?: FontLook;
  /** A solid fill. */
  fill?: string;
  alignment?: { horizontal?: 'left' | 'center' | 'right' | 'justify'; vertical?: 'top' | 'middle' | 'bottom'; wrap?: boolean };
  border?: { top?: BorderSide; bottom?: BorderSide; left?: BorderSide; right?: BorderSide };
}

const FONT = 'Times New Roman';
const thin: BorderSide = { style: 'thin', color: 'FF8EA9DB' };
const hair: BorderSide = { style: 'thin', color: 'FF000000' };

const TABLE_LOOKS: Record<Exclude<CellStyle, DocStyle>, Look> = {
  title: { font: { name: FONT, size: 14, bold: true }, alignment: { horizontal: 'center' } },
  subtitle: { font: { name: FONT, size: 11, italic: true }, alignment: { horizontal: 'center' } },
  section: { font: { name: FONT, size: 12, bold: true } },
  header: {
    font: { name: FONT, bold: true, color: 'FFFFFFFF' },
    fill: 'FF1F4E79',
    alignment: { wrap: true, vertical: 'middle', horizontal: 'center' },
    border: { top: thin, bottom: thin, left: thin, right: thin },
  },
  total: { font: { name: FONT, bold: true }, border: { top: { style: 'double' } } },
  note: { font: { name: FONT, italic: true, color: 'FF595959' } },
  good: { font: { color: 'FF006100' }, fill: 'FFC6EFCE' },
  bad: { font: { color: 'FF9C0006' }, fill: 'FFFFC7CE' },
};

/** A party-document look (shared with the PDF writer). */
function docLook(look: TextLook): Look {
  return {
    font: { name: DOC_FONT, size: look.size, bold: look.bold, italic: look.italic, underline: look.underline },
    alignment: { horizontal: look.align, vertical: look.valign ?? 'top', wrap: look.wrap },
    border: look.border ? { top: hair, bottom: hair, left: hair, right: hair } : undefined,
  };
}

export const LOOKS: Record<CellStyle, Look> = {
  ...TABLE_LOOKS,
  ...(Object.fromEntries(Object.entries(DOC_LOOKS).map(([k, look]) => [k, docLook(look)])) as Record<DocStyle, Look>),
};

/** A link into the workbook: its font replaces the cell's. */
export const LINK_FONT: FontLook = { color: 'FF0563C1', underline: true };

/** The attainment bar: from 0 to 150% of the target. */
export const DATA_BAR = { min: 0, max: 1.5, color: 'FF5B9BD5' };

/** `#5B9BD5` (a layout's colour) as ARGB. */
export function argb(color: string | undefined, fallback: string): string {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color) : null;
  return m ? 'FF' + m[1].toUpperCase() : fallback;
}

/** Cells under a `lessThan` bound keep their own font and borders: only the colours change. */
export function conditionalLook(style: CellStyle): { fontColor?: string; fill?: string } {
  const look = LOOKS[style];
  return { fontColor: look.font?.color, fill: look.fill };
}

// ExcelJS's mapping.

const excelBorder = (b: BorderSide | undefined): Partial<ExcelJS.Border> | undefined =>
  b && (b.color ? { style: b.style, color: { argb: b.color } } : { style: b.style });

export function excelFont(f: FontLook): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = {};
  if (f.name !== undefined) font.name = f.name;
  if (f.size !== undefined) font.size = f.size;
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.underline !== undefined) font.underline = f.underline;
  if (f.color !== undefined) font.color = { argb: f.color };
  return font;
}

function excelStyle(look: Look): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (look.font) style.font = excelFont(look.font);
  if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill } };
  if (look.alignment) {
    const a = look.alignment;
    style.alignment = {};
    if (a.horizontal) style.alignment.horizontal = a.horizontal;
    if (a.vertical) style.alignment.vertical = a.vertical;
    if (a.wrap !== undefined) style.alignment.wrapText = a.wrap;
  }
  if (look.border) {
    const b = look.border;
    style.border = { top: excelBorder(b.top), bottom: excelBorder(b.bottom), left: excelBorder(b.left), right: excelBorder(b.right) };
  }
  return style;
}

/** The looks as ExcelJS styles. */
export const XLSX_STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = Object.fromEntries(
  Object.entries(LOOKS).map(([k, look]) => [k, excelStyle(look)]),
) as Record<CellStyle, Partial<ExcelJS.Style>>;
