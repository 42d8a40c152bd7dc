/**
 * `Pivot Y` and its source `DL Pivot Y`: a table of non-identifying member fields (no name, no id)
 * and two PivotTables over it, with the same cross-tabs as values for hosts without PivotTables.
 */
import { yearOf, yearsBetween, type Day } from '../dates';
import { fillTemplate, type Lang } from '../findings';
import { ageBandLabel } from '../forms/bands';
import type { Figures } from '../figures';
import { a1, columnLetter } from '../grid';
import { LISTS, STATUS_ACTIVE } from '../lists';
import { isMemberAt } from '../membership';
import { codeKey } from '../model/read';
import type { LayoutSource } from './build';
import { labels, sheetNames } from './labels';
import { nameWidth, SheetBuilder } from './sheet-builder';
import type { LayoutValue, SheetLayout } from './types';

/**
 * With `withSource`, also the `DL Pivot Y` table that real PivotTables need (a row per member);
 * without it, only the cross-tabs as values (a file, a host without PivotTables).
 */
export function pivotLayouts(figures: Figures, sources: readonly LayoutSource[], asOf: Day, lang: Lang, withSource: boolean): SheetLayout[] {
  const L = labels(lang);
  const names = sheetNames(figures.year);
  const fields = [L.fieldTccs, L.fieldCell, L.fieldGender, L.fieldEthnicity, L.fieldStatus, L.fieldYear, L.fieldAge, L.fieldLocal, L.fieldCounted];

  // Source rows: members in a TCCS admitted on or before the report date.
  const data = new SheetBuilder('pivotData', names.pivotData, figures.year);
  data.row(fields, 'header');
  // Under a province, TCCS names repeat from commune to commune: the commune's code goes first.
  const tccsOrder = figures.units.map((u) => (u.group ? `${u.group} · ${u.name}` : u.name));
  const genders = LISTS.gender.map((g) => g.value);
  const statuses = LISTS.status.map((st) => st.value);
  const byGender = tccsOrder.map(() => genders.map(() => 0));
  const byStatus = tccsOrder.map(() => statuses.map(() => 0));
  for (const { wb, hierarchy, file } of sources) {
    // Counts by the TCCS's place in the figures (two TCCS may share a name; a unit under a second
    // root has a TCCS that is in no figure).
    const slot = new Map<string, number>();
    figures.units.forEach((u, i) => {
      if (u.file === file) slot.set(codeKey(u.code), i);
    });
    for (const m of wb.members?.records ?? []) {
      if (m.cellKey === null || m.admitted === null || m.admitted > asOf) continue;
      const tccs = hierarchy.tccsOf(m.cellKey);
      const i = tccs ? slot.get(tccs.key) : undefined;
      if (!tccs || i === undefined) continue;
      const counted = isMemberAt(m, asOf);
      // A status that changed after the report date did not yet apply on it.
      const status = m.status === null ? STATUS_ACTIVE : counted && m.statusDate !== null && m.statusDate > asOf ? STATUS_ACTIVE : m.status;
      if (withSource) {
        const row: LayoutValue[] = [
          tccsOrder[i], hierarchy.byKey.get(m.cellKey)!.name, m.gender ?? '', m.ethnicity ?? '', status, yearOf(m.admitted),
          m.birth === null ? '' : ageBandLabel(yearsBetween(m.birth, asOf)), m.local ? L.yes : L.no, counted ? L.yes : L.no,
        ];
        data.layout.rows.push(row);
      }
      if (counted && m.gender) byGender[i][genders.indexOf(m.gender)]++;
      const si = statuses.indexOf(status);
      if (si >= 0) byStatus[i][si]++;
    }
  }
  if (data.layout.rows.length === 1) data.layout.rows.push(fields.map(() => ''));
  const dataRange = `A1:${columnLetter(fields.length - 1)}${data.layout.rows.length}`;
  const table = `DL_Pivot_${figures.year}`;
  data.layout.tables.push({ name: table, range: dataRange, style: 'TableStyleLight1' });
  data.layout.freezeRows = 1;
  data.layout.hidden = false;
  data.widths(nameWidth(tccsOrder, 34, 60), 30, 9, 12, 16, 12, 10, 12, 14);

  // The pivot sheet: a title, then each cross-tab; PivotTables are placed over them by hosts that can.
  const p = new SheetBuilder('pivot', names.pivot, figures.year);
  p.title(fillTemplate(L.pivotTitle, { year: figures.year }), 8);
  // Without PivotTables (a file sent on) the tables are counts: no word about dragging fields.
  p.row([withSource ? L.pivotNote : L.pivotValuesNote], 'note');
  p.blank();
  const crossTab = (title: string, cols: string[], counts: number[][], name: string, column: string, filter?: { field: string; include: string[] }) => {
    p.row([title], 'section');
    const top = p.row([L.fieldTccs, ...cols, L.total], 'header');
    tccsOrder.forEach((n, t) => p.row([n, ...counts[t], counts[t].reduce((a, b) => a + b, 0)]));
    const totals = cols.map((_, i) => counts.reduce((a, c) => a + c[i], 0));
    const bottom = p.row([L.total, ...totals, totals.reduce((a, b) => a + b, 0)], 'total');
    // 3.044, as on every other sheet.
    p.format(`${a1(top + 1, 1)}:${a1(bottom, cols.length + 1)}`, '#,##0');
    p.height(top, 2);
    if (withSource) p.layout.pivots.push({
      name, sourceSheet: names.pivotData, sourceTable: table, sourceRange: dataRange, anchor: a1(top, 0),
      rows: [L.fieldTccs], columns: [column], value: L.fieldTccs, filters: filter ? [filter] : undefined,
      fallbackRange: `${a1(top, 0)}:${a1(bottom, cols.length + 1)}`,
    });
    p.blank();
    p.blank();
  };
  crossTab(L.byGender, genders, byGender, `PT_GioiTinh_${figures.year}`, L.fieldGender, { field: L.fieldCounted, include: [L.yes] });
  crossTab(L.byStatus, statuses, byStatus, `PT_TinhTrang_${figures.year}`, L.fieldStatus);
  p.widths(nameWidth(tccsOrder, 38, 60), 12, 12, 12, 12, 12, 12, 12, 12);
  return withSource ? [p.layout, data.layout] : [p.layout];
}
