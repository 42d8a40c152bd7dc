/**
 * The empty standard sheets (ToChuc, DangVien, ChiTieu) with the canonical headers, one example
 * row, text and date formats, and drop-down lists on list columns (ExcelApi 1.8). Each is an
 * Excel table, so rows typed below take the formats and lists along. A sheet the workbook
 * already has (by name or alias) is never touched.
 */
import { a1, columnLetter } from '../../core/grid';
import { LISTS } from '../../core/lists';
import { MEMBERS, type SheetDef, TARGETS, UNITS } from '../../core/schema';
import { findSheet } from '../../core/sheets';
import { DISTRICT_MODEL_2018, type StructureModel } from '../../core/structure-model';
import { type SettingsStore, updateSettings } from './office';
import { MARKER_KEY, type OwnMarker, SETTINGS_SHEETS, markerValue, nameKey, settingsMarkers, uniqueSheetName, uniqueTableName } from './own-sheets';
import { WriteQueue, jsonBytes } from './payload';
import type { ApiLevels } from './requirements';
import { applyStyle, charsToPoints } from './styles';
import { asText } from './text';

const DATE = 'dd/mm/yyyy';
/** An inline list source holds at most 255 characters; longer lists go on a hidden sheet. */
const INLINE_LIST_MAX = 255;

function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

interface ColumnSpec {
  example: string | number | null;
  format?: string;
  list?: string[];
}

function specs(model: StructureModel, year: number): Record<string, Record<string, ColumnSpec>> {
  const root = model.kinds.find((k) => k.root)?.value ?? '';
  return {
    units: {
      code: { example: 'HU', format: '@' },
      name: { example: 'Đảng bộ huyện (ví dụ)' },
      kind: { example: root, list: model.kinds.map((k) => k.value) },
      parent: { example: null, format: '@' },
      setting: { example: null, list: LISTS.setting.map((e) => e.value) },
    },
    members: {
      id: { example: 'DL000001', format: '@' },
      card: { example: '36000001', format: '@' },
      name: { example: 'Nguyễn Văn A (ví dụ)' },
      birth: { example: serial(1990, 5, 15), format: DATE },
      gender: { example: 'Nam', list: LISTS.gender.map((e) => e.value) },
      ethnicity: { example: 'Kinh', list: LISTS.ethnicity.map((e) => e.value) },
      religion: { example: 'Không' },
      cell: { example: 'X01-01', format: '@' },
      admitted: { example: serial(year - 1, 2, 3), format: DATE },
      full: { example: serial(year, 2, 3), format: DATE },
      training: { example: serial(year - 2, 10, 10), format: DATE },
      local: { example: 'Có', list: LISTS.yesno.map((e) => e.value) },
      status: { example: LISTS.status[0].value, list: LISTS.status.map((e) => e.value) },
      statusDate: { example: null, format: DATE },
    },
    targets: {
      code: { example: 'HU', format: '@' },
      year: { example: year, format: '0' },
      target: { example: 10, format: '0' },
    },
  };
}

function needsListSheet(values: string[]): boolean {
  return values.join(',').length > INLINE_LIST_MAX || values.some((v) => v.includes(','));
}

export interface TemplateEnv {
  levels: ApiLevels;
  settings: SettingsStore | null;
  model?: StructureModel;
  year?: number;
}

export async function insertTemplate(ctx: Excel.RequestContext, env: TemplateEnv): Promise<string[]> {
  const { levels } = env;
  const model = env.model ?? DISTRICT_MODEL_2018;
  const year = env.year ?? new Date().getFullYear();
  const worksheets = ctx.workbook.worksheets;
  worksheets.load('items/name');
  const tables = ctx.workbook.tables.load('items/name');
  const definedNames = ctx.workbook.names.load('items/name');
  await ctx.sync();

  const existing = worksheets.items.map((ws) => ws.name);
  const stubs = existing.map((name) => ({ name, values: [] }));
  const defs: SheetDef[] = [UNITS, MEMBERS, TARGETS].filter((d) => !findSheet(d, stubs));
  if (!defs.length) return [];
  const takenSheets = new Set(existing.map(nameKey));
  const takenTables = new Set([...tables.items, ...definedNames.items].map((t) => t.name.toUpperCase()));
  const columns = specs(model, year);

  const q = new WriteQueue(ctx, levels);
  // Long lists (the 54 ethnic groups) live on a hidden sheet of the add-in's.
  const longLists = levels.v18 ? defs.flatMap((d) => d.columns.map((c) => columns[d.id]?.[c.key]?.list).filter((l): l is string[] => !!l && needsListSheet(l))) : [];
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
  for (const def of defs) {
    const name = uniqueSheetName(def.name, takenSheets);
    takenSheets.add(nameKey(name));
    made.push(name);
    const cols = def.columns;
    const spec = columns[def.id] ?? {};
    const last = columnLetter(cols.length - 1);
    await q.reserve(256);
    const ws = worksheets.add(name);
    // Formats first, so that the example's codes go into text cells as text.
    const formats = [cols.map((c) => spec[c.key]?.format ?? 'General')];
    const header = [cols.map((c) => asText(c.name))];
    const example = [cols.map((c) => {
      const v = spec[c.key]?.example ?? null;
      return typeof v === 'string' ? asText(v) : v;
    })];
    await q.reserve(jsonBytes([formats, header, example]));
    ws.getRange(`A2:${last}2`).numberFormat = formats;
    ws.getRange(`A1:${last}1`).values = header;
    ws.getRange(`A2:${last}2`).values = example;
    await q.reserve(512);
    const table = ws.tables.add(`A1:${last}2`, true);
    const tableName = uniqueTableName(`tbl_${def.name}`, takenTables);
    takenTables.add(tableName.toUpperCase());
    table.name = tableName;
    table.style = 'TableStyleLight9';
    applyStyle(ws.getRange(`A1:${last}1`), 'header');
    ws.freezePanes.freezeRows(1);
    for (let i = 0; i < cols.length; i++) {
      const col = columnLetter(i);
      await q.reserve(64);
      ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(Math.min(40, Math.max(10, cols[i].name.length + 4)));
      const list = spec[cols[i].key]?.list;
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
        message: `Nên chọn một giá trị trong danh sách của cột "${cols[i].name}".`,
      };
    }
  }
  await q.flush();

  if (lists && !levels.v112 && env.settings) {
    const id = lists.id;
    await updateSettings(env.settings, (s) => s.set(SETTINGS_SHEETS, { ...settingsMarkers(s), [id]: { key: 'lists', year: 0 } }));
  }
  return made;
}
