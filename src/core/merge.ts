/**
 * Several workbooks, one analysis: a province's plan and its communes' workbooks (or just the
 * communes') read together. Each workbook is checked on its own, as it would be alone, and its
 * findings name it; then the figures are added up level by level (province → commune → TCCS)
 * and the findings only the whole can show are added (the F rules).
 *
 * Unit codes are unique within a file only: across files a unit is (its commune, its code).
 * Whose target counts: the province's plan sets each commune's; a commune's workbook sets its
 * TCCS's (and may repeat its own: where it differs, an info names both values).
 */
import { analyze, type Analysis, type AnalyzeOptions } from './analyze';
import { dayFromYMD, parseIsoDay } from './dates';
import { countBySeverity, type Finding, type Lang, type SeverityCounts } from './findings';
import {
  addUnitCounts,
  attainmentOf,
  computeFigures,
  emptyUnit,
  type DistrictFigures,
  type Figures,
  type GroupFigures,
  type Indicator,
  type UnitFigures,
  verdictOf,
} from './figures';
import { computeForms, type FormsFigures } from './forms';
import type { SheetGrid } from './grid';
import { buildLayouts, type LayoutSource } from './layouts/build';
import type { SheetLayout } from './layouts/types';
import { isMemberAt } from './membership';
import type { Unit } from './model/types';
import { cellOf } from './rules/address';
import { F01, F02, F03, F04, F05, fileFinding } from './rules/files';
import { PROVINCE_MODEL_2025, type StructureModel } from './structure-model';

export interface WorkbookInput {
  /** The file's name as the user knows it (shown with each finding). */
  file: string;
  grids: SheetGrid[];
}

export interface FileAnalysis {
  file: string;
  analysis: Analysis;
  /** `province`: its root is a province (its plan); `group`: a workbook of the level above the grassroots; `none`: no root. */
  role: 'province' | 'group' | 'none';
}

export interface MergedAnalysis {
  files: FileAnalysis[];
  /** Every file's findings, each with its file, then the findings across files. */
  findings: Finding[];
  counts: SeverityCounts;
  figures: Figures | null;
  /** The statistical forms of the workbooks together, when asked for (`forms`) and there are figures. */
  forms: FormsFigures | null;
  layouts: SheetLayout[];
  /** The workbooks whose members the figures count, for the pivot sheets. */
  sources: LayoutSource[];
  years: number[];
  year: number | null;
  model: StructureModel;
  lang: Lang;
  /** The files the figures add up (one per root, the first of a repeated one), and the province's among them. */
  kept: FileAnalysis[];
  province: FileAnalysis | null;
}

const UNNAMED: Record<Lang, string> = { vi: 'Tổng hợp {n} sổ (không có sổ của tỉnh)', en: '{n} workbooks together (no province workbook)' };

function roleOf(a: Analysis): FileAnalysis['role'] {
  const root = a.hierarchy.root;
  if (!root) return 'none';
  return a.model.kinds.some((k) => k.group) ? 'province' : 'group';
}

/**
 * The year every file is read for: the one asked for, else the latest any plan names. A file
 * whose own plan chose another year is read again for it.
 */
function analyzeAll(inputs: readonly WorkbookInput[], options: AnalyzeOptions): { analyses: Analysis[]; years: number[]; year: number | null } {
  const base = { ...options, layouts: false, forms: false };
  let analyses = inputs.map((i) => analyze(i.grids, base));
  const years = [...new Set(analyses.flatMap((a) => a.years))].sort((a, b) => a - b);
  const year = options.year ?? (years.length ? years[years.length - 1] : null);
  if (year !== null) analyses = analyses.map((a, i) => (a.year === year ? a : analyze(inputs[i].grids, { ...base, year })));
  return { analyses, years, year };
}

export function analyzeMany(inputs: readonly WorkbookInput[], options: AnalyzeOptions = {}): MergedAnalysis {
  const lang = options.lang ?? 'vi';
  const { analyses, years, year } = analyzeAll(inputs, options);
  const files: FileAnalysis[] = analyses.map((analysis, i) => ({ file: inputs[i].file, analysis, role: roleOf(analysis) }));
  const findings: Finding[] = [];
  for (const f of files) for (const x of f.analysis.findings) findings.push({ ...x, file: f.file });
  const cross: Finding[] = [];

  // One unit per root code; one province.
  const byRoot = new Map<string, FileAnalysis>();
  const kept: FileAnalysis[] = [];
  let province: FileAnalysis | null = null;
  for (const f of files) {
    const root = f.analysis.hierarchy.root;
    if (!root) continue;
    const units = f.analysis.parsed.units!;
    const at = { file: f.file, sheet: units.sheet, cell: cellOf(units, 'code', root.row) };
    const first = byRoot.get(root.key);
    if (first) {
      cross.push(fileFinding(F01, at, { file: f.file, other: first.file, code: root.code }));
      continue;
    }
    if (f.role === 'province' && province) {
      const other = province.analysis.hierarchy.root!;
      cross.push(fileFinding(F01, at, { file: f.file, other: province.file, name: root.name, otherName: other.name }, 'provinces'));
      continue;
    }
    byRoot.set(root.key, f);
    if (f.role === 'province') province = f;
    kept.push(f);
  }

  const figures = year === null ? null : mergeFigures(kept, province, year, lang, cross);
  crossMembers(kept, cross);
  findings.push(...cross);

  const sources: LayoutSource[] = [];
  if (figures) for (const f of kept) if (f.analysis.figures) sources.push({ wb: f.analysis.parsed, hierarchy: f.analysis.hierarchy, file: f.file });
  const forms = figures && options.forms ? mergedForms(kept, figures) : null;
  const layouts = figures && options.layouts !== false ? buildLayouts({ figures, forms, findings, sources, lang, pivotSource: options.pivotSource }) : [];
  return { files, findings, counts: countBySeverity(findings), figures, forms, layouts, sources, years, year, model: PROVINCE_MODEL_2025, lang, kept, province };
}

/**
 * The merged figures of another year from the same workbooks (as at its 31/12): last year beside
 * this one. Only the figures: the findings across files are this year's.
 */
export function mergedFiguresOf(m: MergedAnalysis, year: number): Figures {
  const kept = m.kept.map((f) => {
    const a = f.analysis;
    const figures = a.parsed.units ? computeFigures(a.parsed, a.hierarchy, a.model, year, dayFromYMD(year, 12, 31)) : null;
    return { ...f, analysis: { ...a, figures } };
  });
  const province = m.province ? kept[m.kept.indexOf(m.province)] : null;
  return mergeFigures(kept, province, year, m.lang, []);
}

/**
 * The statistical forms of the workbooks together: every member of every kept workbook counted
 * once, this period and the same period last year from the same data (the forms' own rule).
 */
function mergedForms(kept: readonly FileAnalysis[], figures: Figures): FormsFigures {
  const inputs = kept.filter((f) => f.analysis.figures).map((f) => ({ wb: f.analysis.parsed, hierarchy: f.analysis.hierarchy, model: f.analysis.model }));
  return computeForms(inputs, figures.year, parseIsoDay(figures.asOf)!);
}

/** The layouts of a file sent on (no links, no personal fixes, the pivot as values); the forms always go up with it. */
export function exportMergedLayouts(m: MergedAnalysis): SheetLayout[] {
  if (!m.figures) return [];
  const kept = m.files.filter((f) => m.sources.some((s) => s.wb === f.analysis.parsed));
  const forms = m.forms ?? mergedForms(kept, m.figures);
  return buildLayouts({ figures: m.figures, forms, findings: m.findings, sources: m.sources, lang: m.lang, forExport: true });
}

/** A group's figures from its own workbook: its root's figures, its TCCS under it. */
function groupFromFile(f: FileAnalysis): GroupFigures {
  const d = f.analysis.figures!.district;
  return {
    ...emptyUnit(undefined),
    code: d.code,
    name: d.name,
    kind: d.kind,
    setting: d.setting,
    target: d.target,
    admitted: d.admitted,
    attainment: d.attainment,
    verdict: d.verdict,
    members: d.members,
    full: d.full,
    probationary: d.probationary,
    breakdown: { ...d.breakdown },
    cells: d.cells,
    cellsUnder3Full: d.cellsUnder3Full,
    tccs: d.tccs,
    ownTarget: d.ownTarget,
    file: f.file,
  };
}

function mergeFigures(kept: FileAnalysis[], province: FileAnalysis | null, year: number, lang: Lang, cross: Finding[]): Figures {
  const withFigures = kept.filter((f) => f.analysis.figures);
  const groupFiles = new Map<string, FileAnalysis>();
  for (const f of withFigures) if (f.role === 'group') groupFiles.set(f.analysis.hierarchy.root!.key, f);

  const groups: GroupFigures[] = [];
  const units: UnitFigures[] = [];
  const used = new Set<string>();
  const addGroupFile = (f: FileAnalysis, g: GroupFigures) => {
    groups.push(g);
    for (const u of f.analysis.figures!.units) units.push({ ...u, group: g.code, file: f.file });
  };

  const pf = province?.analysis.figures ?? null;
  if (province && pf) {
    const p = province.analysis;
    const plan = p.parsed.targets;
    const planRow = new Map<string, number>();
    for (const t of plan?.records ?? []) if (t.year === year && t.target !== null && !planRow.has(t.key)) planRow.set(t.key, t.row);
    for (const gu of p.hierarchy.groups()) {
      const own = pf.groups.find((g) => g.code === gu.code)!;
      const f = groupFiles.get(gu.key);
      if (!f) {
        // The province's workbook may hold the group's TCCS itself; else no workbook was given for it.
        groups.push({ ...own, file: province.file });
        for (const u of pf.units) if (u.group === own.code) units.push({ ...u, file: province.file });
        if (own.tccs === 0) {
          const unitsSheet = p.parsed.units!;
          cross.push(fileFinding(F04, { file: province.file, sheet: unitsSheet.sheet, cell: cellOf(unitsSheet, 'code', gu.row) }, { name: gu.name, code: gu.code }));
        }
        continue;
      }
      used.add(gu.key);
      const g = groupFromFile(f);
      g.name = g.name || gu.name;
      if (own.ownTarget) {
        const d = f.analysis.figures!.district;
        if (d.ownTarget && d.target !== own.target && plan) {
          cross.push(
            fileFinding(F03, { file: province.file, sheet: plan.sheet, cell: cellOf(plan, 'target', planRow.get(gu.key)!) }, {
              name: gu.name,
              target: own.target ?? 0,
              own: d.target ?? 0,
              year,
              other: f.file,
            }),
          );
        }
        g.target = own.target;
        g.ownTarget = true;
        g.attainment = attainmentOf(g.admitted, g.target);
        g.verdict = verdictOf(g.attainment);
      }
      addGroupFile(f, g);
    }
    // TCCS the province's workbook holds directly under itself (the rules flag them; they still count).
    for (const u of pf.units) if (u.group === undefined) units.push({ ...u, file: province.file });
  }
  for (const f of withFigures) {
    if (f.role !== 'group' || used.has(f.analysis.hierarchy.root!.key)) continue;
    if (province) {
      const units = f.analysis.parsed.units!;
      const root = f.analysis.hierarchy.root!;
      cross.push(fileFinding(F05, { file: f.file, sheet: units.sheet, cell: cellOf(units, 'code', root.row) }, { name: root.name, code: root.code, other: province.file }));
    }
    addGroupFile(f, groupFromFile(f));
  }

  // The root: the province's own figures, or an unnamed sum of the files.
  const rootUnit: Unit | undefined = province?.analysis.hierarchy.root;
  const district: DistrictFigures = {
    ...emptyUnit(rootUnit),
    tccs: 0,
    dangBoCoSo: 0,
    chiBoCoSo: 0,
    cellsUnderCommittees: 0,
    ownTarget: false,
    targetSum: null,
  };
  if (!rootUnit) {
    district.name = UNNAMED[lang].replace('{n}', String(withFigures.length));
    district.unnamedRoot = true;
  }
  for (const g of groups) addUnitCounts(district, g);
  for (const u of units) if (u.group === undefined) addUnitCounts(district, u);
  for (const f of withFigures) {
    const d = f.analysis.figures!.district;
    district.tccs += d.tccs;
    district.dangBoCoSo += d.dangBoCoSo;
    district.chiBoCoSo += d.chiBoCoSo;
    district.cellsUnderCommittees += d.cellsUnderCommittees;
  }
  // What stands under the root added up, kept beside the province's own row so a difference shows.
  let sum: number | null = null;
  for (const x of [...groups, ...units.filter((u) => u.group === undefined)]) if (x.target !== null) sum = (sum ?? 0) + x.target;
  district.targetSum = sum;
  if (pf?.district.ownTarget) {
    district.target = pf.district.target;
    district.ownTarget = true;
  } else district.target = sum;
  district.attainment = attainmentOf(district.admitted, district.target);
  district.verdict = verdictOf(district.attainment);

  const all = withFigures.map((f) => f.analysis.figures!);
  const addIndicators = (pick: (f: Figures) => Indicator): Indicator => {
    const total = all.reduce((s, f) => s + pick(f).total, 0);
    const met = all.reduce((s, f) => s + pick(f).met, 0);
    return { total, met, share: total ? met / total : null, goal: pick(all[0]).goal };
  };
  const byType = all[0]?.training.byType.map((t) => ({ type: t.type, classes: 0, learners: 0 })) ?? [];
  for (const f of all) {
    f.training.byType.forEach((t, i) => {
      byType[i].classes += t.classes;
      byType[i].learners += t.learners;
    });
  }
  return {
    year,
    asOf: all[0]?.asOf ?? `${year}-12-31`,
    model: PROVINCE_MODEL_2025.id,
    district,
    groups,
    units,
    indicators: all.length
      ? { villageCellsWithLocal: addIndicators((f) => f.indicators.villageCellsWithLocal), communesWithHealthCell: addIndicators((f) => f.indicators.communesWithHealthCell) }
      : { villageCellsWithLocal: { total: 0, met: 0, share: null, goal: 0.9 }, communesWithHealthCell: { total: 0, met: 0, share: null, goal: 1 } },
    training: { classes: all.reduce((s, f) => s + f.training.classes, 0), learners: all.reduce((s, f) => s + f.training.learners, 0), byType },
    admittedOutsideTccs: all.reduce((s, f) => s + f.admittedOutsideTccs, 0),
    // A report speaks of a thing only when every workbook records it.
    recorded: {
      classes: all.length > 0 && all.every((f) => f.recorded.classes),
      religion: all.length > 0 && all.every((f) => f.recorded.religion),
      local: all.length > 0 && all.every((f) => f.recorded.local),
      setting: all.length > 0 && all.every((f) => f.recorded.setting),
    },
  };
}

/**
 * A member (by Số lý lịch, else Số thẻ) counted at the report date in two workbooks: a transfer
 * recorded on one side only. One finding per repeat, in the later file, naming the first.
 */
function crossMembers(kept: FileAnalysis[], cross: Finding[]): void {
  if (kept.length < 2) return;
  const seen = new Map<string, { file: number; cell: string; sheet: string }>();
  kept.forEach((f, i) => {
    const a = f.analysis;
    const s = a.parsed.members;
    if (!s) return;
    const asOf = a.figures ? Date.parse(a.figures.asOf) / 86_400_000 : Infinity;
    const local = new Set<string>();
    for (const m of s.records) {
      const column = m.id !== null ? 'id' : m.card !== null ? 'card' : null;
      if (column === null || !isMemberAt(m, asOf)) continue;
      const key = (column === 'id' ? 'i:' + m.id!.toUpperCase() : 'c:' + m.card!);
      // A repeat inside one workbook is M01/M15's.
      if (local.has(key)) continue;
      local.add(key);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { file: i, cell: cellOf(s, column, m.row), sheet: s.sheet });
        continue;
      }
      if (first.file === i) continue;
      const other = kept[first.file];
      cross.push(
        fileFinding(F02, { file: f.file, sheet: s.sheet, cell: cellOf(s, column, m.row) }, {
          column: s.headers.get(column) ?? (column === 'id' ? 'Số lý lịch' : 'Số thẻ'),
          other: other.file,
          otherCell: `${first.sheet}!${first.cell}`,
        }),
      );
    }
  });
}
