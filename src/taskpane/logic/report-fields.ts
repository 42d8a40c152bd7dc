/**
 * The report settings the pane lets staff type; the rest come from the ThietLap sheet or the
 * defaults. A file of its own: the pane's bundle needs the names without the drafting code.
 */
export const REPORT_FIELDS = ['superiorBody', 'issuingBody', 'issuingAbbrev', 'place', 'number', 'signerTitle', 'signerName'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportFields = Partial<Record<ReportField, string>>;
