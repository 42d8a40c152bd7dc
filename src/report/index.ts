/** The drafted party report: drafting, the `Báo cáo Y` sheet, settings; the PDF in ./pdf. */
export { REPORT_CATALOGUE, reportText, type ReportCatalogue, type ReportLevel } from './catalogue';
export { draftReport, reportParagraphs, tableRowCells, type DraftedReport, type ReportBlock, type ReportTable, type ReportTableRow } from './draft';
export { formatInteger, formatMessage, formatPercent, formatShare, joinList } from './format';
export { BLANK_LINE, reportLayout, reportSheetName } from './layout';
export { planTarget } from './plan';
export { prepareReport, type PreparedReport } from './prepare';
export {
  defaultReportSettings,
  parseRootName,
  readReportSettings,
  resolveReportSettings,
  SETTINGS_KEYS,
  SETTINGS_SHEET_NAMES,
  type ReportSettings,
} from './settings';
export { DOC_FONT, DOC_LOOKS, DOC_MARGINS_MM, type TextLook } from './styles';
