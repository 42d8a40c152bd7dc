/**
 * What the analysis hands to the pane: plain data only (it crosses from the Web Worker by
 * structured clone), no classes, no functions.
 */
import { analyze, exportLayouts, type AnalyzeOptions } from '../../core/analyze';
import type { Finding, Lang, SeverityCounts } from '../../core/findings';
import { dayFromYMD } from '../../core/dates';
import { computeFigures, type Figures } from '../../core/figures';
import type { SheetGrid } from '../../core/grid';
import type { SheetLayout } from '../../core/layouts/types';
import { yearChoiceLine } from '../../core/plan-year';
import { ruleTitle } from '../../core/rules/registry';
import type { DraftedReport } from '../../report/draft';
import { prepareReport } from '../../report/prepare';
import { typedReportSettings, type ReportSettings } from '../../report/settings';
import { findingTccs, tccsOptions, type TccsOption } from './finding-tccs';
import type { ReportFields } from './report-fields';

export interface AnalysisRequest {
  year?: number;
  /** `YYYY-MM-DD`; by default 31/12 of the year. */
  asOf?: string;
  /** `YYYY-MM-DD`: dates after it are in the future. */
  today?: string;
  lang: Lang;
  /** Build the summary layouts (insert, export) and the drafted report; a check needs none. */
  layouts?: boolean;
  /** What the pane's report fields say (issuer, place, signer …); they win over the settings sheet. */
  reportFields?: ReportFields;
}

/** The drafted report, its `Báo cáo Y` sheet, and what an empty report field of the pane falls back to (the ThietLap sheet, the defaults). */
export interface PaneReport {
  fallback: ReportSettings;
  drafted: DraftedReport;
  layout: SheetLayout;
}

export interface PaneResult {
  lang: Lang;
  year: number | null;
  years: number[];
  /** One line saying which year "Tự động" took and why, when the plan names several; else null. */
  yearLine: string | null;
  findings: Finding[];
  /** The TCCS code of each finding, '' when none (same order as findings). */
  findingTccs: string[];
  tccs: TccsOption[];
  counts: SeverityCounts;
  /** The title of each rule that found something, in the result's language (the pane's bundle keeps no rules). */
  ruleTitles: Record<string, string>;
  figures: Figures | null;
  /** Whether any standard sheet was found at all. */
  standardSheets: boolean;
  /** Data rows read from the standard sheets. */
  rows: number;
  layouts: SheetLayout[];
  /** The layouts of a file sent on (no links, no personal fixes). */
  exportLayouts: SheetLayout[];
  /** The drafted report, when there are figures; with `layouts` its `Báo cáo Y` sheet ends `layouts` and `exportLayouts`. */
  report: PaneReport | null;
  /** The year before, from the same workbook, when it has a plan or admissions for it: shown beside this year. */
  previous: PreviousYear | null;
}

export interface PreviousYear {
  year: number;
  district: { target: number | null; admitted: number; attainment: number | null };
  /** By TCCS code. */
  units: Record<string, { target: number | null; admitted: number }>;
}

function previousYear(a: ReturnType<typeof analyze>): PreviousYear | null {
  if (a.year === null || !a.parsed.units) return null;
  const year = a.year - 1;
  const f = computeFigures(a.parsed, a.hierarchy, a.model, year, dayFromYMD(year, 12, 31));
  if (!a.years.includes(year) && f.district.admitted === 0) return null;
  const d = f.district;
  return {
    year,
    district: { target: d.target, admitted: d.admitted, attainment: d.attainment },
    units: Object.fromEntries(f.units.map((u) => [u.code, { target: u.target, admitted: u.admitted }])),
  };
}

export function runAnalysis(grids: SheetGrid[], req: AnalysisRequest): PaneResult {
  const options: AnalyzeOptions = { lang: req.lang, layouts: !!req.layouts };
  if (req.year !== undefined) options.year = req.year;
  if (req.asOf) options.asOf = req.asOf;
  if (req.today) options.today = req.today;
  const a = analyze(grids, options);
  const p = a.parsed;
  // Drafting is cheap: always done, so the pane's report fields show what the report will say and
  // "Soạn báo cáo" has its sheet without building the other summary layouts.
  const prepared = prepareReport(a, grids, { lang: a.lang, settings: req.reportFields && typedReportSettings(req.reportFields) });
  const withReport = (layouts: SheetLayout[]) => (prepared && layouts.length ? [...layouts, prepared.layout] : layouts);
  return {
    lang: a.lang,
    year: a.year,
    years: a.years,
    yearLine: yearChoiceLine(a.yearChoice, a.lang),
    findings: a.findings,
    findingTccs: findingTccs(a),
    tccs: tccsOptions(a),
    counts: a.counts,
    ruleTitles: Object.fromEntries([...new Set(a.findings.map((f) => f.rule))].map((id) => [id, ruleTitle(id, a.lang)])),
    figures: a.figures,
    standardSheets: p.lookup.found.size > 0,
    rows: (p.units?.records.length ?? 0) + (p.members?.records.length ?? 0) + (p.targets?.records.length ?? 0),
    layouts: withReport(a.layouts),
    exportLayouts: withReport(req.layouts ? exportLayouts(a) : []),
    report: prepared && { fallback: prepared.fallback, drafted: prepared.drafted, layout: prepared.layout },
    previous: previousYear(a),
  };
}
