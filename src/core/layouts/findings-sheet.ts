/** `Kiểm tra Y`: the validation report, one row per finding, each address a link to its cell. */
import { fillTemplate, findingMessage, type Finding, type Lang, countBySeverity } from '../findings';
import { RULE_TEXTS } from '../rules/registry';
import { a1 } from '../grid';
import { labels, severityLabel, sheetNames } from './labels';
import { SheetBuilder } from './sheet-builder';
import type { SheetLayout } from './types';

/** A sheet of a million findings helps nobody; the rest are counted, never dropped from the counts. */
export const FINDINGS_SHEET_CAP = 50_000;

export function findingsLayout(year: number, findings: readonly Finding[], lang: Lang, forExport: boolean): SheetLayout {
  const L = labels(lang);
  // Several workbooks read together: each finding names its file (a column after the severity).
  const withFile = findings.some((f) => f.file !== undefined);
  const width = withFile ? 8 : 7;
  const s = new SheetBuilder('findings', sheetNames(year).findings, year);
  s.title(L.findingsTitle, width);
  // Across the table's width, so that it is centred over it and prints whole.
  s.title(fillTemplate(L.findingsCounts, { ...countBySeverity(findings) }), width, 'subtitle');
  s.blank();
  const fileCells = (f?: Finding) => (withFile ? [f?.file ?? ''] : []);
  const header = s.row([L.no_, L.rule, L.severity, ...(withFile ? [L.file] : []), L.sheet, L.cell, L.message, L.suggestion], 'header');
  const cellCol = withFile ? 5 : 4;
  const shown = findings.slice(0, FINDINGS_SHEET_CAP);
  shown.forEach((f, i) => {
    // A fix that carries a person's data stays in the workbook and out of any file sent on.
    const suggestion = f.suggestion === undefined || (forExport && f.personal) ? '' : f.suggestion;
    const r = s.row([i + 1, f.rule, severityLabel(f.severity, lang), ...fileCells(f), f.sheet, f.cell, findingMessage(f, lang, RULE_TEXTS, !forExport), suggestion]);
    // A link can only reach a sheet of this workbook: not a finding of another file.
    if (f.cell && !forExport && f.file === undefined) s.layout.links.push({ cell: a1(r, cellCol), sheet: f.sheet, target: f.cell });
  });
  if (!shown.length) s.row(['', '', '', ...fileCells(), '', '', L.noFindings, '']);
  const last = s.nextRow - 1;
  if (findings.length > shown.length) s.row([fillTemplate(L.more, { n: findings.length - shown.length })], 'note');
  s.layout.tables.push({ name: `KiemTra_${year}`, range: `A${header + 1}:${withFile ? 'H' : 'G'}${last + 1}`, style: 'TableStyleLight8' });
  s.layout.freezeRows = header + 1;
  s.layout.print.repeatRows = `${header + 1}:${header + 1}`;
  s.widths(6, 10, 11, ...(withFile ? [28] : []), 14, 8, 80, 30);
  return s.layout;
}
