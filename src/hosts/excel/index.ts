/** The Excel host (Office.js). The task pane takes an ExcelHost as a WorkbookHost; nothing else here is its business. */
export { ExcelHost, type ExcelHostOptions, type HostStats } from './host';
export { apiLevels, capabilitiesOf, type ApiLevels } from './requirements';
export type { RunFn, IsSetSupportedFn, SettingsStore } from './office';
