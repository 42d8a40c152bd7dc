/**
 * The drafted report as a PDF in the party's document format (Hướng dẫn 36-HD/VPTW): A4
 * portrait, margins top/bottom 20 mm, left 30 mm, right 15 mm; the issuer and the party title
 * side by side on the first page; page numbers from the second page on, centred at the top; the
 * table's header repeated on each page and no row split across two.
 *
 * Uses only pdfkit and Uint8Array, so it runs in Node and in a browser bundle (pdfkit's browser
 * build). The fonts come in as bytes: Liberation Serif, metric-compatible with Times New Roman;
 * the command line reads the files (fonts-node.ts), the browser bundles the same ones. They are
 * embedded (subset) in the PDF.
 */
import PDFDocument from 'pdfkit';
import { reportParagraphs, tableRowCells, type DraftedReport, type ReportTableRow } from './draft';
import { BLANK_LINE } from './layout';
import { DOC_LOOKS, DOC_MARGINS_MM, type TextLook } from './styles';
import type { DocStyle } from '../core/layouts/types';

export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic?: Uint8Array;
}

export interface PdfOptions {
  /** The PDF's creation date (metadata); fixed in tests for a stable file. */
  creationDate?: Date;
  /**
   * Font sizes are the format's (Times New Roman) times this. Default 1: Liberation Serif has
   * Times's widths, so the format's sizes hold as they are.
   */
  sizeScale?: number;
}

const MM = 72 / 25.4;
/** A4 in points. */
const PAGE = { width: 595.28, height: 841.89 };
/** The issuer's block takes this share of the width; the party title's the rest. */
const LEFT_SHARE = 0.42;
/** The recipients' share of the width beside the signature block. */
const RECIPIENTS_SHARE = 0.5;
/** Table columns' shares of the width: STT, TCCS, target, admitted, attainment, verdict. */
const COLUMN_SHARES = [0.065, 0.5, 0.1, 0.1, 0.1, 0.135];
const CELL_PAD = { x: 3, y: 3 };
const PARAGRAPH_GAP = 6;
const LINE_GAP = 2;
const FIRST_LINE_INDENT = 10 * MM;
const SIGNATURE_SPACE = 70;
const SIGNATURE_GAP = 6;

type Doc = PDFKit.PDFDocument;

class Writer {
  readonly left = DOC_MARGINS_MM.left * MM;
  readonly right = PAGE.width - DOC_MARGINS_MM.right * MM;
  readonly top = DOC_MARGINS_MM.top * MM;
  readonly bottom = PAGE.height - DOC_MARGINS_MM.bottom * MM;
  readonly width = this.right - this.left;

  constructor(
    readonly doc: Doc,
    readonly scale: number,
  ) {}

  /** Sets the font of a style and returns its look. */
  use(style: DocStyle): TextLook {
    const look = DOC_LOOKS[style];
    const face = look.bold && look.italic ? 'BI' : look.bold ? 'B' : look.italic ? 'I' : 'R';
    this.doc.font(face).fontSize(look.size * this.scale);
    return look;
  }

  lineHeight(): number {
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Centred single line, shrunk to fit the width if it must be. */
  centredLine(text: string, style: DocStyle, x: number, width: number, y: number): { y: number; textWidth: number } {
    const look = this.use(style);
    let size = look.size * this.scale;
    while (this.doc.widthOfString(text) > width && size > 6) this.doc.fontSize((size -= 0.5));
    const tw = this.doc.widthOfString(text);
    this.doc.text(text, x, y, { width, align: 'center', lineBreak: false, underline: false });
    return { y: y + this.doc.currentLineHeight(true) + LINE_GAP, textWidth: tw };
  }

  /** A wrapped block at (x, y); returns the y below it. */
  block(text: string, style: DocStyle, x: number, width: number, y: number): number {
    const look = this.use(style);
    this.doc.text(text, x, y, { width, align: look.align, lineGap: LINE_GAP, underline: !!look.underline });
    return this.doc.y;
  }

  blockHeight(text: string, style: DocStyle, width: number): number {
    const look = this.use(style);
    return this.doc.heightOfString(text, { width, align: look.align, lineGap: LINE_GAP });
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.y = this.top;
  }

  /** A new page unless `height` still fits below the current position. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  header(d: DraftedReport): void {
    const h = d.header;
    const wl = this.width * LEFT_SHARE;
    const xr = this.left + wl;
    const wr = this.width - wl;
    const left: [string, DocStyle][] = [];
    if (h.superiorBody !== null) left.push([h.superiorBody.trim() || BLANK_LINE, 'docCenter']);
    left.push([h.issuingBody, 'docBold'], [h.star, 'docCenter'], [h.number, 'docCenter']);

    let y = this.top;
    const lineYs: number[] = [];
    for (const [text, style] of left) {
      lineYs.push(y);
      const look = this.use(style);
      // Long names wrap inside the block rather than run into the party title.
      this.doc.text(text, this.left, y, { width: wl, align: 'center', lineGap: LINE_GAP, underline: !!look.underline });
      y = this.doc.y;
    }
    const leftBottom = y;

    const title = this.centredLine(h.partyTitle, 'docPartyTitle', xr, wr, this.top);
    // The rule beneath the party title, as long as the title.
    const ruleY = title.y + 1;
    const cx = xr + wr / 2;
    this.doc.moveTo(cx - title.textWidth / 2, ruleY).lineTo(cx + title.textWidth / 2, ruleY).lineWidth(0.6).stroke();
    // The date on the line of the number, below the rule in any case.
    const dateY = Math.max(lineYs[lineYs.length - 1], ruleY + 6);
    const date = this.centredLine(h.placeDate, 'docItalic', xr, wr, dateY);
    this.doc.y = Math.max(leftBottom, date.y) + 22;
  }

  title(d: DraftedReport): void {
    let y = this.doc.y;
    y = this.block(d.title.docType, 'docType', this.left, this.width, y);
    y = this.block(d.title.subject, 'docBold', this.left, this.width, y);
    y = this.block(d.title.rule, 'docCenter', this.left, this.width, y - 4);
    if (d.draft) y = this.block(d.draft.note, 'docItalic', this.left, this.width, y + 2);
    this.doc.y = y + 10;
  }

  /** A draft's mark in a box at the top right of every page, in the margin above the text. */
  draftMarks(d: DraftedReport): void {
    if (!d.draft) return;
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.doc.font('B').fontSize(12 * this.scale);
      const margins = this.doc.page.margins;
      this.doc.page.margins = { ...margins, top: 0 };
      const w = this.doc.widthOfString(d.draft.mark) + 10;
      const h = this.doc.currentLineHeight(true) + 4;
      const y = (DOC_MARGINS_MM.header * MM) / 2;
      this.doc.rect(this.right - w, y, w, h).lineWidth(0.8).stroke();
      this.doc.text(d.draft.mark, this.right - w, y + 3, { width: w, align: 'center', lineBreak: false });
      this.doc.page.margins = margins;
    }
  }

  heading(text: string): void {
    this.use('docBody');
    // Keep a heading with at least two lines of what follows.
    const need = this.blockHeight(text, 'docHeading', this.width) + 2 * this.lineHeight() + PARAGRAPH_GAP;
    this.ensure(need);
    this.block(text, 'docHeading', this.left, this.width, this.doc.y);
    this.doc.y += PARAGRAPH_GAP / 2;
  }

  /** A body paragraph; `keepWith` is the height of what must follow it on the same page (the signature). */
  paragraph(text: string, keepWith = 0): void {
    this.use('docBody');
    // No paragraph starts on the last line of a page; the closing one stays with the signature.
    const own = keepWith ? this.doc.heightOfString(text, { width: this.width, indent: FIRST_LINE_INDENT, lineGap: LINE_GAP, align: 'justify' }) : 0;
    this.ensure(Math.max(2 * this.lineHeight(), own + PARAGRAPH_GAP + keepWith));
    this.use('docBody');
    this.doc.text(text, this.left, this.doc.y, {
      width: this.width,
      align: 'justify',
      indent: FIRST_LINE_INDENT,
      lineGap: LINE_GAP,
    });
    this.doc.y += PARAGRAPH_GAP;
  }

  // ---- The table --------------------------------------------------------------------------

  columns(): { x: number; w: number }[] {
    let x = this.left;
    return COLUMN_SHARES.map((s) => {
      const c = { x, w: this.width * s };
      x += c.w;
      return c;
    });
  }

  /** Cells aligned to the columns; the first cell spans `merge` columns (the ones it covers hold ''). */
  private spans(cells: string[], merge: number): { text: string; col: number; x: number; w: number }[] {
    const cols = this.columns();
    const out: { text: string; col: number; x: number; w: number }[] = [];
    for (let i = 0; i < cols.length; ) {
      const span = i === 0 ? merge : 1;
      const w = cols.slice(i, i + span).reduce((s, c) => s + c.w, 0);
      out.push({ text: cells[i] ?? '', col: i, x: cols[i].x, w });
      i += span;
    }
    return out;
  }

  /** Sets a cell's font: its style's, smaller if a word would not fit the width (no word is ever cut). */
  cellFont(text: string, style: DocStyle, width: number): TextLook {
    const look = this.use(style);
    let size = look.size * this.scale;
    const longest = Math.max(0, ...text.split(/\s+/).map((word) => this.doc.widthOfString(word)));
    if (longest > width) {
      size = Math.max(6, Math.floor(((size * width) / longest) * 2) / 2);
      this.doc.fontSize(size);
    }
    return look;
  }

  rowHeight(cells: string[], style: (i: number) => DocStyle, merge = 1): number {
    let h = 0;
    for (const c of this.spans(cells, merge)) {
      const look = this.cellFont(c.text, style(c.col), c.w - 2 * CELL_PAD.x);
      h = Math.max(h, this.doc.heightOfString(c.text || ' ', { width: c.w - 2 * CELL_PAD.x, align: look.align, lineGap: 0 }));
    }
    return h + 2 * CELL_PAD.y + 1;
  }

  drawRow(cells: string[], style: (i: number) => DocStyle, y: number, height: number, merge = 1): void {
    for (const c of this.spans(cells, merge)) {
      this.doc.rect(c.x, y, c.w, height).lineWidth(0.5).stroke();
      const look = this.cellFont(c.text, style(c.col), c.w - 2 * CELL_PAD.x);
      const opts = { width: c.w - 2 * CELL_PAD.x, align: look.align, lineGap: 0 };
      const th = this.doc.heightOfString(c.text || ' ', opts);
      this.doc.text(c.text, c.x + CELL_PAD.x, y + (height - th) / 2 + 0.5, opts);
    }
  }

  table(d: DraftedReport): void {
    const t = d.table;
    const headerStyle = () => 'docCellHeader' as DocStyle;
    const rowStyle = (i: number): DocStyle => (i === 1 ? 'docCell' : 'docCellNumber');
    const totalStyle = () => 'docCellTotal' as DocStyle;
    const headerH = this.rowHeight(t.columns, headerStyle);
    const cells = (r: ReportTableRow) => tableRowCells(r, d.lang);
    // The total row's label spans the first two columns.
    const total = cells(t.total);
    total[0] = t.total.name;
    total[1] = '';
    const rows = [...t.rows.map((r) => ({ cells: cells(r), style: rowStyle, merge: 1 })), { cells: total, style: totalStyle, merge: 2 }];
    const heights = rows.map((r) => this.rowHeight(r.cells, r.style, r.merge));

    // The caption stays with the header and the first row.
    this.doc.y += PARAGRAPH_GAP;
    const captionH = this.blockHeight(t.caption, 'docCaption', this.width) + 4;
    this.ensure(captionH + headerH + (heights[0] ?? 0));
    this.block(t.caption, 'docCaption', this.left, this.width, this.doc.y);
    this.doc.y += 4;

    let y = this.doc.y;
    const header = () => {
      this.drawRow(t.columns, headerStyle, y, headerH);
      y += headerH;
    };
    header();
    rows.forEach((r, i) => {
      if (y + heights[i] > this.bottom) {
        this.newPage();
        y = this.top;
        header();
      }
      this.drawRow(r.cells, r.style, y, heights[i], r.merge);
      y += heights[i];
    });
    this.doc.y = y + PARAGRAPH_GAP * 2;
  }

  // ---- Signature and recipients --------------------------------------------------------------

  private signatureParts(d: DraftedReport) {
    const wl = this.width * RECIPIENTS_SHARE;
    const xr = this.left + wl;
    const wr = this.width - wl;
    const s = d.signature;
    const fill = (t: string) => (t.trim() ? t : BLANK_LINE);
    const right: [string, DocStyle][] = [[s.authority, 'docBold'], [fill(s.title), 'docBold']];
    const rightH = right.reduce((h, [t, st]) => h + this.blockHeight(t, st, wr), 0) + SIGNATURE_SPACE + this.blockHeight(fill(s.name), 'docBold', wr);
    const leftH =
      this.blockHeight(d.recipients.heading, 'docRecipientsHead', wl) +
      d.recipients.lines.reduce((h, l) => h + this.blockHeight(l, 'docRecipients', wl), 0);
    return { wl, xr, wr, s, fill, right, rightH, leftH };
  }

  /** The height of the signature block with its recipients, and the gap above it. */
  signatureHeight(d: DraftedReport): number {
    const p = this.signatureParts(d);
    return SIGNATURE_GAP + Math.max(p.leftH, p.rightH);
  }

  signature(d: DraftedReport): void {
    const { wl, xr, wr, s, fill, right, rightH, leftH } = this.signatureParts(d);
    this.doc.y += SIGNATURE_GAP;
    this.ensure(Math.max(leftH, rightH));
    const top = this.doc.y;

    let y = top;
    for (const [t, st] of right) y = this.block(t, st, xr, wr, y);
    this.block(fill(s.name), 'docBold', xr, wr, y + SIGNATURE_SPACE);
    const bottomRight = this.doc.y;

    y = this.block(d.recipients.heading, 'docRecipientsHead', this.left, wl, top + 2);
    for (const l of d.recipients.lines) y = this.block(l, 'docRecipients', this.left, wl, y);
    this.doc.y = Math.max(bottomRight, y);
  }

  /** Page numbers from the second page on, centred 10 mm below the top edge. */
  pageNumbers(): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      this.doc.font('R').fontSize(13 * this.scale);
      const margins = this.doc.page.margins;
      this.doc.page.margins = { ...margins, top: 0 };
      this.doc.text(String(i + 1), this.left, DOC_MARGINS_MM.header * MM, { width: this.width, align: 'center', lineBreak: false });
      this.doc.page.margins = margins;
    }
  }
}

function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (c: Uint8Array) => chunks.push(c));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      resolve(out);
    });
  });
}

/** The report as PDF bytes. */
export function renderReportPdf(drafted: DraftedReport, fonts: ReportFonts, options: PdfOptions = {}): Promise<Uint8Array> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margins: {
      top: DOC_MARGINS_MM.top * MM,
      bottom: DOC_MARGINS_MM.bottom * MM,
      left: DOC_MARGINS_MM.left * MM,
      right: DOC_MARGINS_MM.right * MM,
    },
    bufferPages: true,
    // The report's own font from the start: pdfkit's default (Helvetica) is not available in its browser build.
    font: fonts.regular as unknown as string,
    pdfVersion: '1.7',
    lang: drafted.lang === 'vi' ? 'vi-VN' : 'en',
    displayTitle: true,
    info: {
      Title: drafted.documentTitle,
      Author: drafted.author,
      Subject: reportParagraphs(drafted)[0] ?? drafted.documentTitle,
      Creator: 'dangvien',
      Producer: 'dangvien (pdfkit)',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  const done = collect(doc);
  doc.registerFont('R', fonts.regular);
  doc.registerFont('B', fonts.bold);
  doc.registerFont('I', fonts.italic);
  doc.registerFont('BI', fonts.boldItalic ?? fonts.bold);

  const w = new Writer(doc, options.sizeScale ?? 1);
  w.header(drafted);
  w.title(drafted);
  drafted.body.forEach((b, i) => {
    if (b.type === 'heading') w.heading(b.text);
    else if (b.type === 'paragraph') w.paragraph(b.text, i === drafted.body.length - 1 ? w.signatureHeight(drafted) : 0);
    else w.table(drafted);
  });
  w.signature(drafted);
  w.pageNumbers();
  w.draftMarks(drafted);
  doc.end();
  return done;
}
