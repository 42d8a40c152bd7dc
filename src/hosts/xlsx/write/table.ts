/**
 * An Excel table's part (xl/tables/tableN.xml). Excel checks each column's name against its header
 * cell's text, so the names decided here are also what the sheet writes in the header row.
 */
import type { LayoutValue, TableSpec } from '../../../core/layouts/types';
import { rangeRef, type Bounds } from './ranges';
import { NS_MAIN, XML_HEAD, xmlAttr } from './xml';

export interface PlacedTable {
  spec: TableSpec;
  /** Workbook-wide id, 1-based; the part is `xl/tables/table{id}.xml`. */
  id: number;
  bounds: Bounds;
  /** The columns' names, left to right: the header cells' text. */
  names: string[];
}

/**
 * Header names as Excel requires them: text, none empty, none repeated (letter case aside). A
 * blank header becomes `Column1`…, a repeated one gets a number, as Excel names them itself.
 */
export function headerNames(header: readonly LayoutValue[]): string[] {
  const seen = new Set<string>();
  return header.map((v, i) => {
    const base = v === null || v === undefined || String(v).trim() === '' ? `Column${i + 1}` : String(v);
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function tableXml(t: PlacedTable): string {
  const ref = rangeRef(t.bounds);
  const columns = t.names.map((name, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(name)}"/>`).join('');
  return (
    XML_HEAD +
    `<table xmlns="${NS_MAIN}" id="${t.id}" name="${xmlAttr(t.spec.name)}" displayName="${xmlAttr(t.spec.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${xmlAttr(t.spec.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}
