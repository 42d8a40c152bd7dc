/**
 * The package's small parts: [Content_Types].xml, the relationships, xl/workbook.xml (sheets and
 * print titles) and the document properties.
 */
import type { SheetLayout } from '../../../core/layouts/types';
import { NS_MAIN, NS_R, quoteSheet, XML_HEAD, xmlAttr, xmlText } from './xml';

const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function contentTypes(sheets: number, tables: number): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const parts = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    o('/xl/workbook.xml', `${CT}.sheet.main+xml`),
  ];
  for (let i = 1; i <= sheets; i++) parts.push(o(`/xl/worksheets/sheet${i}.xml`, `${CT}.worksheet+xml`));
  for (let i = 1; i <= tables; i++) parts.push(o(`/xl/tables/table${i}.xml`, `${CT}.table+xml`));
  parts.push(
    o('/xl/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'),
    o('/xl/styles.xml', `${CT}.styles+xml`),
    o('/xl/sharedStrings.xml', `${CT}.sharedStrings+xml`),
    o('/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'),
    o('/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'),
  );
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${parts.join('')}</Types>`;
}

export function relationships(rels: { type: string; target: string }[]): string {
  const items = rels.map((r, i) => `<Relationship Id="rId${i + 1}" Type="${r.type}" Target="${xmlAttr(r.target)}"/>`);
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${items.join('')}</Relationships>`;
}

export const ROOT_RELS = relationships([
  { type: `${REL}/officeDocument`, target: 'xl/workbook.xml' },
  { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
  { type: `${REL}/extended-properties`, target: 'docProps/app.xml' },
]);

/** xl/_rels/workbook.xml.rels: the sheets first (`rId1`…), then styles, theme and shared strings. */
export function workbookRels(sheets: number): string {
  const rels: { type: string; target: string }[] = [];
  for (let i = 1; i <= sheets; i++) rels.push({ type: `${REL}/worksheet`, target: `worksheets/sheet${i}.xml` });
  rels.push({ type: `${REL}/styles`, target: 'styles.xml' }, { type: `${REL}/theme`, target: 'theme/theme1.xml' }, { type: `${REL}/sharedStrings`, target: 'sharedStrings.xml' });
  return relationships(rels);
}

export function sheetRels(tableIds: number[]): string {
  return relationships(tableIds.map((id) => ({ type: `${REL}/table`, target: `../tables/table${id}.xml` })));
}

/** `4:5` (a layout's rows to repeat) as the print titles' reference: `'Biểu 1 2017'!$4:$5`. */
export function printTitlesRef(sheet: string, rows: string): string | null {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(rows.trim());
  return m ? `${quoteSheet(sheet)}!$${m[1]}:$${m[2]}` : null;
}

/** xl/workbook.xml, in CT_Workbook's order: workbookPr, bookViews, sheets, definedNames, calcPr. */
export function workbookXml(layouts: SheetLayout[]): string {
  const sheets = layouts.map((l, i) => `<sheet name="${xmlAttr(l.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names: string[] = [];
  layouts.forEach((l, i) => {
    const ref = l.print.repeatRows ? printTitlesRef(l.name, l.print.repeatRows) : null;
    if (ref) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(ref)}</definedName>`);
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    '<workbookPr defaultThemeVersion="124226"/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join('')}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="191029"/>' +
    '</workbook>'
  );
}

const w3cdtf = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function coreXml(creator: string, created: Date): string {
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(created)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appXml(sheetNames: string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('');
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
    '</Properties>'
  );
}
