/**
 * The drafted report as an editable Word document (.docx): the same text, header blocks, table
 * and signature as the PDF and the `Báo cáo Y` sheet, in the party's document format (A4 portrait,
 * margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; page numbers at the top
 * from the second page on; the table's header repeated on each page). Staff edit it in Word or
 * LibreOffice and sign it.
 *
 * Built with the `docx` package (pure JavaScript, runs in Node and in the browser bundle).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type IRunOptions,
} from 'docx';
import type { DocStyle } from '../core/layouts/types';
import { tableRowCells, type DraftedReport, type ReportTableRow } from './draft';
import { BLANK_LINE } from './layout';
import { DOC_FONT, DOC_LOOKS, DOC_MARGINS_MM } from './styles';

/** Twentieths of a point per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
const twips = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const A4 = { width: twips(210), height: twips(297) };
const TEXT_WIDTH = A4.width - twips(DOC_MARGINS_MM.left) - twips(DOC_MARGINS_MM.right);
/** Shares of the text width, as in the PDF: the issuer's block, the recipients' block. */
const LEFT_SHARE = 0.42;
const RECIPIENTS_SHARE = 0.5;
/** STT, TCCS, target, admitted, attainment, verdict. */
const COLUMN_SHARES = [0.065, 0.5, 0.1, 0.1, 0.1, 0.135];
const FIRST_LINE_INDENT = twips(10);
/** Space after a body paragraph, in twips (6 pt). */
const PARAGRAPH_AFTER = 120;

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE };

function run(text: string, style: DocStyle, more: IRunOptions = {}): TextRun {
  const look = DOC_LOOKS[style];
  return new TextRun({
    text,
    font: DOC_FONT,
    size: look.size * 2,
    bold: look.bold,
    italics: look.italic,
    underline: look.underline ? {} : undefined,
    ...more,
  });
}

function para(text: string, style: DocStyle, options: { indent?: boolean; after?: number; keepNext?: boolean } = {}): Paragraph {
  const look = DOC_LOOKS[style];
  return new Paragraph({
    children: [run(text, style)],
    alignment: ALIGN[look.align],
    indent: options.indent ? { firstLine: FIRST_LINE_INDENT } : undefined,
    spacing: { after: options.after ?? 0 },
    keepNext: options.keepNext,
  });
}

/** A two-column block without borders (the header's issuer and party title; the recipients and signature). */
function sideBySide(leftShare: number, left: Paragraph[], right: Paragraph[]): Table {
  const widths = [Math.round(TEXT_WIDTH * leftShare), TEXT_WIDTH - Math.round(TEXT_WIDTH * leftShare)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: widths[0], type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: widths[1], type: WidthType.DXA }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

function header(d: DraftedReport): Table {
  const h = d.header;
  const left: Paragraph[] = [];
  if (h.superiorBody !== null) left.push(para(h.superiorBody.trim() || BLANK_LINE, 'docCenter'));
  left.push(para(h.issuingBody, 'docBold'), para(h.star, 'docCenter'), para(h.number, 'docCenter'));
  // The party title's rule beneath is its underline, as on the sheet; the date on the number's line.
  const spacer = Math.max(0, left.length - 2);
  const right = [para(h.partyTitle, 'docPartyTitle'), ...Array.from({ length: spacer }, () => para('', 'docCenter')), para(h.placeDate, 'docItalic')];
  return sideBySide(LEFT_SHARE, left, right);
}

function cell(text: string, style: DocStyle, width: number, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 40, bottom: 40 },
    children: [para(text, style)],
  });
}

function attainmentTable(d: DraftedReport): Table {
  const t = d.table;
  const widths = COLUMN_SHARES.map((s) => Math.round(TEXT_WIDTH * s));
  const rowOf = (r: ReportTableRow) =>
    new TableRow({ cantSplit: true, children: tableRowCells(r, d.lang).map((text, i) => cell(text, i === 1 ? 'docCell' : 'docCellNumber', widths[i])) });
  const total = tableRowCells(t.total, d.lang);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        height: { value: 400, rule: HeightRule.ATLEAST },
        children: t.columns.map((c, i) => cell(c, 'docCellHeader', widths[i])),
      }),
      ...t.rows.map(rowOf),
      new TableRow({
        cantSplit: true,
        children: [cell(t.total.name, 'docCellTotal', widths[0] + widths[1], 2), ...total.slice(2).map((text, i) => cell(text, 'docCellTotal', widths[i + 2]))],
      }),
    ],
  });
}

function signature(d: DraftedReport): Table {
  const s = d.signature;
  const fill = (x: string) => (x.trim() ? x : BLANK_LINE);
  const right = [
    para(s.authority, 'docBold'),
    para(fill(s.title), 'docBold'),
    // The space for the signature and seal.
    ...Array.from({ length: 4 }, () => para('', 'docCenter')),
    para(fill(s.name), 'docBold'),
  ];
  const left = [para(d.recipients.heading, 'docRecipientsHead'), ...d.recipients.lines.map((l) => para(l, 'docRecipients'))];
  return sideBySide(RECIPIENTS_SHARE, left, right);
}

/** `DỰ THẢO` in a box at the top right, when the report is a draft. */
function draftMark(d: DraftedReport): Paragraph[] {
  if (!d.draft) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { top: LINE, bottom: LINE, left: LINE, right: LINE },
      indent: { left: Math.round(TEXT_WIDTH * 0.8) },
      children: [run(d.draft.mark, 'docBold', { size: 24 })],
    }),
  ];
}

/** The document's parts in reading order. */
function body(d: DraftedReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  out.push(header(d), para('', 'docCenter'));
  out.push(para(d.title.docType, 'docType'), para(d.title.subject, 'docBold'), para(d.title.rule, 'docCenter'));
  if (d.draft) out.push(para(d.draft.note, 'docItalic'));
  out.push(para('', 'docCenter'));
  d.body.forEach((b, i) => {
    if (b.type === 'heading') out.push(para(b.text, 'docHeading', { keepNext: true, after: PARAGRAPH_AFTER / 2 }));
    else if (b.type === 'paragraph') out.push(para(b.text, 'docBody', { indent: true, after: PARAGRAPH_AFTER, keepNext: i === d.body.length - 1 }));
    else {
      out.push(para(d.table.caption, 'docCaption', { keepNext: true, after: 80 }), attainmentTable(d), para('', 'docCenter', { after: PARAGRAPH_AFTER }));
    }
  });
  out.push(signature(d));
  return out;
}

/** The report as .docx bytes. */
export async function renderReportDocx(d: DraftedReport): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'dangvien',
    title: d.documentTitle,
    description: d.documentTitle,
    styles: { default: { document: { run: { font: DOC_FONT, size: DOC_LOOKS.docBody.size * 2 } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height },
            margin: {
              top: twips(DOC_MARGINS_MM.top),
              bottom: twips(DOC_MARGINS_MM.bottom),
              left: twips(DOC_MARGINS_MM.left),
              right: twips(DOC_MARGINS_MM.right),
              header: twips(DOC_MARGINS_MM.header),
              footer: twips(DOC_MARGINS_MM.footer),
            },
          },
        },
        // Page numbers from the second page on (the first page has its own header); a draft's mark on every page.
        headers: {
          default: new Header({
            children: [...draftMark(d), new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: DOC_FONT, size: 26 })] })],
          }),
          first: new Header({ children: d.draft ? draftMark(d) : [new Paragraph({})] }),
        },
        children: body(d),
      },
    ],
  });
  const blob = await Packer.toArrayBuffer(doc);
  return new Uint8Array(blob);
}
