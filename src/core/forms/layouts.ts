/**
 * The sheets `Biểu 1 Y` … `Biểu 5 Y`: each form's rows with, per measure, this period, the same
 * period last year and the comparison (a live formula, so staff can audit it). A cell whose
 * column the workbook lacks stays empty and the row's note names the column.
 */
import { formatDay, parseIsoDay } from '../dates';
import { fillTemplate, type Lang } from '../findings';
import { a1 } from '../grid';
import { SheetBuilder } from '../layouts/sheet-builder';
import type { LayoutValue, SheetLayout } from '../layouts/types';
import type { FormTable, FormsFigures } from './tables';

const WORDS = {
  vi: {
    title: 'BIỂU {number} — {title} NĂM {year}',
    period: '{unit} — kỳ báo cáo từ {from} đến {to}; cùng kỳ năm trước từ {lastFrom} đến {lastTo}',
    source: 'Mẫu biểu thống kê cơ bản theo Hướng dẫn 11-HD/BTCTW ngày 13/12/2021; số liệu tính từ sổ đảng viên. Ô để trống: sổ thiếu cột nêu ở Ghi chú.',
    no: 'STT', item: 'Chỉ tiêu', now: 'Kỳ này', last: 'Cùng kỳ năm trước', ratio: 'So sánh (%)', note: 'Ghi chú',
    missing: 'Sổ thiếu cột: {columns}', noHistory: 'Cùng kỳ năm trước của số tổ chức: sổ chỉ có tổ chức hiện nay',
  },
  en: {
    title: 'FORM {number} — {title} {year}',
    period: '{unit} — period {from} to {to}; same period last year {lastFrom} to {lastTo}',
    source: 'Basic statistical form of Hướng dẫn 11-HD/BTCTW (13/12/2021); figures from the membership workbook. Empty cells: the workbook lacks the column named in the note.',
    no: 'No.', item: 'Item', now: 'This period', last: 'Same period last year', ratio: 'Change (%)', note: 'Note',
    missing: 'The workbook has no column: {columns}', noHistory: 'Last year’s units: the workbook holds the units as they are now',
  },
};

export function formSheetName(number: string, year: number): string {
  return `Biểu ${number} ${year}`;
}

const day = (iso: string) => formatDay(parseIsoDay(iso)!);

function formLayout(t: FormTable, forms: FormsFigures, unit: string, lang: Lang): SheetLayout {
  const W = WORDS[lang];
  const { def } = t;
  const width = 2 + def.measures.length * 3 + 1;
  const noteCol = width - 1;
  const s = new SheetBuilder(`form${def.number}` as SheetLayout['key'], formSheetName(def.number, forms.year), forms.year, width > 8 ? 'landscape' : 'portrait');
  s.title(fillTemplate(W.title, { number: def.number, title: def.title[lang], year: forms.year }), width);
  s.title(
    fillTemplate(W.period, { unit, from: day(forms.period.from), to: day(forms.period.to), lastFrom: day(forms.lastPeriod.from), lastTo: day(forms.lastPeriod.to) }),
    width,
    'subtitle',
  );
  s.row([W.source], 'note');
  const top = s.row([W.no, W.item, ...def.measures.flatMap((m) => [m.label[lang], null, null]), W.note], 'header');
  s.row([null, null, ...def.measures.flatMap(() => [W.now, W.last, W.ratio]), null], 'header');
  s.layout.merges.push(`${a1(top, 0)}:${a1(top + 1, 0)}`, `${a1(top, 1)}:${a1(top + 1, 1)}`, `${a1(top, noteCol)}:${a1(top + 1, noteCol)}`);
  def.measures.forEach((_, i) => s.layout.merges.push(`${a1(top, 2 + 3 * i)}:${a1(top, 4 + 3 * i)}`));
  const noHistory = def.measures.some((m) => m.noHistory);
  let no = 0;
  for (const r of t.rows) {
    const label = '    '.repeat(r.level) + r.label[lang];
    if (r.heading) {
      s.row([null, label, ...new Array<LayoutValue>(width - 3).fill(null), r.missing.length ? fillTemplate(W.missing, { columns: r.missing.join(', ') }) : null], 'section');
      continue;
    }
    const notes: string[] = [];
    if (r.missing.length) notes.push(fillTemplate(W.missing, { columns: r.missing.join(', ') }));
    if (noHistory && r.key === 'total') notes.push(W.noHistory);
    const values: LayoutValue[] = [r.level === 0 ? ++no : null, label];
    for (const c of r.cells) values.push(c.now, c.last, c.ratio);
    values.push(notes.join('; ') || null);
    const at = s.row(values, r.level === 0 ? 'total' : undefined);
    r.cells.forEach((c, i) => {
      const col = 2 + 3 * i;
      const now = a1(at, col);
      const last = a1(at, col + 1);
      if (r.decimal) s.format(`${now}:${last}`, '0.0');
      if (c.now === null || c.last === null) return;
      // "—" when last year had none: a share of nothing is not a number.
      s.formula(at, col + 2, `=IF(${last}=0,"—",${now}/${last})`, c.last === 0 ? '—' : c.ratio);
    });
  }
  // One format per column block (a range per cell costs a host call each); decimal rows set their own above.
  const first = top + 2;
  const end = Math.max(first, s.nextRow - 1);
  const decimals = s.layout.numberFormats.splice(0);
  def.measures.forEach((_, i) => {
    s.format(`${a1(first, 2 + 3 * i)}:${a1(end, 3 + 3 * i)}`, '#,##0');
    s.format(`${a1(first, 4 + 3 * i)}:${a1(end, 4 + 3 * i)}`, '0.0%');
  });
  s.layout.numberFormats.push(...decimals);
  s.layout.freezeRows = top + 2;
  s.layout.print.repeatRows = `${top + 1}:${top + 2}`;
  s.widths(6, 46, ...def.measures.flatMap(() => [11, 11, 10]), 40);
  return s.layout;
}

/** The forms' sheets, in the order of the forms. */
export function formLayouts(forms: FormsFigures, unit: string, lang: Lang): SheetLayout[] {
  return forms.tables.map((t) => formLayout(t, forms, unit, lang));
}
