/** B (biểu): the statistical forms. Biểu 1 must reconcile: members at the start + increases − decreases = members at the end. */
import { countPeriod, periodsOf, reconcile } from '../forms';
import { cellOf } from './address';
import type { Rule } from './types';

export const B01: Rule = {
  id: 'B01',
  group: 'B',
  severity: 'warning',
  source: 'Hướng dẫn 11-HD/BTCTW ngày 13/12/2021 (Biểu 1)',
  title: { vi: 'Biểu 1 không khớp', en: 'Form 1 does not reconcile' },
  messages: {
    default: {
      vi: 'Biểu 1 năm {year} không khớp: đầu kỳ {start} + tăng {increase} − giảm {decrease} = {expected}, nhưng cuối kỳ có {end} đảng viên (lệch {gap}). Thường do một biến động thiếu ngày, hoặc ngày biến động, ngày chuyển đến trước ngày vào Đảng.',
      en: 'Form 1 for {year} does not reconcile: start {start} + increases {increase} − decreases {decrease} = {expected}, but {end} members at the end (off by {gap}). Usually a status change without its date, or a status or transfer date before the admission.',
    },
  },
  check(ctx, emit) {
    const s = ctx.wb.members;
    if (!s || ctx.year === null || !ctx.wb.units) return;
    const r = reconcile(countPeriod({ wb: ctx.wb, hierarchy: ctx.hierarchy, model: ctx.model }, periodsOf(ctx.year, ctx.asOf).now, true).bieu1);
    if (r.expectedEnd === r.end) return;
    // The status-date column's header: a missing or misplaced status date is the usual cause.
    const column = s.columns.has('statusDate') ? 'statusDate' : 'admitted';
    emit({
      sheet: s.sheet,
      cell: cellOf(s, column, s.headerRow),
      params: { year: ctx.year, start: r.start, increase: r.increase, decrease: r.decrease, expected: r.expectedEnd, end: r.end, gap: r.end - r.expectedEnd },
    });
  },
};

export const FORM_RULES = [B01];
