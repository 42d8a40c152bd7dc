/**
 * A summary sheet described as data. Hosts (the Excel add-in, ExcelJS) render the same layout their
 * own way; none of them decides what a report contains.
 */

export type LayoutValue = string | number | boolean | null;

export type LayoutKey = 'admissions' | 'structure' | 'pivot' | 'pivotData' | 'findings' | 'report' | FormLayoutKey;

/** The statistical forms' sheets (`Biểu 1 Y` …), one key each so a host replaces each on its own. */
export type FormLayoutKey = 'form1' | 'form2' | 'form2b' | 'form3' | 'form4' | 'form5';

export type CellStyle = 'title' | 'subtitle' | 'header' | 'total' | 'note' | 'section' | 'good' | 'bad' | DocStyle;

/**
 * The styles of a party document (`Báo cáo Y`, Hướng dẫn 36-HD/VPTW), all Times New Roman; the
 * look of each (size, weight, alignment, wrap, border) is data in `src/report/styles.ts`
 * (`DOC_LOOKS`), for hosts to map the same way.
 */
export type DocStyle =
  | 'docCenter'
  | 'docBold'
  | 'docItalic'
  | 'docPartyTitle'
  | 'docType'
  | 'docHeading'
  | 'docBody'
  | 'docCaption'
  | 'docCellHeader'
  | 'docCell'
  | 'docCellNumber'
  | 'docCellTotal'
  | 'docRecipientsHead'
  | 'docRecipients';

/** Print margins in millimetres. */
export interface PrintMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Distance of the page header / footer from the paper's edge. */
  header?: number;
  footer?: number;
}

export interface TableSpec {
  /** Excel table name: unique in the workbook, letters, digits and `_`. */
  name: string;
  /** Header row and body, e.g. `A4:O43`. */
  range: string;
  style: string;
}

export interface ConditionalFormatSpec {
  range: string;
  type: 'dataBar' | 'lessThan';
  /** For `lessThan`: the bound, and the style of the cells under it. */
  value?: number;
  style?: CellStyle;
  color?: string;
}

export interface PivotSpec {
  name: string;
  /** The source: an Excel table on another layout sheet. */
  sourceSheet: string;
  sourceTable: string;
  sourceRange: string;
  /** Top-left cell of the PivotTable. */
  anchor: string;
  rows: string[];
  columns: string[];
  /** Counted field; always summarised by count. */
  value: string;
  filters?: { field: string; include: string[] }[];
  /** The same cross-tab as plain values, for hosts without PivotTables: its range on this sheet. */
  fallbackRange: string;
}

export interface ChartSpec {
  type: 'bar';
  title: string;
  categories: string;
  values: string;
  seriesName: string;
  /** Cell range the chart covers. */
  position: string;
}

export interface SheetLayout {
  key: LayoutKey;
  /** Sheet name, ending in the year. */
  name: string;
  year: number;
  /** Values from A1 (formula cells hold their computed value here). */
  rows: LayoutValue[][];
  /** Live formulas, English function names, with `=`; cached value in `rows`. */
  formulas: { cell: string; formula: string }[];
  numberFormats: { range: string; format: string }[];
  styles: { range: string; style: CellStyle }[];
  merges: string[];
  columnWidths: number[];
  /** Rows above this stay in view (frozen). */
  freezeRows?: number;
  tables: TableSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  pivots: PivotSpec[];
  charts: ChartSpec[];
  /** Hyperlinks to cells in the workbook. */
  links: { cell: string; sheet: string; target: string }[];
  /** Print: landscape or portrait on A4, fit to one page wide; header rows repeated. */
  print: {
    orientation: 'portrait' | 'landscape';
    repeatRows?: string;
    /** Margins the document format asks for; hosts keep their own when absent. */
    margins?: PrintMargins;
    /** Page numbers: where, and whether the first page goes without one (a party document's does). */
    pageNumbers?: { position: 'top' | 'bottom'; skipFirst?: boolean };
    /** Centre the printed sheet between the side margins. */
    centerHorizontally?: boolean;
  };
  /** Row heights in points, by zero-based row (wrapped text in merged cells, which Excel does not fit by itself). */
  rowHeights?: { row: number; height: number }[];
  /** Hide the gridlines on screen (a document, not a table). */
  hideGridlines?: boolean;
  /** Sheets that only feed another (the pivot's source) may be hidden by a host. */
  hidden?: boolean;
}
