/**
 * Finding the standard sheets, their header rows and columns in whatever the user's workbook
 * holds: names and aliases compared by folded key, title rows skipped, columns in any order.
 */
import type { CellValue, SheetGrid } from './grid';
import { SHEETS, type ColumnDef, type SheetDef, type SheetId } from './schema';
import { foldKey } from './text/normalize';

/** The header row is looked for within the first rows of the sheet. */
export const HEADER_SEARCH_ROWS = 10;

export interface LocatedSheet {
  def: SheetDef;
  grid: SheetGrid;
  /** Zero-based sheet row of the header (origin included). */
  headerRow: number;
  /** Index in grid.values of the header row. */
  headerIndex: number;
  /** Column key → zero-based sheet column (the first one when a column appears twice). */
  columns: Map<string, number>;
  /** Header text as the user wrote it, by key. */
  headers: Map<string, string>;
  duplicates: { column: ColumnDef; cols: number[] }[];
  unknown: { col: number; header: string }[];
  missing: ColumnDef[];
}

export interface SheetLookup {
  found: Map<SheetId, LocatedSheet>;
  /** Required sheets that are missing, or whose header row could not be found. */
  missing: { def: SheetDef; reason: 'noSheet' | 'noHeader'; sheet?: string; origin?: { row: number; col: number } }[];
}

function keysOf(def: { name: string; aliases: string[] }): Set<string> {
  return new Set([def.name, ...def.aliases].map(foldKey));
}

const sheetKeys = new Map(SHEETS.map((s) => [s.id, keysOf(s)]));
const columnKeys = new Map(SHEETS.map((s) => [s.id, s.columns.map((c) => ({ column: c, keys: keysOf(c) }))]));

export function columnFor(def: SheetDef, header: CellValue): ColumnDef | undefined {
  if (typeof header !== 'string') return undefined;
  const key = foldKey(header);
  if (!key) return undefined;
  return columnKeys.get(def.id)!.find((c) => c.keys.has(key))?.column;
}

/** The sheet of this name is the standard sheet `def` (by its name or an alias). */
export function isSheetOf(def: SheetDef, name: string): boolean {
  return sheetKeys.get(def.id)!.has(foldKey(name));
}

export function findSheet(def: SheetDef, grids: SheetGrid[]): SheetGrid | undefined {
  return grids.find((g) => isSheetOf(def, g.name));
}

export function locateHeader(def: SheetDef, grid: SheetGrid): LocatedSheet | null {
  const required = def.columns.filter((c) => c.required).length;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const originRow = grid.origin?.row ?? 0;
  const originCol = grid.origin?.col ?? 0;
  for (let i = 0; i < limit; i++) {
    const row = grid.values[i] ?? [];
    const matched = new Set<string>();
    for (const cell of row) {
      const c = columnFor(def, cell);
      if (c?.required) matched.add(c.key);
    }
    if (matched.size * 2 < required || matched.size === 0) continue;
    const located: LocatedSheet = {
      def,
      grid,
      headerRow: originRow + i,
      headerIndex: i,
      columns: new Map(),
      headers: new Map(),
      duplicates: [],
      unknown: [],
      missing: [],
    };
    const seen = new Map<string, number[]>();
    row.forEach((cell, j) => {
      const sheetCol = originCol + j;
      const c = columnFor(def, cell);
      if (c) {
        const cols = seen.get(c.key) ?? [];
        cols.push(sheetCol);
        seen.set(c.key, cols);
        if (!located.columns.has(c.key)) {
          located.columns.set(c.key, sheetCol);
          located.headers.set(c.key, String(cell).trim());
        }
      } else if (cell !== null && cell !== undefined && String(cell).trim() !== '') {
        located.unknown.push({ col: sheetCol, header: String(cell).trim() });
      }
    });
    for (const c of def.columns) {
      const cols = seen.get(c.key);
      if (!cols && c.required) located.missing.push(c);
      if (cols && cols.length > 1) located.duplicates.push({ column: c, cols });
    }
    return located;
  }
  return null;
}

/** The lookup, in the standard sheets' order, from the sheet found for each (if any) and its header. */
export function lookupOf(each: (def: SheetDef) => { grid: SheetGrid; located: LocatedSheet | null } | undefined): SheetLookup {
  const lookup: SheetLookup = { found: new Map(), missing: [] };
  for (const def of SHEETS) {
    const r = each(def);
    if (!r) {
      if (def.required) lookup.missing.push({ def, reason: 'noSheet' });
    } else if (r.located) lookup.found.set(def.id, r.located);
    else lookup.missing.push({ def, reason: 'noHeader', sheet: r.grid.name, origin: r.grid.origin });
  }
  return lookup;
}

/** The standard sheets of whole grids and their header rows. */
export function locateSheets(grids: SheetGrid[]): SheetLookup {
  return lookupOf((def) => {
    const grid = findSheet(def, grids);
    return grid && { grid, located: locateHeader(def, grid) };
  });
}
