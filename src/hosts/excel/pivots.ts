/**
 * Real PivotTables (ExcelApi 1.8) on the `Pivot Y` sheet, over the `DL Pivot Y` table of
 * non-identifying member fields. The layout's cross-tabs as values are the fallback for older
 * Excel; with PivotTables the sheet keeps its titles and each PivotTable gets room to grow
 * (filter rows above, a spare row or two below), since a PivotTable cannot overlap another.
 */
import { a1, parseA1 } from '../../core/grid';
import type { PivotSpec, SheetLayout } from '../../core/layouts/types';
import type { WriteQueue } from './payload';

/** Rows a report filter takes above a PivotTable. */
const FILTER_ROWS = 2;
/** Beyond the fallback's rows: the "Count of" row, and spare rows. */
const EXTRA_ROWS = 3;

function rowOf(address: string): number {
  return parseA1(address.split(':')[0])?.row ?? 0;
}

function rowsOf(range: string): number {
  const [a, b = a] = range.split(':');
  return (parseA1(b)?.row ?? 0) - (parseA1(a)?.row ?? 0) + 1;
}

/** The pivot sheet with room for PivotTables instead of the cross-tabs: its layout and each PivotTable's anchor. */
export function pivotSheetPlan(layout: SheetLayout): { layout: SheetLayout; pivots: PivotSpec[] } {
  if (!layout.pivots.length) return { layout, pivots: [] };
  const firstSection = Math.max(0, rowOf(layout.pivots[0].anchor) - 1);
  const keepRow = (range: string) => rowOf(range) < firstSection;
  const out: SheetLayout = {
    ...layout,
    rows: layout.rows.slice(0, firstSection).map((r) => [...r]),
    formulas: layout.formulas.filter((f) => keepRow(f.cell)),
    numberFormats: layout.numberFormats.filter((n) => keepRow(n.range)),
    styles: layout.styles.filter((s) => keepRow(s.range)),
    merges: layout.merges.filter(keepRow),
    tables: [],
    conditionalFormats: [],
    links: [],
    charts: [],
    pivots: [],
  };
  let cursor = firstSection;
  for (const p of layout.pivots) {
    const section = layout.rows[rowOf(p.anchor) - 1]?.[0] ?? null;
    if (section !== null) {
      out.rows[cursor] = [section];
      out.styles.push({ range: a1(cursor, 0), style: 'section' });
    }
    cursor++;
    if (p.filters?.length) cursor += FILTER_ROWS;
    out.pivots.push({ ...p, anchor: a1(cursor, 0) });
    cursor += rowsOf(p.fallbackRange) + EXTRA_ROWS;
  }
  for (let r = 0; r < out.rows.length; r++) out.rows[r] ??= [];
  return { layout: out, pivots: out.pivots };
}

/** The distinct values of a field in the pivot's source layout (a PivotTable's items). */
export function fieldItems(source: SheetLayout | undefined, field: string): string[] {
  if (!source?.rows.length) return [];
  const col = source.rows[0].indexOf(field);
  if (col < 0) return [];
  const items = new Set<string>();
  for (let r = 1; r < source.rows.length; r++) {
    const v = source.rows[r][col];
    if (v !== null && v !== undefined && v !== '') items.add(String(v));
  }
  return [...items];
}

/** Queues the PivotTables of a pivot sheet. */
export async function addPivots(
  q: WriteQueue,
  ws: Excel.Worksheet,
  pivots: PivotSpec[],
  tables: Map<string, Excel.Table>,
  sources: Map<string, SheetLayout>,
): Promise<number> {
  let added = 0;
  for (const p of pivots) {
    const table = tables.get(p.sourceTable);
    if (!table) continue;
    await q.reserve(256 + 64 * (p.rows.length + p.columns.length));
    const pt = ws.pivotTables.add(p.name, table, ws.getRange(p.anchor));
    for (const f of p.rows) pt.rowHierarchies.add(pt.hierarchies.getItem(f));
    for (const f of p.columns) pt.columnHierarchies.add(pt.hierarchies.getItem(f));
    const data = pt.dataHierarchies.add(pt.hierarchies.getItem(p.value));
    // Counted always, whatever Excel would pick for the field's type.
    data.summarizeBy = 'Count';
    for (const filter of p.filters ?? []) {
      const fh = pt.filterHierarchies.add(pt.hierarchies.getItem(filter.field));
      if (filter.include.length > 1) fh.enableMultipleFilterItems = true;
      const field = fh.fields.getItem(filter.field);
      for (const item of fieldItems(sources.get(p.sourceTable), filter.field)) {
        if (filter.include.includes(item)) continue;
        await q.reserve(96);
        field.items.getItem(item).visible = false;
      }
    }
    added++;
  }
  return added;
}
