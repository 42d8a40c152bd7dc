/** How a layout prints on A4, shared by both .xlsx renderers (ExcelJS's and our writer). */
import type { SheetLayout } from '../../core/layouts/types';

const MM_PER_INCH = 25.4;

/** Margins in inches, as the file stores them; the sheets' own when the layout names none. */
export interface MarginsInches {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

const DEFAULT_MARGINS: MarginsInches = { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 };

export function marginsInches(layout: SheetLayout): MarginsInches {
  const m = layout.print.margins;
  if (!m) return { ...DEFAULT_MARGINS };
  const inch = (mm: number | undefined, fallback: number) => (mm === undefined ? fallback : mm / MM_PER_INCH);
  const d = DEFAULT_MARGINS;
  return { left: inch(m.left, d.left), right: inch(m.right, d.right), top: inch(m.top, d.top), bottom: inch(m.bottom, d.bottom), header: inch(m.header, d.header), footer: inch(m.footer, d.footer) };
}

/**
 * The page number, centred: `1 / 4` at the bottom of a table, a bare `1` at the top of a party
 * document, whose first page goes without (`differentFirst` with an empty first header).
 */
export function pageNumbers(layout: SheetLayout): { oddHeader?: string; oddFooter?: string; differentFirst: boolean } {
  const pn = layout.print.pageNumbers ?? { position: 'bottom' };
  const where = pn.position === 'top' ? { oddHeader: '&C&P' } : { oddFooter: '&C&P / &N' };
  return { ...where, differentFirst: !!pn.skipFirst };
}
