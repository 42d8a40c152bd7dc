/** What the ribbon's "Kiểm tra" does, over any WorkbookHost (testable with the file host). */
import type { Lang } from '../core/findings';
import type { WorkbookHost } from '../hosts/workbook';
import { runWorkbook } from '../pipeline/run';

export interface CheckCommandResult {
  sheet: string;
  errors: number;
  warnings: number;
  infos: number;
}

export async function runCheckCommand(host: WorkbookHost, options: { lang: Lang; today: string }): Promise<CheckCommandResult> {
  const grids = await host.readGrids();
  const r = runWorkbook(grids, { lang: options.lang, today: options.today, layouts: 'findings' });
  const layout = r.layouts[0];
  const inserted = await host.insertLayouts([layout]);
  const sheet = inserted.sheets[0] ?? layout.name;
  await host.goTo(sheet, 'A1');
  return { sheet, errors: r.counts.error, warnings: r.counts.warning, infos: r.counts.info };
}
