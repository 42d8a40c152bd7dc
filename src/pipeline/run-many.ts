/**
 * The run pipeline over several workbooks read together (a province's plan and its communes'
 * books, or a folder of them): the same result as one workbook's run (run.ts), from the merged
 * analysis (core/merge.ts). Each finding names its file; the TCCS of a finding is named with its
 * commune's code first (`X01/T03`), since codes repeat from one commune's workbook to the next.
 */
import { yearOf } from '../core/dates';
import type { SheetGrid } from '../core/grid';
import { readWorkbook } from '../core/model/read';
import { STRUCTURE_MODELS } from '../core/structure-model';
import { findingsLayout } from '../core/layouts/findings-sheet';
import type { SheetLayout } from '../core/layouts/types';
import { analyzeMany, exportMergedLayouts, mergedFiguresOf, type MergedAnalysis, type WorkbookInput } from '../core/merge';
import { formLayouts, formsJson } from '../core/forms';
import { ruleTextsOf } from '../core/rules/registry';
import { prepareReport } from '../report/prepare';
import { typedReportSettings } from '../report/settings';
import { findingTccs, tccsOptions, type TccsOption } from './finding-tccs';
import { analyzeOptionsOf, type PreviousYear, type RunRequest, type RunResult } from './run';

/**
 * Last year's admissions and targets of the workbooks together, when a plan names that year or
 * anyone was admitted in it. A TCCS is listed by its code only where no other workbook uses the
 * code (codes repeat from one commune's workbook to the next).
 */
function previousYear(m: MergedAnalysis): PreviousYear | null {
  if (m.year === null || !m.figures) return null;
  const year = m.year - 1;
  const f = mergedFiguresOf(m, year);
  if (!m.years.includes(year) && f.district.admitted === 0) return null;
  const count = new Map<string, number>();
  for (const u of f.units) count.set(u.code, (count.get(u.code) ?? 0) + 1);
  const d = f.district;
  return {
    year,
    district: { target: d.target, admitted: d.admitted, attainment: d.attainment },
    units: Object.fromEntries(f.units.filter((u) => count.get(u.code) === 1).map((u) => [u.code, { target: u.target, admitted: u.admitted }])),
  };
}

/** Whether a workbook holds any standard sheet (a blank workbook to gather into holds none). */
export function hasStandardSheets(grids: SheetGrid[]): boolean {
  return readWorkbook(grids, STRUCTURE_MODELS).lookup.found.size > 0;
}

export function runWorkbooks(inputs: readonly WorkbookInput[], req: RunRequest): RunResult {
  const m = analyzeMany(inputs, analyzeOptionsOf(req));
  const today = m.files[0]?.analysis.today;
  const sheetYear = m.year ?? (today !== undefined ? yearOf(today) : new Date().getFullYear());

  // The province's report: its own workbook gives the settings and next year's plan.
  const province = m.files.find((f) => f.role === 'province');
  const grids = province && inputs.find((i) => i.file === province.file)?.grids;
  const prepared =
    province && grids && m.figures
      ? prepareReport({ figures: m.figures, parsed: province.analysis.parsed, hierarchy: province.analysis.hierarchy, lang: m.lang }, grids, {
          lang: m.lang,
          settings: req.reportFields && typedReportSettings(req.reportFields),
        })
      : null;
  const withReport = (layouts: SheetLayout[]) => (prepared && layouts.length ? [...layouts, prepared.layout] : layouts);
  let layouts: SheetLayout[] = [];
  let sent: SheetLayout[] = [];
  if (req.layouts === 'findings') layouts = [findingsLayout(sheetYear, m.findings, m.lang, false)];
  else if (req.layouts) {
    if (req.layouts === true) layouts = withReport(m.layouts);
    sent = m.figures ? withReport(exportMergedLayouts(m)) : [findingsLayout(sheetYear, m.findings, m.lang, true)];
  }

  // Each file's findings come first, in file order, then those across files (no TCCS of their own).
  const tccsOfFinding: string[] = [];
  const tccs: TccsOption[] = [];
  for (const f of m.files) {
    const group = f.analysis.hierarchy.root?.code ?? f.file;
    for (const code of findingTccs(f.analysis)) tccsOfFinding.push(code && `${group}/${code}`);
    for (const o of tccsOptions(f.analysis)) tccs.push({ code: `${group}/${o.code}`, name: `${group} · ${o.name}` });
  }
  while (tccsOfFinding.length < m.findings.length) tccsOfFinding.push('');

  let rows = 0;
  for (const f of m.files) {
    const p = f.analysis.parsed;
    rows += (p.units?.records.length ?? 0) + (p.members?.records.length ?? 0) + (p.targets?.records.length ?? 0);
  }
  return {
    lang: m.lang,
    year: m.year,
    sheetYear,
    years: m.years,
    // The merge asks for --year when the plans name several years, so no year is chosen silently.
    yearLine: null,
    findings: m.findings,
    findingTccs: tccsOfFinding,
    tccs,
    counts: m.counts,
    ruleTexts: ruleTextsOf(m.findings),
    figures: m.figures,
    standardSheets: m.files.some((f) => f.analysis.parsed.lookup.found.size > 0),
    rows,
    layouts,
    exportLayouts: sent,
    report: prepared && { fallback: prepared.fallback, drafted: prepared.drafted, layout: prepared.layout },
    previous: previousYear(m),
    forms: m.forms && formsJson(m.forms),
    formLayouts: m.forms && m.figures ? formLayouts(m.forms, m.figures.district.name, m.lang) : [],
    files: m.files.map((f) => f.file),
    // Several workbooks: the officer's views are per workbook, not yet across them.
    officer: null,
  };
}
