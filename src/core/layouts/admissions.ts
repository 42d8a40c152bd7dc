/** `TH Kết nạp Y`: one row per TCCS against its plan, a district total, live formulas, a chart. */
import { formatDay, type Day } from '../dates';
import type { Lang } from '../findings';
import type { Figures, UnitFigures } from '../figures';
import { a1, columnLetter } from '../grid';
import { fillTemplate } from '../findings';
import { labels, sheetNames } from './labels';
import { columnRange, nameWidth, SheetBuilder } from './sheet-builder';
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
  // Under a province each TCCS row also names its commune (a last column), and the communes get a table of their own.
  const grouped = figures.groups.length > 0;
  const width = grouped ? WIDTH + 1 : WIDTH;
  const s = new SheetBuilder('admissions', name, figures.year);
  s.title(fillTemplate(L.admissionsTitle, { year: figures.year }), width);
  s.title(fillTemplate(L.asOf, { unit: figures.district.name, date: formatDay(asOf) }), width, 'subtitle');
  if (figures.district.unnamedRoot) s.row([L.unnamedRoot], 'note');
  s.blank();
  const header = s.row(
    [
      L.code, L.tccsName, L.kind, L.target, L.admitted, L.attainment, L.verdict, L.women, L.minority, L.religious, L.young, L.local, L.members, L.full, L.probationary,
      ...(grouped ? [L.group] : []),
    ],
    'header',
  );
  // "Dân tộc thiểu số", "Người tại chỗ" wrap onto two lines: the row is made tall enough for both.
  s.height(header, 2);
  const first = header + 1;
  for (const f of figures.units) {
    const r = s.row(grouped ? [...unitValues(f, L.met, L.notMet), f.group ?? ''] : unitValues(f, L.met, L.notMet));
    s.formula(r, C.attainment, attainmentFormula(r), f.attainment ?? '—');
    s.formula(r, C.verdict, verdictFormula(r, L.met, L.notMet), verdict(f, L.met, L.notMet));
  }
  // An Excel table needs a body row even when the plan names no TCCS.
  if (figures.units.length === 0) s.blank();
  const last = s.nextRow - 1;

  // The district total: sums are live; the target is the district's own row when it has one.
  const d = figures.district;
  const total = s.row(grouped ? [...unitValues(d, L.met, L.notMet), ''] : unitValues(d, L.met, L.notMet), 'total');
  s.layout.rows[total][C.code] = L.total;
  s.layout.rows[total][C.name] = d.name;
  s.layout.rows[total][C.kind] = d.kind;
  for (let c = C.target; c < WIDTH; c++) {
    if (c === C.attainment || c === C.verdict) continue;
    // The root's own target, or under a province the sum of its communes' (below), not of the TCCS's.
    if (c === C.target && (d.ownTarget || grouped)) continue;
    s.formula(total, c, `=SUM(${columnRange(c, first, last)})`, s.layout.rows[total][c]);
  }
  s.formula(total, C.attainment, attainmentFormula(total), d.attainment ?? '—');
  s.formula(total, C.verdict, verdictFormula(total, L.met, L.notMet), verdict(d, L.met, L.notMet));

  s.layout.tables.push({ name: `TH_KetNap_${figures.year}`, range: `A${header + 1}:${columnLetter(width - 1)}${last + 1}`, style: 'TableStyleMedium2' });
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
  if (grouped) groupTable(s, figures, { first, last, total }, L);
  s.layout.freezeRows = header + 1;
  s.layout.print.repeatRows = `${header + 1}:${header + 1}`;
  const names = nameWidth([...figures.units.map((u) => u.name), figures.district.name], 38, 60);
  s.widths(10, names, 16, 10, 10, 11, 11, 8, 10, 9, 10, 10, 11, 11, 9, ...(grouped ? [12] : []));
  return s.layout;
}

/**
 * The level above the grassroots (a province's communes): one row per commune, its target from
 * the plan, every count a live SUMIF over the TCCS rows above that name it, a subtotal per commune.
 */
function groupTable(s: SheetBuilder, figures: Figures, tccs: { first: number; last: number; total: number }, L: ReturnType<typeof labels>): void {
  const G = WIDTH; // the TCCS table's commune column
  s.blank();
  s.row([fillTemplate(L.groupsSection, { groups: figures.groups.length })], 'section');
  const header = s.row(
    [L.code, L.groupName, L.kind, L.target, L.admitted, L.attainment, L.verdict, L.women, L.minority, L.religious, L.young, L.local, L.members, L.full, L.probationary, L.tccsCount],
    'header',
  );
  s.height(header, 2);
  const first = header + 1;
  const sumIf = (r: number, c: number) =>
    `=SUMIF(${columnRange(G, tccs.first, tccs.last)},${a1(r, C.code)},${columnRange(c, tccs.first, tccs.last)})`;
  for (const g of figures.groups) {
    const r = s.row([...unitValues(g, L.met, L.notMet), g.tccs]);
    for (let c = C.admitted; c < WIDTH; c++) {
      if (c === C.attainment || c === C.verdict) continue;
      s.formula(r, c, sumIf(r, c), s.layout.rows[r][c]);
    }
    // A commune's target is the plan's; without a row for it, the sum of its TCCS's.
    if (!g.ownTarget) s.formula(r, C.target, sumIf(r, C.target), g.target);
    s.formula(r, C.attainment, attainmentFormula(r), g.attainment ?? '—');
    s.formula(r, C.verdict, verdictFormula(r, L.met, L.notMet), verdict(g, L.met, L.notMet));
    s.formula(r, WIDTH, `=COUNTIF(${columnRange(G, tccs.first, tccs.last)},${a1(r, C.code)})`, g.tccs);
  }
  const last = s.nextRow - 1;
  // The province's target without a row of its own: the sum of its communes'.
  if (!figures.district.ownTarget) s.formula(tccs.total, C.target, `=SUM(${columnRange(C.target, first, last)})`, figures.district.target);
  s.layout.tables.push({ name: `TH_KetNap_Xa_${figures.year}`, range: `A${header + 1}:${columnLetter(WIDTH)}${last + 1}`, style: 'TableStyleMedium4' });
  s.format(`${columnLetter(C.target)}${first + 1}:${columnLetter(WIDTH)}${last + 1}`, '#,##0');
  s.format(columnRange(C.attainment, first, last), '0%');
  s.layout.conditionalFormats.push({ range: columnRange(C.attainment, first, last), type: 'lessThan', value: 1, style: 'bad' });
}
