/** `TH Kết nạp Y`: one row per TCCS against its plan, a district total, live formulas, a chart. */
import { formatDay, type Day } from '../dates';
import type { Lang } from '../findings';
import type { Figures, UnitFigures } from '../figures';
import { a1, columnLetter } from '../grid';
import { fillTemplate } from '../findings';
import { labels, sheetNames } from './labels';
import { columnRange, SheetBuilder } from './sheet-builder';
import type { LayoutValue, SheetLayout } from './types';

/** Column order of the table (zero-based indexes used by the formulas below). */
const C = { code: 0, name: 1, kind: 2, target: 3, admitted: 4, attainment: 5, verdict: 6, women: 7, members: 12, probationary: 14 };
const WIDTH = 15;

function attainmentFormula(r: number): string {
  const t = a1(r, C.target);
  return `=IF(OR(${t}="",${t}=0),"—",${a1(r, C.admitted)}/${t})`;
}

/** The sheet's live verdict: the same test as `verdictOf` (figures.ts), kept as a formula so an edited cell recomputes. */
function verdictFormula(r: number, met: string, notMet: string): string {
  const p = a1(r, C.attainment);
  return `=IF(ISNUMBER(${p}),IF(${p}>=1,"${met}","${notMet}"),"—")`;
}

function verdict(f: UnitFigures, met: string, notMet: string): string {
  return f.verdict === 'none' ? '—' : f.verdict === 'met' ? met : notMet;
}

function unitValues(f: UnitFigures, met: string, notMet: string): LayoutValue[] {
  const b = f.breakdown;
  return [
    f.code, f.name, f.kind, f.target, f.admitted, f.attainment ?? '—', verdict(f, met, notMet),
    b.women, b.minority, b.religious, b.young, b.local, f.members, f.full, f.probationary,
  ];
}

export function admissionsLayout(figures: Figures, asOf: Day, lang: Lang): SheetLayout {
  const L = labels(lang);
  const name = sheetNames(figures.year).admissions;
  const s = new SheetBuilder('admissions', name, figures.year);
  s.title(fillTemplate(L.admissionsTitle, { year: figures.year }), WIDTH);
  s.title(fillTemplate(L.asOf, { unit: figures.district.name, date: formatDay(asOf) }), WIDTH, 'subtitle');
  s.blank();
  const header = s.row(
    [L.code, L.tccsName, L.kind, L.target, L.admitted, L.attainment, L.verdict, L.women, L.minority, L.religious, L.young, L.local, L.members, L.full, L.probationary],
    'header',
  );
  const first = header + 1;
  for (const f of figures.units) {
    const r = s.row(unitValues(f, L.met, L.notMet));
    s.formula(r, C.attainment, attainmentFormula(r), f.attainment ?? '—');
    s.formula(r, C.verdict, verdictFormula(r, L.met, L.notMet), verdict(f, L.met, L.notMet));
  }
  // An Excel table needs a body row even when the plan names no TCCS.
  if (figures.units.length === 0) s.blank();
  const last = s.nextRow - 1;

  // The district total: sums are live; the target is the district's own row when it has one.
  const d = figures.district;
  const total = s.row([...unitValues(d, L.met, L.notMet)], 'total');
  s.layout.rows[total][C.code] = L.total;
  s.layout.rows[total][C.name] = d.name;
  s.layout.rows[total][C.kind] = d.kind;
  for (let c = C.target; c < WIDTH; c++) {
    if (c === C.attainment || c === C.verdict) continue;
    if (c === C.target && d.ownTarget) continue;
    s.formula(total, c, `=SUM(${columnRange(c, first, last)})`, s.layout.rows[total][c]);
  }
  s.formula(total, C.attainment, attainmentFormula(total), d.attainment ?? '—');
  s.formula(total, C.verdict, verdictFormula(total, L.met, L.notMet), verdict(d, L.met, L.notMet));

  s.layout.tables.push({ name: `TH_KetNap_${figures.year}`, range: `A${header + 1}:${columnLetter(WIDTH - 1)}${last + 1}`, style: 'TableStyleMedium2' });
  s.format(columnRange(C.attainment, first, total), '0%');
  s.format(`${columnLetter(C.target)}${first + 1}:${columnLetter(C.admitted)}${total + 1}`, '#,##0');
  s.format(`${columnLetter(C.women)}${first + 1}:${columnLetter(WIDTH - 1)}${total + 1}`, '#,##0');
  s.layout.conditionalFormats.push(
    { range: columnRange(C.attainment, first, total), type: 'dataBar', color: '#5B9BD5' },
    { range: columnRange(C.attainment, first, total), type: 'lessThan', value: 1, style: 'bad' },
  );
  if (figures.units.length) {
    s.layout.charts.push({
      type: 'bar',
      title: L.chartTitle,
      categories: columnRange(C.name, first, last),
      values: columnRange(C.attainment, first, last),
      seriesName: L.attainment,
      position: `Q${header + 1}:Z${header + 24}`,
    });
  }
  s.layout.freezeRows = header + 1;
  s.layout.print.repeatRows = `${header + 1}:${header + 1}`;
  s.widths(10, 38, 16, 10, 10, 11, 11, 8, 10, 9, 10, 10, 11, 11, 9);
  return s.layout;
}
