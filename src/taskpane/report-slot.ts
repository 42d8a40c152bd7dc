/**
 * SLOT for the official report (src/report, another part of the project): the "Soạn báo cáo"
 * button in ActionBar.tsx stays hidden while this is false. To wire it: set it to true and give
 * the button a controller action that builds the report from the analysis and hands
 * `renderReportPdf`'s bytes to the host (a download in browser mode).
 */
export const REPORT_SLOT_ENABLED = false;
