/**
 * Renders the core's layouts into an ExcelJS workbook: the summary workbook of the command line
 * and of the browser mode. Strings are written as shared strings, so `=…` stays text.
 */
import ExcelJS from 'exceljs';
import { a1, parseA1 } from '../../core/grid';
import type { LayoutValue, SheetLayout } from '../../core/layouts/types';
import { XLSX_STYLES } from './styles';

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

const MM_PER_INCH = 25.4;

function margins(layout: SheetLayout): ExcelJS.Margins {
  const m = layout.print.margins;
  if (!m) return { left: 0.6, right: 0.4, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 };
  const inch = (mm: number | undefined, fallback: number) => (mm === undefined ? fallback : mm / MM_PER_INCH);
  return { left: inch(m.left, 0.6), right: inch(m.right, 0.4), top: inch(m.top, 0.8), bottom: inch(m.bottom, 0.8), header: inch(m.header, 0.3), footer: inch(m.footer, 0.3) };
}

function headerFooter(layout: SheetLayout): Partial<ExcelJS.HeaderFooter> {
  const pn = layout.print.pageNumbers ?? { position: 'bottom' };
  const text = '&C&P';
  const where = pn.position === 'top' ? { oddHeader: text } : { oddFooter: text + ' / &N' };
  return pn.skipFirst ? { differentFirst: true, ...where, firstHeader: '', firstFooter: '' } : where;
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
      margins: margins(layout),
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
    cell.font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  for (const cf of layout.conditionalFormats) {
    if (cf.type === 'dataBar') {
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'num', value: 0 }, { type: 'num', value: 1.5 }], color: { argb: 'FF5B9BD5' } } as unknown as ExcelJS.ConditionalFormattingRule],
      });
    } else if (cf.type === 'lessThan' && cf.value !== undefined) {
      const style = XLSX_STYLES[cf.style ?? 'bad'];
      ws.addConditionalFormatting({
        ref: cf.range,
        rules: [{ type: 'cellIs', operator: 'lessThan', priority: 2, formulae: [String(cf.value)], style: { font: style.font, fill: style.fill } }],
      });
    }
  }
  return ws;
}

export function renderLayouts(wb: ExcelJS.Workbook, layouts: SheetLayout[]): void {
  for (const l of layouts) renderLayout(wb, l);
}

/** The summary sheets alone, as an .xlsx file. */
export async function summaryWorkbookBuffer(layouts: SheetLayout[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'dangvien';
  renderLayouts(wb, layouts);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
