/**
 * A fingerprint of every cell the user owns, one hash per cell, so that a test can say which
 * cell an operation changed: `DangVien!E4`, not just "the workbook differs". Read straight from
 * the state of the fake Excel, or from an ExcelJS workbook (the file host's, or a saved file
 * read back). Each sheet also has one entry, `Sheet!(sheet)`, for what belongs to the sheet as a
 * whole (merges, widths, validation, visibility…); a user's sheet that is gone shows as
 * `Sheet!(sheet)` missing, with every one of its cells.
 */
import { createHash } from 'crypto';
import type ExcelJS from 'exceljs';
import { columnLetter, parseA1 } from '../../src/core/grid';
import type { FakeExcel } from '../fake-excel';
import { MAX_COLS } from '../fake-excel/address';

export interface CellPrint {
  /** Hash of everything the cell holds. */
  digest: string;
  /** What it holds, part by part (`value`, `formula`, `numberFormat`, `style`, `note`…); read it with `partsOf`. */
  text: string;
}

/** `Sheet!A1` (or `Sheet!(sheet)`) → the print of that cell, in sheet order then row-major. */
export type UserCells = Map<string, CellPrint>;

const SHEET_ENTRY = '(sheet)';
const PART = '\u0001';
const END = '\u0002';
/** An object part (a style, a format) stands in a cell's text as `#` and its own hash. */
const OBJECT = '#';

/** JSON with sorted keys, dropping undefined, and spelling out what JSON would blur (NaN, -0, invalid dates). */
function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'number') return Number.isFinite(v) ? (Object.is(v, -0) ? '-0' : String(v)) : `"${String(v)}"`;
  if (typeof v === 'string' || typeof v === 'boolean') return JSON.stringify(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '"Date(invalid)"' : `"Date(${v.toISOString()})"`;
  if (v instanceof Map) return canonical([...v.entries()]);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(String(v));
}

/** A cell's hash (Node's native sha1: quicker here than any hash written in JS). */
function hashOf(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The canonical text of every object part met, by its hash: to show what a style was in a failure message. */
const objectTexts = new Map<string, string>();

/**
 * Hashes one pass over a workbook. An object part enters a cell by its own hash, computed once
 * per object: ExcelJS shares a style object between thousands of cells. (Only within one pass:
 * a style edited in place between two passes is hashed afresh.)
 */
class Printer {
  private readonly objects = new Map<object, string>();

  private part(v: unknown): string {
    if (typeof v !== 'object' || v === null || v instanceof Date) return canonical(v);
    let ref = this.objects.get(v);
    if (ref === undefined) {
      const text = canonical(v);
      ref = OBJECT + hashOf(text);
      objectTexts.set(ref, text);
      this.objects.set(v, ref);
    }
    return ref;
  }

  /** The print of a cell from its parts, in a fixed order; undefined parts are left out, and a cell with none is null. */
  print(parts: readonly (readonly [string, unknown])[]): CellPrint | null {
    let text = '';
    for (const [name, v] of parts) if (v !== undefined) text += name + PART + this.part(v) + END;
    return text ? { digest: hashOf(text), text } : null;
  }
}

/** A cell's parts as readable text, objects spelled out: `{ value: '"Nuw"', note: '…' }`. */
export function partsOf(p: CellPrint): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of p.text.split(END)) {
    const at = item.indexOf(PART);
    if (at < 0) continue;
    const v = item.slice(at + 1);
    out[item.slice(0, at)] = v.startsWith(OBJECT) ? (objectTexts.get(v) ?? v) : v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The fake Excel

/** The user's cells in the fake: value, formula, number format, quote prefix, fill and other formats, hyperlink, note, comment. */
export function fakeUserCells(fake: FakeExcel, sheets: readonly string[]): UserCells {
  const out: UserCells = new Map();
  const printer = new Printer();
  const state = fake.state;
  const letters: string[] = [];
  const address = (r: number, c: number) => (letters[c] ??= columnLetter(c)) + (r + 1);
  for (const name of sheets) {
    const s = state.sheet(name);
    if (!s) {
      out.set(`${name}!${SHEET_ENTRY}`, printer.print([['missing', true]])!);
      continue;
    }
    out.set(
      `${name}!${SHEET_ENTRY}`,
      printer.print([
        ['name', s.name],
        ['visibility', s.visibility],
        ['freezeRows', s.freezeRows],
        ['merges', s.merges],
        ['columnWidths', s.columnWidths],
        ['rowHeights', s.rowHeights],
        ['showGridlines', s.showGridlines],
        ['conditionalFormats', s.conditionalFormats],
        ['validations', s.validations],
        ['customProperties', s.customProperties],
        ['pageLayout', s.pageLayout],
        ['tables', state.tables.filter((t) => t.sheetId === s.id)],
        ['pivots', state.pivots.filter((p) => p.sheetId === s.id)],
        ['charts', state.charts.filter((c) => c.sheetId === s.id)],
      ])!,
    );
    // Every cell that holds anything, by its key in the fake (row × MAX_COLS + column).
    const keys = new Set<number>();
    s.rows.forEach((row, r) => {
      if (!row) return;
      for (const a of [row.v, row.f, row.nf]) a?.forEach((x, c) => x !== undefined && keys.add(r * MAX_COLS + c));
    });
    for (const k of s.extras.keys()) keys.add(k);
    const keyOf = (cell: string) => {
      const p = parseA1(cell.split('!').pop() ?? '');
      return p ? p.row * MAX_COLS + p.col : null;
    };
    const notes = new Map<number, string>();
    for (const [cell, text] of s.notes) {
      const k = keyOf(cell);
      if (k === null) continue;
      notes.set(k, text);
      keys.add(k);
    }
    const comments = new Map<number, string>();
    for (const c of state.comments) {
      const k = c.sheetId === s.id ? keyOf(c.cell) : null;
      if (k === null) continue;
      comments.set(k, c.content);
      keys.add(k);
    }
    for (const k of [...keys].sort((x, y) => x - y)) {
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
      const row = s.rows[r];
      const formula = row?.f?.[c];
      const numberFormat = row?.nf?.[c];
      const extra = s.extras.get(k);
      const p = printer.print([
        // The fake does not calculate: a formula's value is Excel's to recompute, the formula is the user's.
        ['value', formula === undefined ? row?.v[c] : undefined],
        ['formula', formula],
        ['numberFormat', numberFormat === 'General' ? undefined : numberFormat],
        ['quotePrefix', extra?.quotePrefix || undefined],
        ['format', extra?.format],
        ['hyperlink', extra?.hyperlink],
        ['note', notes.get(k)],
        ['comment', comments.get(k)],
      ]);
      if (p) out.set(`${name}!${address(r, c)}`, p);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// ExcelJS

type StyleKey = 'numFmt' | 'font' | 'alignment' | 'border' | 'fill' | 'protection';
const STYLE_KEYS: StyleKey[] = ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'];

/** The style a new cell takes from its row and column (ExcelJS's own rule, Cell#_mergeStyle). */
function inheritedStyle(rowStyle: Partial<ExcelJS.Style> | undefined, colStyle: Partial<ExcelJS.Style> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of STYLE_KEYS) {
    const v = rowStyle?.[k] || colStyle?.[k];
    if (v) out[k] = v;
  }
  return out;
}

interface CellModel {
  address: string;
  type: number;
  style?: Partial<ExcelJS.Style>;
  comment?: unknown;
  [k: string]: unknown;
}

interface RowModel {
  number: number;
  cells: CellModel[];
  height?: number;
  hidden?: boolean;
  style?: Partial<ExcelJS.Style>;
}

const NULL_TYPE = 0;
/** What ExcelJS's writer notes on a cell's model while saving (style and shared-string numbers…): not the user's. */
const WRITER_NOTES = new Set(['address', 'style', 'comment', 'styleId', 'ssId', 'si', 'date1904']);

/**
 * The user's cells in an ExcelJS workbook: each cell's model (value or formula and its result,
 * rich text, error, hyperlink), its whole style (number format, fill, font, borders…) and its
 * note. A cell with no value and no note that only carries its row's or column's style holds
 * nothing of its own (ExcelJS makes such cells whenever one is looked at).
 */
export function workbookUserCells(wb: ExcelJS.Workbook, sheets: readonly string[]): UserCells {
  const out: UserCells = new Map();
  const printer = new Printer();
  for (const name of sheets) {
    const ws = wb.worksheets.find((w) => w.name === name);
    if (!ws) {
      out.set(`${name}!${SHEET_ENTRY}`, printer.print([['missing', true]])!);
      continue;
    }
    // The model is what ExcelJS writes to the file: every stored cell, styled empty ones included.
    const model = ws.model as unknown as { rows: RowModel[]; merges: string[]; cols?: unknown; dataValidations?: unknown; conditionalFormattings?: unknown };
    const columns = (ws.columns ?? []) as (Partial<ExcelJS.Column> | undefined)[];
    out.set(
      `${name}!${SHEET_ENTRY}`,
      printer.print([
        ['state', ws.state],
        ['merges', [...model.merges].sort()],
        ['cols', model.cols],
        ['dataValidations', model.dataValidations],
        ['conditionalFormattings', model.conditionalFormattings],
        ['autoFilter', ws.autoFilter],
        ['rows', model.rows.filter((r) => r.height || r.hidden || (r.style && Object.keys(r.style).length)).map((r) => [r.number, r.height, r.hidden, r.style])],
      ])!,
    );
    for (const row of model.rows) {
      for (const cell of row.cells) {
        const style = cell.style && Object.keys(cell.style).length ? cell.style : undefined;
        if (cell.type === NULL_TYPE && !cell.comment) {
          const col = parseA1(cell.address)?.col ?? 0;
          if (canonical(style ?? {}) === canonical(inheritedStyle(row.style, columns[col]?.style))) continue;
        }
        // The value's own fields in a fixed order (a rebuilt cell may list them in another), then style and note.
        const parts: [string, unknown][] = Object.keys(cell)
          .filter((k) => !WRITER_NOTES.has(k))
          .sort()
          .map((k) => [k, cell[k]]);
        parts.push(['style', style], ['note', cell.comment]);
        const p = printer.print(parts);
        if (p) out.set(`${name}!${cell.address}`, p);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Comparing

/** The cells whose print differs (or that are only on one side), in the order of `before` then `after`. */
export function changedCells(before: UserCells, after: UserCells): string[] {
  const out: string[] = [];
  for (const [key, p] of before) if (after.get(key)?.digest !== p.digest) out.push(key);
  for (const key of after.keys()) if (!before.has(key)) out.push(key);
  return out;
}

const LISTED = 8;
const PART_LENGTH = 60;

const cut = (text: string | undefined) => (text === undefined ? '(none)' : text.length > PART_LENGTH ? text.slice(0, PART_LENGTH - 1) + '…' : text);

/** `value "Nuw" → "Nữ"; note (none) → "…"`: the parts of a cell that differ. */
function partChanges(before: CellPrint | undefined, after: CellPrint | undefined): string {
  const was = before ? partsOf(before) : {};
  const now = after ? partsOf(after) : {};
  const names = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return names
    .filter((k) => was[k] !== now[k])
    .map((k) => `${k} ${cut(was[k])} → ${cut(now[k])}`)
    .join('; ');
}

/** `N user cell(s) changed:` and, for the first few, `Sheet!A1: value "x" → "y"`. */
export function describeChanges(before: UserCells, after: UserCells, keys: readonly string[]): string {
  const lines = keys.slice(0, LISTED).map((k) => `  ${k}: ${partChanges(before.get(k), after.get(k))}`);
  if (keys.length > LISTED) lines.push(`  … and ${keys.length - LISTED} more`);
  return `${keys.length} user cell(s) changed:\n${lines.join('\n')}`;
}

/** Throws, naming the first cells that differ, unless every user cell is as it was. */
export function expectNothingLost(before: UserCells, after: UserCells, what: string): void {
  const keys = changedCells(before, after);
  if (keys.length) throw new Error(`${what}: ${describeChanges(before, after, keys)}`);
}
