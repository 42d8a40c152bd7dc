/**
 * One worksheet's XML from a layout. The elements follow the schema's sequence (CT_Worksheet):
 * sheetPr, dimension, sheetViews, sheetFormatPr, cols, sheetData, mergeCells,
 * conditionalFormatting, hyperlinks, printOptions, pageMargins, pageSetup, headerFooter,
 * tableParts, extLst; Excel refuses a file whose elements come out of order.
 *
 * Cells take their look as the ExcelJS renderer gives them: the layout's styles in order (the last
 * wins), then its number formats; a merged range's cells all take the look of its first cell and
 * only that cell keeps a value; a link's font replaces the cell's.
 */
import type { CellStyle, LayoutValue, SheetLayout } from '../../../core/layouts/types';
import { LOOKS } from '../styles';
import { ByteSink } from './bytes';
import { conditionalFormats } from './conditional';
import { boundsOf, cellRef, colLetters, rangeRef, type Bounds } from './ranges';
import type { SharedStrings } from './shared-strings';
import type { StylesTable } from './styles-table';
import { cols, printSetup, sheetViews } from './sheet-setup';
import { headerNames, type PlacedTable } from './table';
import { NS_MAIN, NS_R, quoteSheet, XML_HEAD, xmlAttr, xmlNumber, xmlText } from './xml';

export interface SheetContext {
  /** Zero-based position of the sheet in the workbook. */
  index: number;
  sst: SharedStrings;
  styles: StylesTable;
  /** The next table id in the workbook (tables are numbered across sheets). */
  nextTableId: number;
  /** Table names taken in the workbook, lower case: Excel wants each once. */
  tableNames: Set<string>;
}

export interface WrittenSheet {
  /** The part's XML, UTF-8. */
  bytes: Uint8Array;
  /** Its tables, in the order of its relationships (`rId1`…). */
  tables: PlacedTable[];
}

const STYLE_NAMES = Object.keys(LOOKS) as CellStyle[];
const STYLE_INDEX = new Map(STYLE_NAMES.map((s, i) => [s, i + 1]));
/** Columns a sheet can have: a cell's key is row × this + column. */
const COLS = 16384;
/** Characters kept for the dimension's reference and its closing quote. */
const DIMENSION_ROOM = 'A1:XFD1048576"'.length;

/** Sets `value` in a sparse grid of small numbers, a row at a time. */
function put(grid: number[][], row: number, col: number, value: number): void {
  (grid[row] ??= [])[col] = value;
}

export function sheetXml(layout: SheetLayout, ctx: SheetContext): WrittenSheet {
  const { sst, styles } = ctx;
  const looks: number[][] = [];
  const formats: number[][] = [];
  const formatCodes: string[] = [''];
  const formatIndex = new Map<string, number>();
  for (const s of layout.styles) {
    const b = boundsOf(s.range);
    const id = STYLE_INDEX.get(s.style);
    if (!b || !id) continue;
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) put(looks, r, c, id);
  }
  for (const n of layout.numberFormats) {
    const b = boundsOf(n.range);
    if (!b) continue;
    let id = formatIndex.get(n.format);
    if (id === undefined) {
      id = formatCodes.push(n.format) - 1;
      formatIndex.set(n.format, id);
    }
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) put(formats, r, c, id);
  }

  // Rows holding something besides plain values: only their cells are looked up in these maps.
  const special = new Set<number>();
  const hiddenByMerge = new Set<number>();
  const merges: Bounds[] = [];
  for (const m of layout.merges) {
    const b = boundsOf(m);
    if (!b) continue;
    merges.push(b);
    const look = looks[b.r0]?.[b.c0] ?? 0;
    const format = formats[b.r0]?.[b.c0] ?? 0;
    for (let r = b.r0; r <= b.r1; r++) {
      special.add(r);
      for (let c = b.c0; c <= b.c1; c++) {
        if (r === b.r0 && c === b.c0) continue;
        hiddenByMerge.add(r * COLS + c);
        put(looks, r, c, look);
        put(formats, r, c, format);
      }
    }
  }
  const formulas = new Map<number, string>();
  for (const f of layout.formulas) {
    const b = boundsOf(f.cell);
    if (!b) continue;
    formulas.set(b.r0 * COLS + b.c0, f.formula.replace(/^=/, ''));
    special.add(b.r0);
  }
  const links = new Map<number, { sheet: string; target: string }>();
  for (const l of layout.links) {
    const b = boundsOf(l.cell);
    if (!b) continue;
    links.set(b.r0 * COLS + b.c0, l);
    special.add(b.r0);
  }
  const tables: PlacedTable[] = [];
  const headerText = new Map<number, string>();
  for (const spec of layout.tables) {
    const b = boundsOf(spec.range);
    if (!b) continue;
    // Excel keeps a body row under a table's header, even an empty one.
    if (b.r1 === b.r0) b.r1++;
    const header: LayoutValue[] = [];
    for (let c = b.c0; c <= b.c1; c++) header.push(layout.rows[b.r0]?.[c] ?? null);
    const names = headerNames(header);
    names.forEach((name, i) => headerText.set(b.r0 * COLS + b.c0 + i, name));
    special.add(b.r0);
    let name = spec.name;
    for (let n = 2; ctx.tableNames.has(name.toLowerCase()); n++) name = `${spec.name}_${n}`;
    ctx.tableNames.add(name.toLowerCase());
    tables.push({ spec: name === spec.name ? spec : { ...spec, name }, id: ctx.nextTableId + tables.length, bounds: b, names });
  }

  // Cell format ids by look, number format and link, for this sheet.
  const xfOf = new Map<number, number>();
  const xf = (look: number, format: number, link: boolean): number => {
    const code = (look * 4096 + format) * 2 + (link ? 1 : 0);
    let id = xfOf.get(code);
    if (id === undefined) {
      id = styles.xf(look ? STYLE_NAMES[look - 1] : undefined, format ? formatCodes[format] : undefined, link);
      xfOf.set(code, id);
    }
    return id;
  };

  const heights = new Map<number, number>();
  for (const h of layout.rowHeights ?? []) heights.set(h.row, h.height);
  let lastRow = Math.max(layout.rows.length, looks.length, formats.length) - 1;
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r);

  // Room for the whole part at once (about 40 bytes a cell): growing it would copy megabytes.
  let cellsAhead = 0;
  for (let r = 0; r <= lastRow; r++) cellsAhead += Math.max(layout.rows[r]?.length ?? 0, looks[r]?.length ?? 0);
  const data = new ByteSink((1 << 16) + cellsAhead * 48);
  data.text(`${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="`);
  // The used range is known once the cells are written: room for the longest (`A1:XFD1048576`), filled in after.
  const dimensionAt = data.length;
  data.ascii(' '.repeat(DIMENSION_ROOM) + '/>');
  data.text(sheetViews(layout, ctx.index === 0) + '<sheetFormatPr defaultRowHeight="15"/>' + cols(layout.columnWidths) + '<sheetData>');
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  const none: LayoutValue[] = [];
  // `" s="12"` by cell format id: the end of a cell's reference and its style.
  const styleAttr: string[] = ['"'];
  for (let r = 0; r <= lastRow; r++) {
    const values = layout.rows[r] ?? none;
    const lookRow = looks[r];
    const formatRow = formats[r];
    const width = Math.max(values.length, lookRow ? lookRow.length : 0, formatRow ? formatRow.length : 0);
    const isSpecial = special.has(r);
    const rowNumber = String(r + 1);
    const height = heights.get(r);
    const rowOpen = height === undefined ? `<row r="${rowNumber}"` : `<row r="${rowNumber}" ht="${xmlNumber(height)}" customHeight="1"`;
    let first = -1;
    let last = -1;
    for (let c = 0; c < width; c++) {
      let v: LayoutValue | undefined = values[c];
      let formula: string | undefined;
      let link = false;
      if (isSpecial) {
        const key = r * COLS + c;
        if (hiddenByMerge.has(key)) v = null;
        formula = formulas.get(key);
        const header = headerText.get(key);
        if (header !== undefined) v = header;
        const l = links.get(key);
        if (l) {
          link = true;
          if (v === null || v === undefined) v = l.target;
        }
      }
      const look = lookRow ? lookRow[c] ?? 0 : 0;
      const format = formatRow ? formatRow[c] ?? 0 : 0;
      const s = look || format || link ? xf(look, format, link) : 0;
      const hasValue = v !== null && v !== undefined;
      if (!hasValue && formula === undefined && !s) continue;
      if (first < 0) {
        data.ascii(rowOpen);
        data.ascii('>');
        first = c;
      }
      last = c;
      data.ascii('<c r="');
      data.ascii(colLetters(c));
      data.ascii(rowNumber);
      data.ascii(styleAttr[s] ??= `" s="${s}"`);
      if (formula !== undefined) {
        // The cached result goes with the formula, 0, FALSE and "" included.
        if (typeof v === 'number') data.ascii(Number.isFinite(v) ? '><f>' : ' t="e"><f>');
        else if (typeof v === 'boolean') data.ascii(' t="b"><f>');
        else data.ascii(' t="str"><f>');
        data.text(xmlText(formula));
        data.ascii('</f><v>');
        if (typeof v === 'number') data.ascii(Number.isFinite(v) ? xmlNumber(v) : '#NUM!');
        else if (typeof v === 'boolean') data.ascii(v ? '1' : '0');
        else data.text(xmlText(v ?? ''));
        data.ascii('</v></c>');
      } else if (!hasValue) data.ascii('/>');
      else if (typeof v === 'string') {
        data.ascii(' t="s"><v>');
        data.uint(sst.index(v));
        data.ascii('</v></c>');
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) data.ascii(' t="e"><v>#NUM!</v></c>');
        else {
          data.ascii('><v>');
          if (v >= 0 && v < 0x7fffffff && Number.isInteger(v)) data.uint(v);
          else data.ascii(xmlNumber(v));
          data.ascii('</v></c>');
        }
      } else data.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
    }
    if (first >= 0) {
      data.ascii('</row>');
      if (r < minRow) minRow = r;
      maxRow = r;
      if (first < minCol) minCol = first;
      if (last > maxCol) maxCol = last;
    } else if (height !== undefined) data.ascii(rowOpen + '/>');
  }

  const dimension = maxRow < 0 ? 'A1' : rangeRef({ r0: minRow, c0: minCol, r1: maxRow, c1: maxCol });
  // Spaces inside a tag before its end are XML's own.
  data.patch(dimensionAt, (dimension + '"').padEnd(DIMENSION_ROOM, ' '));
  const out: string[] = ['</sheetData>'];
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m)}"/>`).join('')}</mergeCells>`);
  const rules = conditionalFormats(layout, ctx.index, styles);
  out.push(...rules.elements);
  if (links.size) {
    const items = [...links].map(([key, l]) => {
      const ref = cellRef(Math.floor(key / COLS), key % COLS);
      return `<hyperlink ref="${ref}" location="${xmlAttr(`${quoteSheet(l.sheet)}!${l.target}`)}"/>`;
    });
    out.push(`<hyperlinks>${items.join('')}</hyperlinks>`);
  }
  out.push(printSetup(layout));
  if (tables.length) out.push(`<tableParts count="${tables.length}">${tables.map((_, i) => `<tablePart r:id="rId${i + 1}"/>`).join('')}</tableParts>`);
  if (rules.extension) out.push(`<extLst>${rules.extension}</extLst>`);
  out.push('</worksheet>');
  data.text(out.join(''));
  return { bytes: data.bytes(), tables };
}
