/** How each layout style looks in Excel, set through Office.js (the same look as the .xlsx renderer's). */
import type { CellStyle, DocStyle } from '../../core/layouts/types';
import { DOC_FONT, DOC_LOOKS, type TextLook } from '../../report/styles';

const FONT = 'Times New Roman';

export interface OfficeStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; color?: string };
  fill?: string;
  horizontalAlignment?: Excel.RangeFormat['horizontalAlignment'];
  verticalAlignment?: Excel.RangeFormat['verticalAlignment'];
  wrapText?: boolean;
  topBorder?: Excel.RangeBorder['style'];
  underline?: boolean;
  /** Thin borders on all four sides. */
  box?: boolean;
}

const ALIGN: Record<TextLook['align'], OfficeStyle['horizontalAlignment']> = { left: 'Left', center: 'Center', right: 'Right', justify: 'Justify' };

/** A party document's look (src/report/styles.ts) in Office.js terms. */
function docStyle(look: TextLook): OfficeStyle {
  return {
    font: { name: DOC_FONT, size: look.size, bold: look.bold, italic: look.italic },
    underline: look.underline,
    horizontalAlignment: ALIGN[look.align],
    verticalAlignment: look.valign === 'middle' ? 'Center' : look.valign === 'top' ? 'Top' : undefined,
    wrapText: look.wrap,
    box: look.border,
  };
}

const DOC_STYLES = Object.fromEntries(Object.entries(DOC_LOOKS).map(([k, look]) => [k, docStyle(look)])) as Record<DocStyle, OfficeStyle>;

export const OFFICE_STYLES: Record<CellStyle, OfficeStyle> = {
  ...DOC_STYLES,
  title: { font: { name: FONT, size: 14, bold: true }, horizontalAlignment: 'Center' },
  subtitle: { font: { name: FONT, size: 11, italic: true }, horizontalAlignment: 'Center' },
  section: { font: { name: FONT, size: 12, bold: true } },
  header: {
    font: { name: FONT, bold: true, color: '#FFFFFF' },
    fill: '#1F4E79',
    horizontalAlignment: 'Center',
    verticalAlignment: 'Center',
    wrapText: true,
  },
  total: { font: { name: FONT, bold: true }, topBorder: 'Double' },
  note: { font: { name: FONT, italic: true, color: '#595959' } },
  good: { font: { color: '#006100' }, fill: '#C6EFCE' },
  bad: { font: { color: '#9C0006' }, fill: '#FFC7CE' },
};

/** Queues a style on a range (`address` tells whether it has inside edges). */
export function applyStyle(range: Excel.Range, style: CellStyle, address = ''): void {
  const s = OFFICE_STYLES[style];
  const f = range.format;
  if (s.font) {
    const font = f.font;
    if (s.font.name) font.name = s.font.name;
    if (s.font.size) font.size = s.font.size;
    if (s.font.bold) font.bold = true;
    if (s.font.italic) font.italic = true;
    if (s.font.color) font.color = s.font.color;
  }
  if (s.underline) f.font.underline = 'Single';
  if (s.fill) f.fill.color = s.fill;
  if (s.horizontalAlignment) f.horizontalAlignment = s.horizontalAlignment;
  if (s.verticalAlignment) f.verticalAlignment = s.verticalAlignment;
  if (s.wrapText) f.wrapText = true;
  if (s.topBorder) f.borders.getItem('EdgeTop').style = s.topBorder;
  if (s.box) {
    const [a, b = a] = address.split(':');
    const edges: Excel.RangeBorder['sideIndex'][] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
    // Inside borders only where there are inside edges: Excel refuses them on a single cell.
    if (a && b && a !== b) {
      if (a.replace(/\d+/, '') !== b.replace(/\d+/, '')) edges.push('InsideVertical');
      if (a.replace(/[A-Z]+/i, '') !== b.replace(/[A-Z]+/i, '')) edges.push('InsideHorizontal');
    }
    for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
  }
}

/** Excel widths in characters → points (a character of the default font is 7 px wide, plus 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
