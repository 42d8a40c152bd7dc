/** How a sheet shows (view, frozen rows, gridlines, column widths) and prints (A4, margins, page numbers). */
import type { SheetLayout } from '../../../core/layouts/types';
import { marginsInches, pageNumbers } from '../page-setup';
import { cellRef } from './ranges';
import { xmlNumber, xmlText } from './xml';

export function sheetViews(layout: SheetLayout, selected: boolean): string {
  let view = '<sheetView';
  if (selected) view += ' tabSelected="1"';
  if (layout.hideGridlines) view += ' showGridLines="0"';
  view += ' workbookViewId="0"';
  const rows = layout.freezeRows;
  if (!rows) return `<sheetViews>${view}/></sheetViews>`;
  const topLeft = cellRef(rows, 0);
  return `<sheetViews>${view}><pane ySplit="${rows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
}

/** Column widths, neighbours of the same width in one `<col>`. */
export function cols(widths: readonly number[]): string {
  const items: string[] = [];
  for (let i = 0; i < widths.length; ) {
    const w = widths[i];
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (typeof w === 'number' && w > 0) items.push(`<col min="${i + 1}" max="${j + 1}" width="${xmlNumber(w)}" customWidth="1"/>`);
    i = j + 1;
  }
  return items.length ? `<cols>${items.join('')}</cols>` : '';
}

/** printOptions, pageMargins, pageSetup and headerFooter, in the schema's order: A4, one page wide. */
export function printSetup(layout: SheetLayout): string {
  const m = marginsInches(layout);
  const p = pageNumbers(layout);
  const numbers = (p.oddHeader ? `<oddHeader>${xmlText(p.oddHeader)}</oddHeader>` : '') + (p.oddFooter ? `<oddFooter>${xmlText(p.oddFooter)}</oddFooter>` : '');
  return (
    (layout.print.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${xmlNumber(m.left)}" right="${xmlNumber(m.right)}" top="${xmlNumber(m.top)}" bottom="${xmlNumber(m.bottom)}" header="${xmlNumber(m.header)}" footer="${xmlNumber(m.footer)}"/>` +
    `<pageSetup paperSize="9" orientation="${layout.print.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter${p.differentFirst ? ' differentFirst="1"' : ''}>${numbers}</headerFooter>`
  );
}
