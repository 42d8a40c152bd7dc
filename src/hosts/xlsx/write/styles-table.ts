/**
 * The styles part (xl/styles.xml) of a new workbook: the shared looks (../styles.ts) turned into
 * fonts, fills, borders, number formats and cell formats, each stored once, in the order the
 * schema (CT_Stylesheet) asks: numFmts, fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles,
 * dxfs, tableStyles.
 */
import type { CellStyle } from '../../../core/layouts/types';
import { LINK_FONT, LOOKS, conditionalLook, type BorderSide, type FontLook, type Look } from '../styles';
import { NS_MAIN, XML_HEAD, xmlAttr } from './xml';
import { Interned } from './interned';

/** Formats Excel knows by number (ECMA-376 §18.8.30): written by id, not as a custom code. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** The workbook's default font, the one Excel's Normal style names. */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';

function fontXml(f: FontLook): string {
  // A look that names only a colour (good, bad, a link) keeps the default typeface and size.
  let x = '<font>';
  if (f.bold) x += '<b/>';
  if (f.italic) x += '<i/>';
  if (f.underline) x += '<u/>';
  x += `<sz val="${f.size ?? 11}"/>`;
  if (f.color) x += `<color rgb="${f.color}"/>`;
  x += `<name val="${xmlAttr(f.name ?? 'Calibri')}"/>`;
  x += f.name && f.name !== 'Calibri' ? '' : '<family val="2"/><scheme val="minor"/>';
  return x + '</font>';
}

const solidFill = (argb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/></patternFill></fill>`;

function sideXml(name: string, side: BorderSide | undefined): string {
  if (!side) return `<${name}/>`;
  return side.color ? `<${name} style="${side.style}"><color rgb="${side.color}"/></${name}>` : `<${name} style="${side.style}"><color auto="1"/></${name}>`;
}

function borderXml(b: NonNullable<Look['border']>): string {
  return `<border>${sideXml('left', b.left)}${sideXml('right', b.right)}${sideXml('top', b.top)}${sideXml('bottom', b.bottom)}<diagonal/></border>`;
}

const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

function alignmentXml(a: Look['alignment']): string {
  if (!a) return '';
  let x = '<alignment';
  if (a.horizontal) x += ` horizontal="${a.horizontal}"`;
  if (a.vertical) x += ` vertical="${VERTICAL[a.vertical]}"`;
  if (a.wrap) x += ' wrapText="1"';
  return x === '<alignment' ? '' : x + '/>';
}

export class StylesTable {
  private readonly fonts = new Interned([DEFAULT_FONT]);
  // Excel expects these two fills first, whatever the workbook uses.
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Interned(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs = new Interned([]);
  private readonly customFormats = new Map<string, number>();
  /** Cell formats already asked for, by look, format and link. */
  private readonly xfCache = new Map<string, number>();

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(code);
    if (id === undefined) {
      id = 164 + this.customFormats.size;
      this.customFormats.set(code, id);
    }
    return id;
  }

  /**
   * The cell format of a look with a number format, and a link's font in place of the look's own;
   * 0 (the default) when there is nothing to show.
   */
  xf(style: CellStyle | undefined, numFmt: string | undefined, link: boolean): number {
    const key = `${style ?? ''}\u0000${numFmt ?? ''}\u0000${link ? 1 : 0}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const look: Look = style ? LOOKS[style] : {};
    const font = link ? LINK_FONT : look.font;
    const numFmtId = numFmt === undefined ? 0 : this.formatId(numFmt);
    const fontId = font ? this.fonts.id(fontXml(font)) : 0;
    const fillId = look.fill ? this.fills.id(solidFill(look.fill)) : 0;
    const borderId = look.border ? this.borders.id(borderXml(look.border)) : 0;
    const align = alignmentXml(look.alignment);
    let x = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) x += ' applyNumberFormat="1"';
    if (fontId) x += ' applyFont="1"';
    if (fillId) x += ' applyFill="1"';
    if (borderId) x += ' applyBorder="1"';
    x += align ? ` applyAlignment="1">${align}</xf>` : '/>';
    const id = this.xfs.id(x);
    this.xfCache.set(key, id);
    return id;
  }

  /** The differential format of a conditional rule: the look's colours only, as Excel stores them (fill in bgColor). */
  dxf(style: CellStyle): number {
    const look = conditionalLook(style);
    let x = '<dxf>';
    if (look.fontColor) x += `<font><color rgb="${look.fontColor}"/></font>`;
    if (look.fill) x += `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor rgb="${look.fill}"/></patternFill></fill>`;
    return this.dxfs.id(x + '</dxf>');
  }

  xml(): string {
    const list = (name: string, items: string[]) => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    const formats = [...this.customFormats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (formats.length ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs.items) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
