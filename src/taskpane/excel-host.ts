/**
 * The Excel host (src/hosts/excel, Office.js). Its defaults reach the real `Excel` and `Office`
 * globals; the browser tests install the in-memory fake as those globals before the pane loads
 * (test/e2e/fake-office.ts), so this code path is the same in both.
 */
import type { WorkbookHost } from '../hosts/workbook';
import type { Environment } from './env';

export async function createExcelHost(_env: Environment): Promise<WorkbookHost> {
  // A chunk of its own: the browser mode never loads it. The pane's one place that constructs the
  // Excel host (bootstrap); everything else in src/taskpane sees it as a WorkbookHost (lint rule).
  const { ExcelHost } = await import('../hosts/excel');
  return new ExcelHost();
}
