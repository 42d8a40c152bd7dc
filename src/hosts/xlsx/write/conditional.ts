/**
 * A sheet's conditional formats: the attainment's data bar and the cells under a bound in the
 * "bad" colours. A data bar comes in two halves Excel joins by an id: the 2007 rule, and its 2010
 * extension (a solid bar from the cell's edge, no 10% minimum) in the sheet's extLst.
 */
import type { SheetLayout } from '../../../core/layouts/types';
import { argb, DATA_BAR } from '../styles';
import { boundsOf } from './ranges';
import type { StylesTable } from './styles-table';
import { xmlAttr, xmlNumber, xmlText } from './xml';

const NS_X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const NS_XM = 'http://schemas.microsoft.com/office/excel/2006/main';

/** A stable id for a data bar's two halves to find each other. */
function dataBarId(sheet: number, rule: number): string {
  const n = (sheet * 4096 + rule).toString(16).toUpperCase().padStart(12, '0');
  return `{DA7ABA25-0000-4000-8000-${n}}`;
}

export interface ConditionalXml {
  /** `<conditionalFormatting>` elements, in the layout's order. */
  elements: string[];
  /** The sheet's `<ext>` for the data bars' 2010 halves; empty without data bars. */
  extension: string;
}

export function conditionalFormats(layout: SheetLayout, sheet: number, styles: StylesTable): ConditionalXml {
  const elements: string[] = [];
  const bars: string[] = [];
  let priority = 1;
  layout.conditionalFormats.forEach((cf, i) => {
    if (!boundsOf(cf.range.split(' ')[0])) return;
    const sqref = xmlAttr(cf.range);
    if (cf.type === 'dataBar') {
      const id = dataBarId(sheet, i);
      const [min, max] = [xmlNumber(DATA_BAR.min), xmlNumber(DATA_BAR.max)];
      elements.push(
        `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="num" val="${min}"/><cfvo type="num" val="${max}"/>` +
          `<color rgb="${argb(cf.color, DATA_BAR.color)}"/></dataBar>` +
          `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${NS_X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
      );
      bars.push(
        `<x14:conditionalFormatting xmlns:xm="${NS_XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100">` +
          `<x14:cfvo type="num"><xm:f>${min}</xm:f></x14:cfvo><x14:cfvo type="num"><xm:f>${max}</xm:f></x14:cfvo>` +
          `</x14:dataBar></x14:cfRule><xm:sqref>${xmlText(cf.range)}</xm:sqref></x14:conditionalFormatting>`,
      );
    } else if (cf.type === 'lessThan' && cf.value !== undefined) {
      const dxf = styles.dxf(cf.style ?? 'bad');
      elements.push(
        `<conditionalFormatting sqref="${sqref}"><cfRule type="cellIs" dxfId="${dxf}" priority="${priority++}" operator="lessThan"><formula>${xmlNumber(cf.value)}</formula></cfRule></conditionalFormatting>`,
      );
    }
  });
  const extension = bars.length ? `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${NS_X14}"><x14:conditionalFormattings>${bars.join('')}</x14:conditionalFormattings></ext>` : '';
  return { elements, extension };
}
