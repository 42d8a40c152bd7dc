/**
 * How each style of the party document looks (Hướng dẫn 36-HD/VPTW: Times New Roman; the party
 * title 15 pt bold with a rule beneath, the issuer 14 pt bold, the date line 14 pt italic, the
 * document type 16 pt bold, the body 14 pt). Data only, so that the Excel hosts and the PDF
 * writer draw the same document.
 */
import type { DocStyle } from '../core/layouts/types';

export interface TextLook {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** The party title's rule beneath is drawn as an underline on a sheet. */
  underline?: boolean;
  align: 'left' | 'center' | 'right' | 'justify';
  valign?: 'top' | 'middle';
  wrap?: boolean;
  /** A thin border on all four sides (table cells). */
  border?: boolean;
}

/** The typeface the format asks for; hosts without it fall back to their serif. */
export const DOC_FONT = 'Times New Roman';

export const DOC_LOOKS: Record<DocStyle, TextLook> = {
  /** Superior body, `*`, number and symbol; the rule under the subject. */
  docCenter: { size: 14, align: 'center', valign: 'top', wrap: true },
  /** Issuing body, subject, signature lines. */
  docBold: { size: 14, bold: true, align: 'center', valign: 'top', wrap: true },
  /** Place and date. */
  docItalic: { size: 14, italic: true, align: 'center', valign: 'top' },
  /** `ĐẢNG CỘNG SẢN VIỆT NAM`. */
  docPartyTitle: { size: 15, bold: true, underline: true, align: 'center', valign: 'top' },
  /** `BÁO CÁO`. */
  docType: { size: 16, bold: true, align: 'center', valign: 'middle' },
  /** `1. Kết quả kết nạp đảng viên`. */
  docHeading: { size: 14, bold: true, align: 'left', valign: 'top' },
  /** A paragraph of the body. */
  docBody: { size: 14, align: 'justify', valign: 'top', wrap: true },
  /** The table's caption. */
  docCaption: { size: 13, bold: true, align: 'center', valign: 'middle', wrap: true },
  docCellHeader: { size: 12, bold: true, align: 'center', valign: 'middle', wrap: true, border: true },
  docCell: { size: 12, align: 'left', valign: 'middle', wrap: true, border: true },
  docCellNumber: { size: 12, align: 'center', valign: 'middle', border: true },
  docCellTotal: { size: 12, bold: true, align: 'center', valign: 'middle', wrap: true, border: true },
  /** `Nơi nhận:` (upright, underlined). */
  docRecipientsHead: { size: 14, underline: true, align: 'left', valign: 'top' },
  /** `- Ban Tổ chức Tỉnh ủy (báo cáo),`. */
  docRecipients: { size: 12, align: 'left', valign: 'top' },
};

/** Page margins of the format, in millimetres (top and bottom 20–25, left 30–35, right 15–20). */
export const DOC_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };
