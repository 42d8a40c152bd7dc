/** `TH Tổ chức Y`: structure counts, the next year's indicators, members per TCCS, training. */
import { formatDay, type Day } from '../dates';
import { fillTemplate, type Lang } from '../findings';
import type { Figures, Indicator } from '../figures';
import { a1 } from '../grid';
import { labels, sheetNames } from './labels';
import { columnRange, nameWidth, SheetBuilder } from './sheet-builder';
import type { SheetLayout } from './types';

const WIDTH = 6;

export function structureLayout(figures: Figures, asOf: Day, lang: Lang): SheetLayout {
  const L = labels(lang);
  const d = figures.district;
  const s = new SheetBuilder('structure', sheetNames(figures.year).structure, figures.year, 'portrait');
  s.title(fillTemplate(L.structureTitle, { year: figures.year }), WIDTH);
  s.title(fillTemplate(L.asOf, { unit: d.name, date: formatDay(asOf) }), WIDTH, 'subtitle');
  s.blank();

  s.row([L.structureSection], 'section');
  s.row([L.indicator, L.count], 'header');
  s.row([L.tccs, d.tccs]);
  s.row([L.dangBoCoSo, d.dangBoCoSo]);
  s.row([L.chiBoCoSo, d.chiBoCoSo]);
  s.row([L.cellsUnderCommittees, d.cellsUnderCommittees]);
  s.row([L.cellsUnder3, d.cellsUnder3Full]);
  s.blank();

  s.row([fillTemplate(L.indicatorsSection, { next: figures.year + 1 })], 'section');
  s.height(s.row([L.indicator, L.indicatorMet, L.indicatorOf, L.indicatorShare, L.indicatorGoal, L.verdict], 'header'), 2);
  const indicator = (label: string, i: Indicator) => {
    const r = s.row([label, i.met, i.total, i.share ?? '—', i.goal, '']);
    s.formula(r, 3, `=IF(${a1(r, 2)}=0,"—",${a1(r, 1)}/${a1(r, 2)})`, i.share ?? '—');
    const verdict = i.share === null ? '—' : i.share >= i.goal ? L.met : L.notMet;
    s.formula(r, 5, `=IF(ISNUMBER(${a1(r, 3)}),IF(${a1(r, 3)}>=${a1(r, 4)},"${L.met}","${L.notMet}"),"—")`, verdict);
    s.format(`${a1(r, 3)}:${a1(r, 4)}`, '0%');
  };
  indicator(L.villageIndicator, figures.indicators.villageCellsWithLocal);
  indicator(L.healthIndicator, figures.indicators.communesWithHealthCell);
  s.blank();

  s.row([L.membersSection], 'section');
  const header = s.row([L.code, L.tccsName, L.members, L.full, L.probationary], 'header');
  for (const u of figures.units) s.row([u.code, u.name, u.members, u.full, u.probationary]);
  if (!figures.units.length) s.blank();
  const last = s.nextRow - 1;
  const total = s.row([L.total, d.name, d.members, d.full, d.probationary], 'total');
  for (let c = 2; c <= 4; c++) s.formula(total, c, `=SUM(${columnRange(c, header + 1, last)})`, s.layout.rows[total][c]);
  s.layout.tables.push({ name: `TH_ToChuc_${figures.year}`, range: `${a1(header, 0)}:${a1(last, 4)}`, style: 'TableStyleLight9' });
  s.format(`${a1(header + 1, 2)}:${a1(total, 4)}`, '#,##0');
  s.blank();

  if (figures.groups.length) {
    s.row([L.groupsMembers], 'section');
    const gh = s.row([L.code, L.groupName, L.members, L.full, L.probationary, L.tccsCount], 'header');
    for (const g of figures.groups) s.row([g.code, g.name, g.members, g.full, g.probationary, g.tccs]);
    const gl = s.nextRow - 1;
    const gt = s.row([L.total, d.name, d.members, d.full, d.probationary, d.tccs], 'total');
    for (let c = 2; c <= 5; c++) s.formula(gt, c, `=SUM(${columnRange(c, gh + 1, gl)})`, s.layout.rows[gt][c]);
    s.format(`${a1(gh + 1, 2)}:${a1(gt, 5)}`, '#,##0');
    s.blank();
  }

  s.row([L.trainingSection], 'section');
  const th = s.row([L.classType, L.classes, L.learners], 'header');
  for (const t of figures.training.byType) s.row([t.type, t.classes, t.learners]);
  const tl = s.nextRow - 1;
  const tt = s.row([L.total, figures.training.classes, figures.training.learners], 'total');
  for (let c = 1; c <= 2; c++) s.formula(tt, c, `=SUM(${columnRange(c, th + 1, tl)})`, s.layout.rows[tt][c]);
  s.format(`${a1(th + 1, 1)}:${a1(tt, 2)}`, '#,##0');

  s.widths(48, nameWidth([...figures.units.map((u) => u.name), d.name], 34, 60), 12, 12, 12, 12);
  return s.layout;
}
