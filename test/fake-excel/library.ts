/**
 * Which Office.js the pane loaded. Microsoft's CDN serves the current library; the copy shipped
 * in node_modules/@microsoft/office-js (the fallback on a network without internet) is older and
 * lacks members that Excel itself supports. Excel's `isSetSupported` answers for Excel, not for
 * the library, so the fake answers both questions apart.
 *
 * The list below is checked against the shipped copy itself (test/hosts/excel/library.test.ts).
 */
export type FakeLibrary = 'cdn' | 'bundled';

/** Members the host uses that the shipped copy of Office.js does not have, by class. */
export const BUNDLED_LACKS: Record<string, string[]> = {
  Worksheet: ['notes'],
};

/** Members the host uses that the shipped copy has (the test proves each is there). */
export const BUNDLED_HAS: Record<string, string[]> = {
  Worksheet: ['customProperties', 'pageLayout', 'freezePanes', 'tables', 'charts', 'pivotTables', 'getRangeByIndexes', 'getUsedRangeOrNullObject', 'showGridlines', 'visibility'],
  Application: ['calculate', 'calculationMode', 'suspendApiCalculationUntilNextSync', 'suspendScreenUpdatingUntilNextSync'],
  Workbook: ['comments', 'names', 'tables', 'worksheets'],
  CommentCollection: ['add', 'getItemOrNullObject'],
  Comment: ['content', 'delete', 'getLocation'],
  Range: ['values', 'formulas', 'numberFormat', 'text', 'format', 'dataValidation', 'hyperlink', 'conditionalFormats'],
  PageLayout: ['zoom', 'orientation', 'paperSize', 'setPrintTitleRows', 'headersFooters'],
  WorksheetCustomPropertyCollection: ['add', 'getItemOrNullObject'],
};

export function libraryHas(library: FakeLibrary, type: string, member: string): boolean {
  return library === 'cdn' || !BUNDLED_LACKS[type]?.includes(member);
}
