/** P: the admission plan on sheet ChiTieu. */
import { UNIT_DETAIL } from './units';
import { districtTarget, targetsOfYear } from '../figures';
import { kindDef } from '../structure-model';
import { cellOf, problemCell } from './address';
import { SOURCE_FORMAT, SOURCE_PLAN, type Rule } from './types';

export const P01: Rule = {
  id: 'P01',
  group: 'P',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Chỉ tiêu cho mã không tồn tại', en: 'Target for an unknown code' },
  messages: {
    default: {
      vi: 'Mã này không trùng với tổ chức nào trong sheet {units}. Hãy nhập đúng mã TCCS.',
      en: 'This code names no unit on sheet {units}. Type the code of the TCCS.',
    },
  },
  check(ctx, emit) {
    const t = ctx.wb.targets;
    if (!t || !ctx.wb.units) return;
    for (const r of t.records) {
      if (r.key && !ctx.hierarchy.byKey.has(r.key)) emit({ sheet: t.sheet, cell: cellOf(t, 'code', r.row), params: { units: ctx.wb.units.sheet } });
    }
  },
};

export const P02: Rule = {
  id: 'P02',
  group: 'P',
  severity: 'error',
  source: SOURCE_PLAN,
  title: { vi: 'Chỉ tiêu giao cho tổ chức không phải TCCS', en: 'Target for a unit that is not a TCCS' },
  messages: {
    default: {
      vi: 'Chỉ tiêu chỉ giao cho đảng bộ cấp trên cùng hoặc tổ chức cơ sở đảng; mã này là một "{kind}".',
      en: 'Targets go to the top unit or a grassroots organisation; this code is a "{kind}".',
    },
    withGroups: {
      vi: 'Chỉ tiêu chỉ giao cho đảng bộ cấp trên cùng, đảng bộ cấp trên trực tiếp của tổ chức cơ sở đảng hoặc tổ chức cơ sở đảng; mã này là một "{kind}".',
      en: 'Targets go to the top unit, the direct superiors of the grassroots organisations, or a grassroots organisation; this code is a "{kind}".',
    },
  },
  check(ctx, emit) {
    const t = ctx.wb.targets;
    if (!t) return;
    for (const r of t.records) {
      const u = ctx.hierarchy.byKey.get(r.key);
      const def = kindDef(ctx.model, u?.kind ?? null);
      if (u && def && !def.root && !def.tccs && !def.group) {
        const variant = ctx.model.kinds.some((k) => k.group) ? 'withGroups' : undefined;
        emit({ sheet: t.sheet, cell: cellOf(t, 'code', r.row), variant, params: { kind: def.value } });
      }
    }
  },
};

export const P03: Rule = {
  id: 'P03',
  group: 'P',
  severity: 'error',
  source: SOURCE_PLAN,
  title: { vi: 'Hai chỉ tiêu cho cùng tổ chức và năm', en: 'Two targets for one unit and year' },
  messages: {
    default: {
      vi: 'Đã có chỉ tiêu năm {year} cho mã này ở hàng {first}. Hãy giữ một hàng.',
      en: 'There is already a {year} target for this code in row {first}. Keep one row.',
    },
  },
  check(ctx, emit) {
    const t = ctx.wb.targets;
    if (!t) return;
    const first = new Map<string, number>();
    for (const r of t.records) {
      if (!r.key || r.year === null) continue;
      const k = r.key + '|' + r.year;
      const f = first.get(k);
      if (f === undefined) first.set(k, r.row);
      else emit({ sheet: t.sheet, cell: cellOf(t, 'code', r.row), params: { year: r.year, first: f + 1 } });
    }
  },
};

export const P04: Rule = {
  id: 'P04',
  group: 'P',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Số không hợp lệ', en: 'Invalid number' },
  messages: {
    default: {
      vi: 'Cột "{header}" cần một số nguyên không âm (0, 1, 2 …).',
      en: 'Column "{header}" needs a whole number ≥ 0.',
    },
    year: {
      vi: 'Cột "{header}" cần năm đủ bốn chữ số, ví dụ 2017.',
      en: 'Column "{header}" needs a four-digit year, e.g. 2017.',
    },
  },
  check(ctx, emit) {
    for (const p of ctx.wb.problems) {
      if (p.kind === 'number' || p.kind === 'year') {
        emit({ sheet: p.sheet, cell: problemCell(p), variant: p.kind === 'year' ? 'year' : undefined, params: { header: p.header }, suggestion: p.suggestion });
      }
    }
  },
};

export const P05: Rule = {
  id: 'P05',
  group: 'P',
  severity: 'warning',
  source: SOURCE_PLAN,
  title: { vi: 'TCCS chưa được giao chỉ tiêu', en: 'TCCS with no target' },
  messages: {
    default: {
      vi: 'Tổ chức cơ sở đảng này chưa có chỉ tiêu kết nạp năm {year} trong sheet {plan}.',
      en: 'This grassroots organisation has no {year} admission target on sheet {plan}.',
    },
  },
  detail: UNIT_DETAIL,
  check(ctx, emit) {
    const t = ctx.wb.targets;
    const units = ctx.wb.units;
    if (!t || !units || ctx.year === null) return;
    const has = new Set(t.records.filter((r) => r.year === ctx.year).map((r) => r.key));
    for (const u of ctx.hierarchy.tccsList()) {
      if (!has.has(u.key)) {
        emit({ sheet: units.sheet, cell: cellOf(units, 'code', u.row), params: { year: ctx.year, plan: t.sheet }, detail: { unit: u.name, code: u.code } });
      }
    }
  },
};

export const P06: Rule = {
  id: 'P06',
  group: 'P',
  severity: 'info',
  source: SOURCE_PLAN,
  title: { vi: 'Chỉ tiêu của đảng bộ khác tổng chỉ tiêu TCCS', en: 'The top unit’s target differs from the TCCS targets’ sum' },
  messages: {
    default: {
      vi: 'Tổng chỉ tiêu giao cho các TCCS năm {year} là {sum}, thấp hơn chỉ tiêu của đảng bộ ({target}). Kết quả chung tính theo chỉ tiêu của đảng bộ ({target}).',
      en: 'The TCCS targets for {year} add up to {sum}, below the top unit’s own target ({target}). The overall result uses the own target ({target}).',
    },
    above: {
      vi: 'Tổng chỉ tiêu giao cho các TCCS năm {year} là {sum}, cao hơn chỉ tiêu của đảng bộ ({target}). Kết quả chung tính theo chỉ tiêu của đảng bộ ({target}).',
      en: 'The TCCS targets for {year} add up to {sum}, above the top unit’s own target ({target}). The overall result uses the own target ({target}).',
    },
  },
  check(ctx, emit) {
    const t = ctx.wb.targets;
    const root = ctx.hierarchy.root;
    if (!t || !root || ctx.year === null) return;
    // The figures' own arithmetic (first row per unit; under a province the communes' targets),
    // so the finding speaks of the same two numbers the pane and the report show.
    const plan = districtTarget(targetsOfYear(ctx.wb, ctx.year), ctx.hierarchy);
    const ownRow = t.records.find((r) => r.key === root.key && r.year === ctx.year && r.target !== null);
    if (!plan.own || !ownRow || plan.target === null) return;
    const sum = plan.sum ?? 0;
    if (sum !== plan.target) {
      emit({ sheet: t.sheet, cell: cellOf(t, 'target', ownRow.row), variant: sum > plan.target ? 'above' : undefined, params: { year: ctx.year, sum, target: plan.target } });
    }
  },
};

export const PLAN_RULES = [P01, P02, P03, P04, P05, P06];
