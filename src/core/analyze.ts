/** The core's one entry: grids (or their rows, read as they come) in, findings, figures and summary layouts out. Pure and deterministic. */
import { parseIsoDay, type Day } from './dates';
import { countBySeverity, type Finding, type Lang, type SeverityCounts } from './findings';
import { computeFigures, type Figures } from './figures';
import type { SheetGrid } from './grid';
import { computeForms, type FormsFigures } from './forms';
import { buildLayouts } from './layouts/build';
import type { SheetLayout } from './layouts/types';
import { Hierarchy } from './model/hierarchy';
import { readWorkbook, type ParsedWorkbook } from './model/read';
import { periodEnd, type PeriodId } from './periods';
import { chooseYear, type YearChoice } from './plan-year';
import { runRules } from './rules/registry';
import type { RuleContext } from './rules/types';
import { chooseModel, resolveKinds } from './model/kinds';
import { STRUCTURE_MODELS, type StructureModel } from './structure-model';

export interface AnalyzeOptions {
  /** Report year; by default the year most valid plan rows name (on a tie the latest). */
  year?: number;
  /** Report date `YYYY-MM-DD`; by default 31/12 of the year. */
  asOf?: string;
  /** Today `YYYY-MM-DD` (dates after it are in the future); by default the clock's. */
  today?: string;
  lang?: Lang;
  /** A model id, a model, or `auto` (by the root unit's kind). An unknown or retired id throws UnknownModelError. */
  model?: 'auto' | string | StructureModel;
  /** Leave out the summary layouts (a check needs none). */
  layouts?: boolean;
  /** Add the PivotTables' source table `DL Pivot Y` (a host that makes real PivotTables wants it). */
  pivotSource?: boolean;
  /** Compute the statistical forms, and add their sheets `Biểu 1 Y` … to the layouts. */
  forms?: boolean;
  /** The report period when no report date is given: the year (31/12, by default) or the first half-year (30/06). */
  period?: PeriodId;
  /**
   * The board's own validity of the awareness-class certificate, in months: an admission more
   * than this long after the class is flagged (M11). Off (absent) by default: no party text sets one.
   */
  trainingValidMonths?: number;
}

export interface Analysis {
  findings: Finding[];
  counts: SeverityCounts;
  /** Null when the workbook cannot give figures (no unit sheet, or no year). */
  figures: Figures | null;
  /** The statistical forms, when asked for (`forms`) and there are figures. */
  forms: FormsFigures | null;
  layouts: SheetLayout[];
  /** Years named in the plan, ascending. */
  years: number[];
  year: number | null;
  /** How the year was chosen, and the valid plan rows per year. */
  yearChoice: YearChoice | null;
  /** Today as the analysis took it (dates after it are in the future). */
  today: Day;
  model: StructureModel;
  parsed: ParsedWorkbook;
  hierarchy: Hierarchy;
  lang: Lang;
}

export function planYears(wb: ParsedWorkbook): number[] {
  const years = new Set<number>();
  for (const t of wb.targets?.records ?? []) if (t.year !== null) years.add(t.year);
  return [...years].sort((a, b) => a - b);
}

/** The analysis of whole grids, or of a workbook read row by row as it came (`WorkbookReading`). */
export function analyze(input: SheetGrid[] | ParsedWorkbook, options: AnalyzeOptions = {}): Analysis {
  const lang = options.lang ?? 'vi';
  const parsed = Array.isArray(input) ? readWorkbook(input, STRUCTURE_MODELS) : input;
  const units = parsed.units?.records ?? [];
  const model = chooseModel(options.model, units);
  resolveKinds(units, model);
  const years = planYears(parsed);
  const yearChoice = chooseYear(parsed, options.year);
  const year = yearChoice?.year ?? (years.length ? years[years.length - 1] : null);
  const today = (options.today ? parseIsoDay(options.today) : null) ?? Math.floor(Date.now() / 86_400_000);
  const asOf = (options.asOf ? parseIsoDay(options.asOf) : null) ?? (year !== null ? periodEnd(options.period ?? 'year', year) : today);
  const hierarchy = new Hierarchy(units, model);
  // A province's plan on its own: units and targets, the TCCS and members in the communes' workbooks.
  const planOnly = !parsed.members && model.kinds.some((k) => k.group) && hierarchy.tccsList().length === 0;
  const ctx: RuleContext = { wb: parsed, model, hierarchy, year, asOf, today, planOnly, trainingValidMonths: options.trainingValidMonths ?? null };
  const findings = runRules(ctx);
  const figures = year !== null && parsed.units ? computeFigures(parsed, hierarchy, model, year, asOf) : null;
  const forms = figures && options.forms ? computeForms({ wb: parsed, hierarchy, model }, figures.year, asOf) : null;
  const layouts =
    figures && options.layouts !== false ? buildLayouts({ figures, forms, findings, sources: [{ wb: parsed, hierarchy }], lang, pivotSource: options.pivotSource }) : [];
  return { findings, counts: countBySeverity(findings), figures, forms, layouts, years, year, yearChoice, today, model, parsed, hierarchy, lang };
}

/**
 * The layouts of a file sent on: no links into the data sheets, no fix carrying personal data,
 * and the pivot sheet as cross-tab values (no per-member source table).
 */
export function exportLayouts(a: Analysis): SheetLayout[] {
  if (!a.figures) return [];
  // The statistical forms are what goes up to the level above: a file sent on always has them.
  const forms = a.forms ?? analysisForms(a);
  return buildLayouts({ figures: a.figures, forms, findings: a.findings, sources: [{ wb: a.parsed, hierarchy: a.hierarchy }], lang: a.lang, forExport: true });
}

/** The statistical forms of an analysis, computed now when it was made without them. */
export function analysisForms(a: Analysis): FormsFigures | null {
  if (a.forms || !a.figures) return a.forms;
  return computeForms({ wb: a.parsed, hierarchy: a.hierarchy, model: a.model }, a.figures.year, parseIsoDay(a.figures.asOf)!);
}
