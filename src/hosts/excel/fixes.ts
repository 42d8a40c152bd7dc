/**
 * Applying confirmed fixes, and undoing them: each fixed cell gets its new value as text; its
 * previous value, formula and number format are kept so that Undo puts the cell back as it was.
 */
import { a1, parseA1 } from '../../core/grid';
import type { CellFix, UndoRecord } from '../workbook';
import { WriteQueue } from './payload';
import type { ApiLevels } from './requirements';
import { asText } from './text';

export interface PreviousCell {
  value: string | number | boolean;
  /** The formula, when the cell held one. */
  formula?: string;
  numberFormat: string;
}

function cellOf(address: string): string {
  const p = parseA1(address);
  if (!p) throw new Error(`Ô không hợp lệ "${address}" / Not a cell: "${address}"`);
  return a1(p.row, p.col);
}

export async function applyFixes(ctx: Excel.RequestContext, fixes: CellFix[], levels: ApiLevels): Promise<UndoRecord> {
  if (!fixes.length) return { cells: [] };
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const names = new Set(sheets.items.map((ws) => ws.name));
  // One fix per cell: the last confirmed value wins, the previous value is the cell's own.
  const byCell = new Map<string, CellFix>();
  for (const f of fixes) {
    if (!names.has(f.sheet)) throw new Error(`Không tìm thấy sheet "${f.sheet}" / Sheet "${f.sheet}" not found`);
    const cell = cellOf(f.cell);
    byCell.set(`${f.sheet}!${cell}`, { ...f, cell });
  }
  const list = [...byCell.values()];
  const ranges = list.map((f) => sheets.getItem(f.sheet).getRange(f.cell).load('values,formulas,numberFormat'));
  await ctx.sync();

  const record: UndoRecord = { cells: [] };
  const q = new WriteQueue(ctx, levels);
  for (let i = 0; i < list.length; i++) {
    const f = list[i];
    const r = ranges[i];
    const value = r.values[0][0] as PreviousCell['value'];
    const formula = r.formulas[0][0];
    const previous: PreviousCell = { value, numberFormat: String(r.numberFormat[0][0]) };
    if (typeof formula === 'string' && formula.startsWith('=') && formula !== value) previous.formula = formula;
    record.cells.push({ sheet: f.sheet, cell: f.cell, previous });
    const input = asText(f.value);
    await q.reserve(input.length * 2 + 16);
    sheets.getItem(f.sheet).getRange(f.cell).values = [[input]];
  }
  await q.finish();
  return record;
}

export async function undoFixes(ctx: Excel.RequestContext, record: UndoRecord, levels: ApiLevels): Promise<void> {
  if (!record.cells.length) return;
  const q = new WriteQueue(ctx, levels);
  // Backwards, so that a cell fixed twice ends as it first was.
  for (const c of [...record.cells].reverse()) {
    const p = c.previous as PreviousCell;
    const range = ctx.workbook.worksheets.getItem(c.sheet).getRange(c.cell);
    await q.reserve(String(p.formula ?? p.value).length * 2 + 64);
    range.numberFormat = [[p.numberFormat]];
    if (p.formula !== undefined) range.formulas = [[p.formula]];
    // A leading apostrophe is Excel's quote prefix whatever the cell's format, text (`@`) included
    // (Range.PrefixCharacter: "an apostrophe if the value was preceded with an apostrophe when it
    // was entered"): so a string goes back through asText everywhere, as fixes and the template write.
    else range.values = [[typeof p.value === 'string' ? asText(p.value) : p.value]];
  }
  await q.finish();
}
