/**
 * Inserts the core's summary layouts as sheets: values first (as text where they are strings),
 * then formulas, number formats, tables, styles, conditional formats, frozen header, widths,
 * links, the chart and the PivotTables. Two syncs to see what is there, then writes batched
 * by payload: a constant number of syncs for the few hundred rows of a district, one more per
 * 4 MB for very large pivot sources or finding lists.
 */
import { columnLetter, parseA1 } from '../../core/grid';
import type { ChartSpec, ConditionalFormatSpec, SheetLayout } from '../../core/layouts/types';
import type { InsertResult, ProgressFn } from '../workbook';
import { type SettingsStore, refreshSettings, updateSettings } from './office';
import {
  MARKER_KEY,
  type OwnMarker,
  SETTINGS_SHEETS,
  markerValue,
  nameKey,
  parseMarker,
  settingsMarkers,
  uniqueSheetName,
  uniqueTableName,
} from './own-sheets';
import { PAYLOAD_BUDGET, WriteQueue, jsonBytes, utf8Length } from './payload';
import { addPivots, pivotSheetPlan } from './pivots';
import type { ApiLevels } from './requirements';
import { OFFICE_STYLES, applyStyle, charsToPoints } from './styles';
import { cellInput } from './text';

/** Values go in chunks of rows of about this size, so that several pack into one sync. */
const VALUE_CHUNK_BYTES = 1_000_000;

export interface InsertEnv {
  levels: ApiLevels;
  settings: SettingsStore | null;
  onProgress?: ProgressFn;
  budget?: number;
}

export interface InsertStats extends InsertResult {
  syncs: number;
}

function dims(range: string): { rows: number; cols: number } {
  const [a, b = a] = range.split(':');
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) throw new Error(`Bad range in layout: ${range}`);
  return { rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(v));
}

const ownKey = (key: string, year: number) => `${key}/${year}`;

function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

async function writeValues(q: WriteQueue, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const width = layout.rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (!width) return;
  let start = 0;
  while (start < layout.rows.length) {
    const chunk: (string | number | boolean | null)[][] = [];
    let bytes = 0;
    while (start + chunk.length < layout.rows.length) {
      const src = layout.rows[start + chunk.length];
      const row: (string | number | boolean | null)[] = new Array(width).fill(null);
      for (let c = 0; c < src.length; c++) row[c] = cellInput(src[c]);
      const b = jsonBytes(row);
      if (chunk.length && bytes + b > VALUE_CHUNK_BYTES) break;
      chunk.push(row);
      bytes += b;
    }
    await q.reserve(bytes);
    ws.getRangeByIndexes(start, 0, chunk.length, width).values = chunk;
    start += chunk.length;
  }
}

async function conditionalFormat(q: WriteQueue, ws: Excel.Worksheet, cf: ConditionalFormatSpec): Promise<void> {
  await q.reserve(400);
  const range = ws.getRange(cf.range);
  if (cf.type === 'dataBar') {
    const f = range.conditionalFormats.add('DataBar');
    f.dataBar.barDirection = 'LeftToRight';
    f.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
    // 150% fills the bar: attainment above the plan still shows how far above.
    f.dataBar.upperBoundRule = { type: 'Number', formula: '1.5' };
    f.dataBar.positiveFormat.fillColor = cf.color ?? '#5B9BD5';
    f.dataBar.positiveFormat.gradientFill = false;
  } else if (cf.type === 'lessThan' && cf.value !== undefined) {
    const f = range.conditionalFormats.add('CellValue');
    const style = OFFICE_STYLES[cf.style ?? 'bad'];
    if (style.font?.color) f.cellValue.format.font.color = style.font.color;
    if (style.fill) f.cellValue.format.fill.color = style.fill;
    f.cellValue.rule = { formula1: String(cf.value), operator: 'LessThan' };
  }
}

async function addChart(q: WriteQueue, ws: Excel.Worksheet, c: ChartSpec, levels: ApiLevels): Promise<void> {
  await q.reserve(600 + utf8Length(c.title) + utf8Length(c.seriesName));
  const chart = ws.charts.add('BarClustered', ws.getRange(c.values), 'Columns');
  chart.title.text = c.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = c.seriesName;
  series.setXAxisValues(ws.getRange(c.categories));
  if (levels.v18) chart.axes.valueAxis.numberFormat = '0%';
  const [start, end] = c.position.split(':');
  chart.setPosition(start, end);
}

const MM = 72 / 25.4;

/** Print setup (ExcelApi 1.9): A4, orientation, one page wide, repeated header rows, margins, page numbers. */
async function pageSetup(q: WriteQueue, ws: Excel.Worksheet, layout: SheetLayout): Promise<void> {
  const print = layout.print;
  await q.reserve(512);
  const page = ws.pageLayout;
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: 1 };
  if (print.repeatRows) {
    const [a, b = a] = print.repeatRows.split(':');
    page.setPrintTitleRows(`$${a}:$${b}`);
  }
  if (print.margins) {
    const m = print.margins;
    page.topMargin = m.top * MM;
    page.bottomMargin = m.bottom * MM;
    page.leftMargin = m.left * MM;
    page.rightMargin = m.right * MM;
    if (m.header !== undefined) page.headerMargin = m.header * MM;
    if (m.footer !== undefined) page.footerMargin = m.footer * MM;
  }
  if (print.centerHorizontally) page.centerHorizontally = true;
  const numbers = print.pageNumbers ?? { position: 'bottom' as const };
  const hf = page.headersFooters;
  const text = print.pageNumbers ? '&P' : '&P / &N';
  if (numbers.position === 'top') hf.defaultForAllPages.centerHeader = text;
  else hf.defaultForAllPages.centerFooter = text;
  // A party document's first page carries no number.
  if (numbers.skipFirst) hf.state = 'FirstAndDefault';
}

async function writeLayout(
  q: WriteQueue,
  ws: Excel.Worksheet,
  layout: SheetLayout,
  levels: ApiLevels,
  takenTables: Set<string>,
  tables: Map<string, Excel.Table>,
): Promise<void> {
  await writeValues(q, ws, layout);
  for (const f of layout.formulas) {
    await q.reserve(utf8Length(f.formula) + 16);
    ws.getRange(f.cell).formulas = [[f.formula]];
  }
  for (const n of layout.numberFormats) {
    const d = dims(n.range);
    const formats = fill(d.rows, d.cols, n.format);
    await q.reserve(jsonBytes(formats));
    ws.getRange(n.range).numberFormat = formats;
  }
  for (const t of layout.tables) {
    const name = uniqueTableName(t.name, takenTables);
    takenTables.add(name.toUpperCase());
    await q.reserve(256);
    const table = ws.tables.add(t.range, true);
    table.name = name;
    table.style = t.style;
    tables.set(t.name, table);
  }
  for (const s of layout.styles) {
    await q.reserve(400);
    applyStyle(ws.getRange(s.range), s.style, s.range);
  }
  for (const m of layout.merges) {
    await q.reserve(64);
    ws.getRange(m).merge(false);
  }
  for (const cf of layout.conditionalFormats) await conditionalFormat(q, ws, cf);
  if (layout.freezeRows) {
    await q.reserve(32);
    ws.freezePanes.freezeRows(layout.freezeRows);
  }
  for (let i = 0; i < layout.columnWidths.length; i++) {
    await q.reserve(48);
    const col = columnLetter(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(layout.columnWidths[i]);
  }
  for (const l of layout.links) {
    const p = parseA1(l.cell);
    const shown = p ? layout.rows[p.row]?.[p.col] : null;
    const link: Excel.RangeHyperlink = { documentReference: `${sheetRef(l.sheet)}!${l.target}`, textToDisplay: String(shown ?? l.target) };
    await q.reserve(jsonBytes(link));
    ws.getRange(l.cell).hyperlink = link;
  }
  for (const c of layout.charts) await addChart(q, ws, c, levels);
  for (const h of layout.rowHeights ?? []) {
    await q.reserve(48);
    ws.getRange(`${h.row + 1}:${h.row + 1}`).format.rowHeight = h.height;
  }
  if (layout.hideGridlines && levels.v18) {
    await q.reserve(32);
    ws.showGridlines = false;
  }
  if (levels.v19) await pageSetup(q, ws, layout);
  if (layout.hidden) {
    await q.reserve(32);
    ws.visibility = 'Hidden';
  }
}

export async function insertLayouts(ctx: Excel.RequestContext, layouts: SheetLayout[], env: InsertEnv): Promise<InsertStats> {
  const { levels, settings } = env;
  if (!layouts.length) return { sheets: [], replaced: [], syncs: 0 };

  // 1. What the workbook holds: sheets, then each sheet's marker and tables.
  if (!levels.v112) await refreshSettings(settings);
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name,items/id');
  const definedNames = ctx.workbook.names;
  definedNames.load('items/name');
  await ctx.sync();
  const items = worksheets.items;
  const props = levels.v112 ? items.map((ws) => ws.customProperties.getItemOrNullObject(MARKER_KEY).load('value')) : null;
  const sheetTables = items.map((ws) => ws.tables.load('items/name'));
  await ctx.sync();

  const fromSettings = settingsMarkers(settings);
  const own = new Map<string, OwnMarker>();
  items.forEach((ws, i) => {
    const p = props?.[i];
    const m = (p && !p.isNullObject ? parseMarker(p.value) : null) ?? fromSettings[ws.id] ?? null;
    if (m) own.set(ws.id, m);
  });
  // Each sheet replaces only its own earlier self (same layout, same year): the report drafted
  // alone, or the ribbon's check sheet, never deletes the summary sheets (and what staff typed there).
  const incoming = new Set(layouts.map((l) => ownKey(l.key, l.year)));
  const replaced = items.filter((ws) => {
    const m = own.get(ws.id);
    return !!m && incoming.has(ownKey(m.key, m.year));
  });
  const replacedIds = new Set(replaced.map((ws) => ws.id));
  const takenSheets = new Set(items.filter((ws) => !replacedIds.has(ws.id)).map((ws) => nameKey(ws.name)));
  const takenTables = new Set<string>(definedNames.items.map((n) => n.name.toUpperCase()));
  items.forEach((ws, i) => {
    if (!replacedIds.has(ws.id)) for (const t of sheetTables[i].items) takenTables.add(t.name.toUpperCase());
  });

  // 2. Writes, batched by payload.
  const q = new WriteQueue(ctx, levels, env.budget ?? PAYLOAD_BUDGET);
  for (const ws of replaced) {
    await q.reserve(32);
    ws.delete();
  }
  const names: string[] = [];
  const added: Excel.Worksheet[] = [];
  const tables = new Map<string, Excel.Table>();
  const pivotSheets: { ws: Excel.Worksheet; pivots: SheetLayout['pivots'] }[] = [];
  for (let i = 0; i < layouts.length; i++) {
    const planned = levels.v18 && layouts[i].pivots.length ? pivotSheetPlan(layouts[i]) : null;
    const layout = planned?.layout ?? layouts[i];
    const name = uniqueSheetName(layout.name, takenSheets);
    takenSheets.add(nameKey(name));
    names.push(name);
    await q.reserve(128);
    const ws = worksheets.add(name);
    if (levels.v112) ws.customProperties.add(MARKER_KEY, markerValue({ key: layouts[i].key, year: layouts[i].year }));
    else ws.load('id');
    added.push(ws);
    if (planned) pivotSheets.push({ ws, pivots: planned.pivots });
    await writeLayout(q, ws, layout, levels, takenTables, tables);
    env.onProgress?.({ step: 'insert', done: i + 1, total: layouts.length, sheet: name });
  }
  const sources = new Map(layouts.flatMap((l) => l.tables.map((t) => [t.name, l] as const)));
  for (const p of pivotSheets) await addPivots(q, p.ws, p.pivots, tables, sources);
  if (added.length) {
    await q.reserve(32);
    added[0].activate();
  }
  await q.finish();

  if (!levels.v112 && settings) {
    // Without custom properties the markers live in the settings, by sheet id; read again before
    // writing, so that what another runtime (the ribbon's command) saved meanwhile is kept.
    const live = new Set(items.map((ws) => ws.id));
    await updateSettings(settings, (s) => {
      const kept: Record<string, OwnMarker> = {};
      for (const [id, m] of Object.entries(settingsMarkers(s))) {
        if (!replacedIds.has(id) && (live.has(id) || !(id in fromSettings))) kept[id] = m;
      }
      added.forEach((ws, i) => (kept[ws.id] = { key: layouts[i].key, year: layouts[i].year }));
      s.set(SETTINGS_SHEETS, kept);
    });
  }
  return { sheets: names, replaced: replaced.map((ws) => ws.name), syncs: 2 + q.syncs };
}
