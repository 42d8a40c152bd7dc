/** All summary layouts of a report year, in the order the sheets are inserted. */
import { parseIsoDay } from '../dates';
import type { Finding, Lang } from '../findings';
import type { Figures } from '../figures';
import { formLayouts, type FormsFigures } from '../forms';
import type { Hierarchy } from '../model/hierarchy';
import type { ParsedWorkbook } from '../model/read';
import { admissionsLayout } from './admissions';
import { findingsLayout } from './findings-sheet';
import { pivotLayouts } from './pivot';
import { structureLayout } from './structure';
import type { SheetLayout } from './types';

/** A workbook whose members the figures count (one, or a province's many). */
export interface LayoutSource {
  wb: ParsedWorkbook;
  hierarchy: Hierarchy;
  /** The file the figures' units of this workbook carry (`UnitFigures.file`); absent for one workbook. */
  file?: string;
}

export interface LayoutInput {
  figures: Figures;
  /** The statistical forms, when their sheets are wanted. */
  forms?: FormsFigures | null;
  findings: readonly Finding[];
  sources: readonly LayoutSource[];
  lang: Lang;
  /** For a file sent on: no links into the data sheets, no suggestion carrying personal data. */
  forExport?: boolean;
  /** Add the `DL Pivot Y` source table that real PivotTables need (a row per member). */
  pivotSource?: boolean;
}

export function buildLayouts(input: LayoutInput): SheetLayout[] {
  const { figures, findings, sources, lang } = input;
  const asOf = parseIsoDay(figures.asOf)!;
  return [
    admissionsLayout(figures, asOf, lang),
    structureLayout(figures, asOf, lang),
    ...pivotLayouts(figures, sources, asOf, lang, !!input.pivotSource),
    findingsLayout(figures.year, findings, lang, !!input.forExport),
    ...(input.forms ? formLayouts(input.forms, figures.district.name, lang) : []),
  ];
}
