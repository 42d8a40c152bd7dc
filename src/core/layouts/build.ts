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

export interface LayoutInput {
  figures: Figures;
  /** The statistical forms, when their sheets are wanted. */
  forms?: FormsFigures | null;
  findings: readonly Finding[];
  parsed: ParsedWorkbook;
  hierarchy: Hierarchy;
  lang: Lang;
  /** For a file sent on: no links into the data sheets, no suggestion carrying personal data. */
  forExport?: boolean;
  /** Add the `DL Pivot Y` source table that real PivotTables need (a row per member). */
  pivotSource?: boolean;
}

export function buildLayouts(input: LayoutInput): SheetLayout[] {
  const { figures, findings, parsed, hierarchy, lang } = input;
  const asOf = parseIsoDay(figures.asOf)!;
  return [
    admissionsLayout(figures, asOf, lang),
    structureLayout(figures, asOf, lang),
    ...pivotLayouts(figures, parsed, hierarchy, asOf, lang, !!input.pivotSource),
    findingsLayout(figures.year, findings, lang, !!input.forExport),
    ...(input.forms ? formLayouts(input.forms, figures.district.name, lang) : []),
  ];
}
