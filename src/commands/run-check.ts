/** What the ribbon's "Kiểm tra" does, over any WorkbookHost (testable with the file host). */
import type { Lang } from '../core/findings';
import { findingsLayout } from '../core/layouts/findings-sheet';
import type { WorkbookHost } from '../hosts/workbook';
import { runAnalysis } from '../taskpane/logic/result';

export interface CheckCommandResult {
  sheet: string;
  errors: number;
  warnings: number;
  infos: number;
}

export async function runCheckCommand(host: WorkbookHost, options: { lang: Lang; today: string }): Promise<CheckCommandResult> {
  const grids = await host.readGrids();
  const r = runAnalysis(grids, { lang: options.lang, today: options.today, layouts: false });
  const year = r.year ?? Number(options.today.slice(0, 4));
  const layout = findingsLayout(year, r.findings, options.lang, false);
  const inserted = await host.insertLayouts([layout]);
  const sheet = inserted.sheets[0] ?? layout.name;
  await host.goTo(sheet, 'A1');
  return { sheet, errors: r.counts.error, warnings: r.counts.warning, infos: r.counts.info };
}
