/**
 * Renders the core's layouts into an ExcelJS workbook: the summary sheets the browser mode inserts
 * into the user's own workbook (a new file of summary sheets is written by write/workbook.ts, with
 * the same looks). Strings are written as shared strings, so `=…` stays text.
 */
import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../../core/grid';
import type { LayoutValue, SheetLayout } from '../../core/layouts/types';
import { marginsInches, pageNumbers } from './page-setup';
import { argb, conditionalLook, DATA_BAR, excelFont, LINK_FONT, XLSX_STYLES } from './styles';

/** Every cell of an A1 range such as `B5:F43` (or a single cell). */
export function* cellsOf(range: string): Generator<{ row: number; col: number }> {
  const [a, b = a] = range.split(':');
  const from = parseA1(a);
  const to = parseA1(b);
  if (!from || !to) return;
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) yield { row: r, col: c };
}

function cellValue(v: LayoutValue): ExcelJS.CellValue {
  return v === null ? null : v;
}

function headerFooter(layout: SheetLayout): Partial<ExcelJS.HeaderFooter> {
  const { differentFirst, ...where } = pageNumbers(layout);
  return differentFirst ? { differentFirst: true, ...where, firstHeader: '', firstFooter: '' } : where;
}

export function renderLayout(wb: ExcelJS.Workbook, layout: SheetLayout): ExcelJS.Worksheet {
  const frozen = layout.freezeRows ? { state: 'frozen' as const, ySplit: layout.freezeRows } : { state: 'normal' as const };
  const ws = wb.addWorksheet(layout.name, {
    views: [{ ...frozen, showGridLines: !layout.hideGridlines }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: layout.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: layout.print.repeatRows,
      horizontalCentered: layout.print.centerHorizontally,
      margins: marginsInches(layout),
    },
    headerFooter: headerFooter(layout),
  });
  for (const h of layout.rowHeights ?? []) ws.getRow(h.row + 1).height = h.height;
  layout.rows.forEach((values, r) => {
    if (!values.length) return;
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      if (v !== null) row.getCell(c + 1).value = cellValue(v);
    });
  });
  // A formula's cell holds its cached result, 0, FALSE and "" included: a viewer that does not
  // recalculate shows it. ExcelJS's `cell.value` getter drops falsy results, so every formula
  // value is built here from the layout, never read back from a cell.
  const formulas = new Map<string, ExcelJS.CellFormulaValue>();
  for (const f of layout.formulas) {
    const at = parseA1(f.cell)!;
    const cached = layout.rows[at.row]?.[at.col];
    const value = { formula: f.formula.replace(/^=/, ''), result: cached ?? undefined } as ExcelJS.CellFormulaValue;
    formulas.set(a1(at.row, at.col), value);
    ws.getCell(f.cell).value = value;
  }
  for (const t of layout.tables) {
    // ExcelJS writes a table's cells itself: hand it the cells already laid out.
    const [from] = [...cellsOf(t.range.split(':')[0])];
    const to = parseA1(t.range.split(':')[1])!;
    const header = ws.getRow(from.row + 1);
    const columns: ExcelJS.TableColumnProperties[] = [];
    for (let c = from.col; c <= to.col; c++) columns.push({ name: String(header.getCell(c + 1).value ?? `C${c}`), filterButton: true });
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = from.row + 1; r <= to.row; r++) {
      const row = ws.getRow(r + 1);
      const out: ExcelJS.CellValue[] = [];
      for (let c = from.col; c <= to.col; c++) out.push(formulas.get(a1(r, c)) ?? row.getCell(c + 1).value);
      rows.push(out);
    }
    ws.addTable({
      name: t.name,
      ref: t.range.split(':')[0],
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns,
      rows,
    });
  }
  for (const s of layout.styles) {
    for (const { row, col } of cellsOf(s.range)) Object.assign(ws.getCell(row + 1, col + 1), { style: { ...XLSX_STYLES[s.style] } });
  }
  for (const n of layout.numberFormats) {
    for (const { row, col } of cellsOf(n.range)) ws.getCell(row + 1, col + 1).numFmt = n.format;
  }
  for (const m of layout.merges) ws.mergeCells(m);
  layout.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const l of layout.links) {
    const cell = ws.getCell(l.cell);
    cell.value = { text: String(cell.value ?? l.target), hyperlink: `#'${l.sheet.replace(/'/g, "''")}'!${l.target}` };
    cell.font = excelFont(LINK_FONT);
  }
  for (const cf of layout.conditionalFormats) {
    if (cf.type === 'dataBar') {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            cfvo: [{ type: 'num', value: DATA_BAR.min }, { type: 'num', value: DATA_BAR.max }],
            color: { argb: argb(cf.color, DATA_BAR.color) },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    } else if (cf.type === 'lessThan' && cf.value !== undefined) {
      const look = conditionalLook(cf.style ?? 'bad');
      // A conditional format's solid fill is its background colour (bgColor), as Excel writes it.
      const fill: ExcelJS.Fill | undefined = look.fill ? { type: 'pattern', pattern: 'solid', fgColor: { argb: look.fill }, bgColor: { argb: look.fill } } : undefined;
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: 'cellIs', operator: 'lessThan', priority: 2, formulae: [String(cf.value)], style: { font: look.fontColor ? { color: { argb: look.fontColor } } : undefined, fill } }],
      });
    }
  }
  return ws;
}

