/**
 * `Báo cáo Y`: the drafted report as a printable sheet in the party's document format — the
 * issuer top left, the party title top right, the type and subject, the body, the attainment
 * table, the signature block and `Nơi nhận:` — on A4 portrait with the format's margins.
 * Six columns: the table's (STT, TCCS, target, admitted, attainment, verdict); the header blocks
 * and the paragraphs are merged across them.
 */
import { a1 } from '../core/grid';
import { SheetBuilder } from '../core/layouts/sheet-builder';
import type { DocStyle, LayoutValue, SheetLayout } from '../core/layouts/types';
import { formatInteger, formatPercent } from './format';
import type { DraftedReport, ReportTableRow } from './draft';
import { columnPoints, MAX_ROW_HEIGHT, rowHeightFor, wrapLines } from './measure';
import { DOC_LOOKS, DOC_MARGINS_MM } from './styles';

/** The sheet's name: always Vietnamese, so a second run finds its own sheet. */
export function reportSheetName(year: number): string {
  return `Báo cáo ${year}`;
}

/** What a line left to fill by hand shows. */
export const BLANK_LINE = '…………………………';

/** Column widths (Excel units); A:B hold the issuer's block, C:F the party title's. */
const WIDTHS = [6, 36, 10, 10, 10, 12];
const WIDTH = WIDTHS.length;
const LEFT = { col: 0, span: 2 };
const RIGHT = { col: 2, span: 4 };
const FULL = { col: 0, span: WIDTH };
/** Height of an empty spacer row, and of the space left for the signature and seal. */
const SPACER = 9;
/** The signature and seal take this many rows of this height between the title and the name. */
const SIGNATURE_ROWS = 4;
const SIGNATURE_ROW = 20;

interface Placed {
  row: number;
  col: number;
  span: number;
  text: string;
  style: DocStyle;
}

class DocSheet {
  readonly s: SheetBuilder;
  readonly placed: Placed[] = [];
  readonly fixed = new Map<number, number>();

  constructor(name: string, year: number) {
    this.s = new SheetBuilder('report', name, year, 'portrait');
  }

  get layout(): SheetLayout {
    return this.s.layout;
  }

  newRow(): number {
    const r = this.s.nextRow;
    this.layout.rows.push([]);
    return r;
  }

  spacer(height = SPACER): void {
    this.fixed.set(this.newRow(), height);
  }

  put(row: number, where: { col: number; span: number }, value: LayoutValue, style: DocStyle, shown?: string): void {
    const cells = this.layout.rows[row];
    while (cells.length < where.col + where.span) cells.push(null);
    cells[where.col] = value;
    const range = where.span > 1 ? `${a1(row, where.col)}:${a1(row, where.col + where.span - 1)}` : a1(row, where.col);
    if (where.span > 1) this.layout.merges.push(range);
    this.s.style(range, style);
    this.placed.push({ row, col: where.col, span: where.span, text: shown ?? (value === null ? '' : String(value)), style });
  }

  /** A paragraph across the sheet, in as many rows as Excel's row height allows. */
  paragraph(text: string, style: DocStyle = 'docBody'): void {
    const look = DOC_LOOKS[style];
    const lines = wrapLines(text, this.innerWidth(FULL), look.size, look.bold);
    const perRow = Math.floor((MAX_ROW_HEIGHT - look.size * 0.45) / (look.size * 1.22)) - 1;
    for (let i = 0; i < lines.length; i += perRow) this.put(this.newRow(), FULL, lines.slice(i, i + perRow).join(' '), style);
  }

  innerWidth(where: { col: number; span: number }): number {
    let w = 0;
    for (let c = where.col; c < where.col + where.span; c++) w += columnPoints(WIDTHS[c]);
    return w - 6;
  }

  /** Every row's height: fixed ones as set, the others from the text they show. */
  heights(): { row: number; height: number }[] {
    const byRow = new Map<number, number>(this.fixed);
    for (const p of this.placed) {
      const look = DOC_LOOKS[p.style];
      const lines = look.wrap && p.text ? wrapLines(p.text, this.innerWidth(p), look.size, look.bold).length : 1;
      const h = Math.min(MAX_ROW_HEIGHT, rowHeightFor(lines, look.size));
      byRow.set(p.row, Math.max(byRow.get(p.row) ?? 0, h));
    }
    return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
  }
}

function tableRow(d: DocSheet, row: ReportTableRow, lang: DraftedReport['lang'], none: string, total: boolean): number {
  const r = d.newRow();
  const number = total ? 'docCellTotal' : 'docCellNumber';
  if (total) d.put(r, { col: 0, span: 2 }, row.name, 'docCellTotal');
  else {
    d.put(r, { col: 0, span: 1 }, row.no, 'docCellNumber');
    d.put(r, { col: 1, span: 1 }, row.name, 'docCell');
  }
  d.put(r, { col: 2, span: 1 }, row.target ?? none, number, row.target === null ? none : formatInteger(row.target, lang));
  d.put(r, { col: 3, span: 1 }, row.admitted, number, formatInteger(row.admitted, lang));
  d.put(r, { col: 4, span: 1 }, row.attainment ?? none, number, row.attainment === null ? none : formatPercent(row.attainment, lang));
  d.put(r, { col: 5, span: 1 }, row.verdict, number);
  return r;
}

/** The `Báo cáo Y` sheet of a drafted report. */
export function reportLayout(drafted: DraftedReport, year: number = drafted.year): SheetLayout {
  const d = new DocSheet(reportSheetName(year), year);
  const h = drafted.header;
  const blank = (s: string) => (s.trim() ? s : BLANK_LINE);

  // A draft says so above everything, with the errors that remain.
  if (drafted.draft) {
    d.put(d.newRow(), FULL, drafted.draft.mark, 'docType');
    d.put(d.newRow(), FULL, drafted.draft.note, 'docCenter');
    d.spacer();
  }

  // The header: the issuer top left, the party title top right, the date beside the number.
  const left: [string, DocStyle][] = [];
  if (h.superiorBody !== null) left.push([blank(h.superiorBody), 'docCenter']);
  left.push([h.issuingBody, 'docBold'], [h.star, 'docCenter'], [h.number, 'docCenter']);
  const top = d.s.nextRow;
  for (const [text, style] of left) d.put(d.newRow(), LEFT, text, style);
  d.put(top, RIGHT, h.partyTitle, 'docPartyTitle');
  d.put(top + left.length - 1, RIGHT, h.placeDate, 'docItalic');
  d.spacer(18);

  // Type and subject.
  d.put(d.newRow(), FULL, drafted.title.docType, 'docType');
  d.put(d.newRow(), FULL, drafted.title.subject, 'docBold');
  d.put(d.newRow(), FULL, drafted.title.rule, 'docCenter');
  d.spacer();

  // The body, with the table where the draft places it.
  const t = drafted.table;
  const none = t.rows.find((r) => r.attainment === null)?.verdict ?? '—';
  let headerRow = -1;
  for (const b of drafted.body) {
    if (b.type === 'heading') d.put(d.newRow(), FULL, b.text, 'docHeading');
    else if (b.type === 'paragraph') d.paragraph(b.text);
    else {
      d.spacer();
      d.put(d.newRow(), FULL, t.caption, 'docCaption');
      headerRow = d.newRow();
      t.columns.forEach((c, i) => d.put(headerRow, { col: i, span: 1 }, c, 'docCellHeader'));
      const first = d.s.nextRow;
      for (const row of t.rows) tableRow(d, row, drafted.lang, none, false);
      const totalRow = tableRow(d, t.total, drafted.lang, none, true);
      d.s.format(`${a1(first, 2)}:${a1(totalRow, 3)}`, '#,##0');
      d.s.format(`${a1(first, 4)}:${a1(totalRow, 4)}`, '0%');
      d.spacer();
    }
  }
  d.spacer(18);

  // Signature block right, recipients left, side by side.
  const sig = drafted.signature;
  const right: [string, DocStyle][] = [[sig.authority, 'docBold'], [blank(sig.title), 'docBold']];
  const start = d.s.nextRow;
  // The space for the signature and seal is made of plain rows, so the recipients beside it keep their spacing.
  const nameRow = start + right.length + SIGNATURE_ROWS;
  const rows = Math.max(nameRow - start + 1, 1 + drafted.recipients.lines.length);
  for (let i = 0; i < rows; i++) d.fixed.set(d.newRow(), SIGNATURE_ROW);
  right.forEach(([text, style], i) => d.put(start + i, RIGHT, text, style));
  d.put(nameRow, RIGHT, blank(sig.name), 'docBold');
  d.put(start, LEFT, drafted.recipients.heading, 'docRecipientsHead');
  drafted.recipients.lines.forEach((line, i) => d.put(start + 1 + i, LEFT, line, 'docRecipients'));

  const layout = d.layout;
  layout.columnWidths = [...WIDTHS];
  layout.rowHeights = d.heights();
  layout.hideGridlines = true;
  layout.print = {
    orientation: 'portrait',
    repeatRows: headerRow >= 0 ? `${headerRow + 1}:${headerRow + 1}` : undefined,
    margins: { ...DOC_MARGINS_MM },
    pageNumbers: { position: 'top', skipFirst: true },
  };
  if (!layout.print.repeatRows) delete layout.print.repeatRows;
  return layout;
}
