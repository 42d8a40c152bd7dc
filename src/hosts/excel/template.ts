/**
 * Writes the template (src/core/template.ts) into Excel: each standard sheet the workbook lacks,
 * with its headers, example row, formats, widths and drop-down lists (ExcelApi 1.8). Each is an
 * Excel table, so rows typed below take the formats and lists along. A sheet the workbook
 * already has (by name or alias) is never touched.
 */
import { a1, columnLetter } from '../../core/grid';
import { findSheet } from '../../core/sheets';
import type { StructureModel } from '../../core/structure-model';
import { DATE_FORMAT, templateSheets } from '../../core/template';
import { type SettingsStore, updateSettings } from './office';
import { MARKER_KEY, type OwnMarker, SETTINGS_SHEETS, markerValue, nameKey, settingsMarkers, uniqueSheetName, uniqueTableName } from './own-sheets';
import { WriteQueue, jsonBytes } from './payload';
import type { ApiLevels } from './requirements';
import { systemOfText } from './date-system';
import { applyStyle, charsToPoints } from './styles';
import { asText } from './text';

/** An inline list source holds at most 255 characters; longer lists go on a hidden sheet. */
const INLINE_LIST_MAX = 255;

function needsListSheet(values: string[]): boolean {
  return values.join(',').length > INLINE_LIST_MAX || values.some((v) => v.includes(','));
}

export interface TemplateEnv {
  levels: ApiLevels;
  settings: SettingsStore | null;
  model?: StructureModel;
  year?: number;
}

/** A day's serial in Excel's 1904 date system is this much smaller than in the 1900 system. */
const DAYS_1900_TO_1904 = 1462;

/**
 * The example dates in the workbook's own date system. Office.js tells no date system (see
 * date-system.ts): the first example date's text, as Excel shows it, does. In a 1904 workbook
 * (Excel for Mac's old default) each example date is written again 1,462 days smaller, so it
 * shows the day the template means.
 */
async function fitDateSystem(ctx: Excel.RequestContext, cells: { ws: Excel.Worksheet; address: string; serial: number }[]): Promise<void> {
  if (!cells.length) return;
  const probe = cells[0].ws.getRange(cells[0].address).load('text');
  await ctx.sync();
  if (systemOfText(cells[0].serial, String(probe.text?.[0]?.[0] ?? '')) !== true) return;
  for (const c of cells) c.ws.getRange(c.address).values = [[c.serial - DAYS_1900_TO_1904]];
  await ctx.sync();
}

export async function insertTemplate(ctx: Excel.RequestContext, env: TemplateEnv): Promise<string[]> {
  const { levels } = env;
  const year = env.year ?? new Date().getFullYear();
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const definedNames = ctx.workbook.names.load('items/name');
  await ctx.sync();

  const existing = worksheets.items.map((ws) => ws.name);
  const stubs = existing.map((name) => ({ name, values: [] }));
  const todo = templateSheets({ model: env.model, year }).filter((t) => !findSheet(t.def, stubs));
  if (!todo.length) return [];
  const takenSheets = new Set(existing.map(nameKey));
  const takenTables = new Set([...tables.items, ...definedNames.items].map((t) => t.name.toUpperCase()));

  const q = new WriteQueue(ctx, levels);
  // Long lists (the 54 ethnic groups) live on a hidden sheet of the add-in's.
  const longLists = levels.v18 ? todo.flatMap((t) => t.columns.map((c) => c.list).filter((l): l is string[] => !!l && needsListSheet(l))) : [];
  let lists: Excel.Worksheet | null = null;
  let listsName = '';
  const listRanges = new Map<string[], string>();
  if (longLists.length) {
    listsName = uniqueSheetName('DanhMuc', takenSheets);
    takenSheets.add(nameKey(listsName));
    await q.reserve(128);
    lists = worksheets.add(listsName);
    const marker: OwnMarker = { key: 'lists', year: 0 };
    if (levels.v112) lists.customProperties.add(MARKER_KEY, markerValue(marker));
    else lists.load('id');
    for (let i = 0; i < longLists.length; i++) {
      const values = longLists[i].map((v) => [asText(v)]);
      const address = `${columnLetter(i)}1:${columnLetter(i)}${values.length}`;
      await q.reserve(jsonBytes(values));
      lists.getRange(address).values = values;
      listRanges.set(longLists[i], address);
    }
    lists.visibility = 'Hidden';
  }

  const made: string[] = [];
  /** The example's date cells, written as 1900-system serials until the workbook's system is known. */
  const dateCells: { ws: Excel.Worksheet; address: string; serial: number }[] = [];
  for (const t of todo) {
    const name = uniqueSheetName(t.def.name, takenSheets);
    takenSheets.add(nameKey(name));
    made.push(name);
    const cols = t.columns;
    const last = columnLetter(cols.length - 1);
    await q.reserve(256);
    const ws = worksheets.add(name);
    // Formats first, so that the example's codes go into text cells as text.
    const formats = [cols.map((c) => c.format)];
    const header = [cols.map((c) => asText(c.header))];
    const example = [cols.map((c) => (typeof c.example === 'string' ? asText(c.example) : c.example))];
    await q.reserve(jsonBytes([formats, header, example]));
    ws.getRange(`A2:${last}2`).numberFormat = formats;
    ws.getRange(`A1:${last}1`).values = header;
    ws.getRange(`A2:${last}2`).values = example;
    cols.forEach((c, i) => {
      if (typeof c.example === 'number' && c.format === DATE_FORMAT) dateCells.push({ ws, address: a1(1, i), serial: c.example });
    });
    await q.reserve(512);
    const table = ws.tables.add(`A1:${last}2`, true);
    const tableName = uniqueTableName(`tbl_${t.def.name}`, takenTables);
    takenTables.add(tableName.toUpperCase());
    table.name = tableName;
    table.style = 'TableStyleLight9';
    applyStyle(ws.getRange(`A1:${last}1`), 'header');
    ws.freezePanes.freezeRows(1);
    for (let i = 0; i < cols.length; i++) {
      const col = columnLetter(i);
      await q.reserve(64);
      ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(cols[i].width);
      const list = cols[i].list;
      if (!list || !levels.v18) continue;
      const sheetRange = listRanges.get(list);
      const source = sheetRange && lists ? lists.getRange(sheetRange) : list.join(',');
      await q.reserve(typeof source === 'string' ? source.length * 2 + 128 : 160);
      const dv = ws.getRange(a1(1, i)).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source } };
      // A warning, not a stop: the check reads variants (nu, Ede, x) that a strict list would refuse.
      dv.errorAlert = {
        showAlert: true,
        style: 'Warning',
        title: 'Giá trị ngoài danh sách',
        message: `Nên chọn một giá trị trong danh sách của cột "${cols[i].header}".`,
      };
    }
  }
  await q.finish();
  await fitDateSystem(ctx, dateCells);

  if (lists && !levels.v112 && env.settings) {
    const id = lists.id;
    await updateSettings(env.settings, (s) => s.set(SETTINGS_SHEETS, { ...settingsMarkers(s), [id]: { key: 'lists', year: 0 } }));
  }
  return made;
}
