/**
 * Everything a host needs for the report of an analysed workbook, in one call: the settings
 * (defaults from the root unit, then the plan's next-year target, then the settings sheet, then
 * what the task pane or the command line passes), the drafted text and the `Báo cáo Y` sheet.
 */
import type { Analysis } from '../core/analyze';
import type { Lang } from '../core/findings';
import type { SheetGrid } from '../core/grid';
import type { SheetLayout } from '../core/layouts/types';
import { draftReport, type DraftedReport } from './draft';
import { reportLayout } from './layout';
import { planTarget } from './plan';
import { readReportSettings, resolveReportSettings, type ReportSettings } from './settings';

export interface PreparedReport {
  settings: ReportSettings;
  /** The settings without the caller's: what an empty field of the task pane falls back to. */
  fallback: ReportSettings;
  drafted: DraftedReport;
  layout: SheetLayout;
}

/** Null when the workbook gives no figures (no unit sheet, or no year). */
export function prepareReport(
  analysis: Pick<Analysis, 'figures' | 'parsed' | 'hierarchy' | 'lang'> & { counts?: Analysis['counts'] },
  grids: SheetGrid[],
  options: { lang?: Lang; settings?: Partial<ReportSettings> } = {},
): PreparedReport | null {
  const figures = analysis.figures;
  if (!figures) return null;
  const lang = options.lang ?? analysis.lang;
  const plan = planTarget(analysis.parsed, analysis.hierarchy, figures.year + 1);
  const fallback = resolveReportSettings(figures, lang, plan === null ? {} : { nextTarget: plan }, readReportSettings(grids));
  const settings = resolveReportSettings(figures, lang, fallback, options.settings);
  const drafted = draftReport(figures, settings, lang, { errors: analysis.counts?.error ?? 0 });
  return { settings, fallback, drafted, layout: reportLayout(drafted, figures.year) };
}
