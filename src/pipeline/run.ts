/**
 * The run pipeline: what one run over a workbook produces, the same for every entry — the
 * command line (`dangvien check|report`), the task pane's worker and the ribbon's "Kiểm tra".
 *
 *   grids ─► analyze (findings, figures) ─► layouts, export layouts ─► drafted report
 *
 * The result is plain data only (it crosses from a Web Worker by structured clone): no classes,
 * no functions. An entry only reads grids before and writes or prints the result after.
 */
import { analyze, exportLayouts, type Analysis, type AnalyzeOptions } from '../core/analyze';
import { dayFromYMD, yearOf } from '../core/dates';
import type { Finding, Lang, RuleTexts, SeverityCounts } from '../core/findings';
import { computeFigures, type Figures } from '../core/figures';
import type { SheetGrid } from '../core/grid';
import { formLayouts, formsJson } from '../core/forms';
import { findingsLayout } from '../core/layouts/findings-sheet';
import type { SheetLayout } from '../core/layouts/types';
import type { PeriodId } from '../core/periods';
import { yearChoiceLine } from '../core/plan-year';
import type { ParsedWorkbook } from '../core/model/read';
import { officerViews, type OfficerViews } from '../core/officer';
import { parseIsoDay } from '../core/dates';
import { ruleTextsOf } from '../core/rules/registry';
import type { DraftedReport } from '../report/draft';
import { prepareReport } from '../report/prepare';
import { typedReportSettings, type ReportSettings } from '../report/settings';
import type { ReportFields } from '../taskpane/logic/report-fields';
import { findingTccs, tccsOptions, type TccsOption } from './finding-tccs';

export interface RunRequest {
  /** Report year; by default the year most valid plan rows name (on a tie the latest). */
  year?: number;
  /** `YYYY-MM-DD`; by default 31/12 of the year. */
  asOf?: string;
  /** `YYYY-MM-DD`: dates after it are in the future; by default the clock's day. */
  today?: string;
  lang: Lang;
  /**
   * Which sheets to lay out besides the findings and figures:
   * - absent or `false`: none (a check);
   * - `'findings'`: only the `Kiểm tra Y` sheet, in `layouts` (the ribbon's check);
   * - `true`: the summary sheets in `layouts` and those of a file sent on in `exportLayouts`;
   * - `'export'`: only those of a file sent on, in `exportLayouts` (the command line writes no other).
   */
  layouts?: boolean | 'findings' | 'export';
  /**
   * Compute the statistical forms: their figures in `forms` (the JSON of reports.md) and their
   * sheets `Biểu 1 Y` … in `formLayouts` (and in `layouts` too with `layouts: true`).
   */
  forms?: boolean;
  /** What the pane's report fields say (issuer, place, signer …); they win over the settings sheet. */
  reportFields?: ReportFields;
  /** The officer's views (who was admitted, who is due, findings per chi bộ): the pane only, as they carry names. */
  officer?: boolean;
  /** The report period when `asOf` is not given: the year (by default) or the first half-year. */
  period?: PeriodId;
  /** The board's own validity of the awareness-class certificate in months (M11); off when absent. */
  trainingValidMonths?: number;
}

/** The analysis options a request sets (shared by one workbook's run and several workbooks'). */
export function analyzeOptionsOf(req: RunRequest): AnalyzeOptions {
  const options: AnalyzeOptions = { lang: req.lang, layouts: req.layouts === true };
  if (req.year !== undefined) options.year = req.year;
  if (req.asOf) options.asOf = req.asOf;
  if (req.today) options.today = req.today;
  if (req.forms) options.forms = true;
  if (req.period) options.period = req.period;
  if (req.trainingValidMonths) options.trainingValidMonths = req.trainingValidMonths;
  return options;
}

/** The drafted report, its `Báo cáo Y` sheet, and what an empty report field falls back to (the ThietLap sheet, the defaults). */
export interface RunReport {
  fallback: ReportSettings;
  drafted: DraftedReport;
  layout: SheetLayout;
}

export interface RunResult {
  lang: Lang;
  /** The report year: chosen, else the plan's; null when the plan names none. */
  year: number | null;
  /** The year the sheets are named after: `year`, else the year of today. */
  sheetYear: number;
  years: number[];
  /** One line saying which year was taken and why, when the plan names several and none was chosen; else null. */
  yearLine: string | null;
  findings: Finding[];
  /** The TCCS code of each finding, '' when none (same order as findings). */
  findingTccs: string[];
  tccs: TccsOption[];
  counts: SeverityCounts;
  /** The title and messages of each rule that found something, in both languages: the pane renders findings with them (its bundle keeps no rules). */
  ruleTexts: RuleTexts;
  figures: Figures | null;
  /** Whether any standard sheet was found at all. */
  standardSheets: boolean;
  /** Data rows read from the standard sheets. */
  rows: number;
  /**
   * The sheets inserted into the workbook: the summary sheets and `Báo cáo Y` (empty without
   * figures), or only `Kiểm tra Y` when the request asked for `'findings'`.
   */
  layouts: SheetLayout[];
  /**
   * The sheets of a file sent on (no links, no personal fixes), with `layouts: true`; without
   * figures, `Kiểm tra Y` alone so the file still says why.
   */
  exportLayouts: SheetLayout[];
  /** The drafted report, when there are figures (drafting is cheap: always done). */
  report: RunReport | null;
  /** The year before, from the same workbook, when it has a plan or admissions for it: shown beside this year. */
  previous: PreviousYear | null;
  /** The statistical forms' figures (`"forms"` of `report --json`), with `forms` and figures. */
  forms: ReturnType<typeof formsJson> | null;
  /** The forms' sheets `Biểu 1 Y` …, with `forms` and figures. */
  formLayouts: SheetLayout[];
  /** With `officer` and figures: the views that name members (the pane shows them; nothing writes them to a file sent on). */
  officer: OfficerViews | null;
  /** Several workbooks read together: their names as the findings name them, in order. */
  files?: string[];
}

export interface PreviousYear {
  year: number;
  district: { target: number | null; admitted: number; attainment: number | null };
  /** By TCCS code. */
  units: Record<string, { target: number | null; admitted: number }>;
}

/** Last year's admissions and targets, one more pass over the members (no layouts, no rules). */
function previousYear(a: Analysis): PreviousYear | null {
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

/** One workbook's run: from whole grids, or from a workbook read row by row as it came (`WorkbookReading`). */
export function runWorkbook(input: SheetGrid[] | ParsedWorkbook, req: RunRequest): RunResult {
  const a = analyze(input, analyzeOptionsOf(req));
  const p = a.parsed;
  const sheetYear = a.year ?? yearOf(a.today);
  // Drafted with every run, so the pane's report fields show what the report will say and
  // "Soạn báo cáo" has its sheet without building the other summary layouts.
  const prepared = prepareReport(a, p.grids, { lang: a.lang, settings: req.reportFields && typedReportSettings(req.reportFields) });
  const withReport = (layouts: SheetLayout[]) => (prepared && layouts.length ? [...layouts, prepared.layout] : layouts);
  let layouts: SheetLayout[] = [];
  let sent: SheetLayout[] = [];
  if (req.layouts === 'findings') layouts = [findingsLayout(sheetYear, a.findings, a.lang, false)];
  else if (req.layouts) {
    if (req.layouts === true) layouts = withReport(a.layouts);
    sent = a.figures ? withReport(exportLayouts(a)) : [findingsLayout(sheetYear, a.findings, a.lang, true)];
  }
  return {
    lang: a.lang,
    year: a.year,
    sheetYear,
    years: a.years,
    yearLine: yearChoiceLine(a.yearChoice, a.lang),
    findings: a.findings,
    findingTccs: findingTccs(a),
    tccs: tccsOptions(a),
    counts: a.counts,
    ruleTexts: ruleTextsOf(a.findings),
    figures: a.figures,
    standardSheets: p.lookup.found.size > 0,
    rows: (p.units?.records.length ?? 0) + (p.members?.records.length ?? 0) + (p.targets?.records.length ?? 0),
    layouts,
    exportLayouts: sent,
    report: prepared && { fallback: prepared.fallback, drafted: prepared.drafted, layout: prepared.layout },
    previous: previousYear(a),
    forms: a.forms && formsJson(a.forms),
    formLayouts: a.forms && a.figures ? formLayouts(a.forms, a.figures.district.name, a.lang) : [],
    officer: req.officer && a.figures ? officerViews(p, a.hierarchy, a.figures.year, parseIsoDay(a.figures.asOf)!, a.findings) : null,
  };
}
