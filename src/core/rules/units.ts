/** T: the unit tree on sheet ToChuc. */
import { kindDef } from '../structure-model';
import { cellOf, problemCell } from './address';
import { cellCounts, subtreeMembers } from './counts';
import { SOURCE_CHARTER, SOURCE_FORMAT, SOURCE_GUIDANCE, SOURCE_REGULATION, type Rule } from './types';

/** Names the unit a finding is about (in the pane and the user's workbook). */
export const UNIT_DETAIL = { vi: 'Đơn vị: {unit} ({code}).', en: 'Unit: {unit} ({code}).' };

export const T01: Rule = {
  id: 'T01',
  group: 'T',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Mã tổ chức bị trùng', en: 'Unit code used twice' },
  messages: {
    default: {
      vi: 'Mã tổ chức trùng với ô {first}. Mỗi tổ chức cần một mã riêng.',
      en: 'This unit code is the same as in {first}. Each unit needs its own code.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    const first = new Map<string, number>();
    for (const u of units.records) {
      if (!u.key) continue;
      const row = first.get(u.key);
      if (row === undefined) first.set(u.key, u.row);
      else emit({ sheet: units.sheet, cell: cellOf(units, 'code', u.row), params: { first: cellOf(units, 'code', row) } });
    }
  },
};

export const T02: Rule = {
  id: 'T02',
  group: 'T',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Loại hoặc loại hình tổ chức không hợp lệ', en: 'Unknown unit kind or setting' },
  messages: {
    default: {
      vi: 'Giá trị ở cột "{header}" không nằm trong danh sách. Các giá trị hợp lệ: {values}.',
      en: 'The value in column "{header}" is not in the list. Valid values: {values}.',
    },
    nearest: {
      vi: 'Giá trị ở cột "{header}" không nằm trong danh sách; có phải là "{nearest}"?',
      en: 'The value in column "{header}" is not in the list; did you mean "{nearest}"?',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    const sheet = units?.sheet;
    for (const p of ctx.wb.problems) {
      if (p.kind !== 'list' || p.sheet !== sheet) continue;
      const values = p.column === 'kind' ? ctx.model.kinds.map((k) => k.value) : [];
      emit({
        sheet: p.sheet,
        cell: problemCell(p),
        variant: p.suggestion ? 'nearest' : undefined,
        params: { header: p.header, nearest: p.suggestion ?? '', values: values.join(', ') || '—' },
        suggestion: p.suggestion,
      });
    }
    // Kinds are read against every model so the model can be chosen afterwards: a kind of another
    // model (`Đảng bộ tỉnh` in a district workbook) is unknown to this one, and would otherwise be
    // silently left out of the tree (no root, no TCCS, no cell).
    if (!units) return;
    for (const u of units.records) {
      if (u.kind === null || kindDef(ctx.model, u.kind)) continue;
      emit({
        sheet: units.sheet,
        cell: cellOf(units, 'kind', u.row),
        params: { header: units.headers.get('kind') ?? 'Loại', nearest: '', values: ctx.model.kinds.map((k) => k.value).join(', ') },
      });
    }
  },
};

export const T03: Rule = {
  id: 'T03',
  group: 'T',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Mã cấp trên trống hoặc không tồn tại', en: 'Parent code empty or unknown' },
  messages: {
    default: {
      vi: 'Mã cấp trên không trùng với mã tổ chức nào trong sheet. Hãy nhập đúng mã của tổ chức cấp trên.',
      en: 'The parent code names no unit on the sheet. Type the code of the parent unit.',
    },
    empty: {
      vi: 'Chưa nhập mã cấp trên. Mọi tổ chức, trừ đảng bộ cấp trên cùng, phải có cấp trên.',
      en: 'The parent code is empty. Every unit but the top one needs a parent.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    // A parent cell holding an Excel error is read as empty and reported by S05 already.
    const errorCells = new Set(ctx.wb.problems.filter((p) => p.kind === 'error' && p.sheet === units.sheet).map(problemCell));
    for (const u of units.records) {
      const def = kindDef(ctx.model, u.kind);
      if (!def || def.root) continue;
      const cell = cellOf(units, 'parent', u.row);
      if (u.parentKey === null) {
        if (!errorCells.has(cell)) emit({ sheet: units.sheet, cell, variant: 'empty' });
      } else if (!ctx.hierarchy.byKey.has(u.parentKey)) emit({ sheet: units.sheet, cell });
    }
  },
};

export const T04: Rule = {
  id: 'T04',
  group: 'T',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Không có đúng một đảng bộ cấp trên cùng', en: 'Not exactly one root unit' },
  messages: {
    default: {
      vi: 'Chưa có tổ chức nào thuộc loại "{root}". Hãy thêm một hàng cho đảng bộ cấp trên cùng.',
      en: 'No unit of kind "{root}". Add a row for the top unit.',
    },
    extra: {
      vi: 'Đã có một tổ chức loại "{root}" ở ô {first}; mỗi sổ chỉ có một.',
      en: 'There is already a unit of kind "{root}" at {first}; a workbook has only one.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    const rootKind = ctx.model.kinds.find((k) => k.root)!.value;
    const roots = ctx.hierarchy.roots;
    if (roots.length === 0) {
      emit({ sheet: units.sheet, cell: cellOf(units, 'kind', units.headerRow), params: { root: rootKind } });
    }
    for (const r of roots.slice(1)) {
      emit({ sheet: units.sheet, cell: cellOf(units, 'kind', r.row), variant: 'extra', params: { root: rootKind, first: cellOf(units, 'kind', roots[0].row) } });
    }
  },
};

export const T05: Rule = {
  id: 'T05',
  group: 'T',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Quan hệ cấp trên bị vòng lặp', en: 'Parent chain loops' },
  messages: {
    default: {
      vi: 'Chuỗi cấp trên của tổ chức này quay lại chính nó. Hãy sửa mã cấp trên.',
      en: "This unit's parent chain loops back on itself. Fix the parent code.",
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    for (const key of ctx.hierarchy.looped) {
      const u = ctx.hierarchy.byKey.get(key)!;
      emit({ sheet: units.sheet, cell: cellOf(units, 'parent', u.row) });
    }
  },
};

export const T06: Rule = {
  id: 'T06',
  group: 'T',
  severity: 'error',
  source: SOURCE_REGULATION,
  title: { vi: 'Loại tổ chức không được đặt dưới cấp trên này', en: 'Kind not allowed under this parent' },
  messages: {
    default: {
      vi: '"{kind}" không được trực thuộc "{parentKind}". Được trực thuộc: {allowed}.',
      en: '"{kind}" may not stand under "{parentKind}". Allowed: {allowed}.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    for (const u of units.records) {
      const def = kindDef(ctx.model, u.kind);
      const parent = ctx.hierarchy.parentOf(u);
      if (!def || def.root || !parent || !parent.kind || parent === u) continue;
      if (!def.parents.includes(parent.kind)) {
        emit({
          sheet: units.sheet,
          cell: cellOf(units, 'parent', u.row),
          params: { kind: def.value, parentKind: parent.kind, allowed: def.parents.join(', ') },
        });
      }
    }
  },
};

export const T07: Rule = {
  id: 'T07',
  group: 'T',
  severity: 'error',
  source: SOURCE_REGULATION,
  title: { vi: 'Đảng bộ không có chi bộ nào', en: 'Committee with no cell' },
  messages: {
    default: {
      vi: '"{kind}" này không có chi bộ nào trực thuộc. Hãy thêm chi bộ hoặc sửa loại tổ chức.',
      en: 'This "{kind}" has no cell under it. Add its cells or fix its kind.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    const hasCell = ctx.hierarchy.anyBelow((d) => ctx.hierarchy.isCell(d));
    for (const u of ctx.hierarchy.byKey.values()) {
      const def = kindDef(ctx.model, u.kind);
      if (!def?.needsCells || ctx.hierarchy.looped.has(u.key)) continue;
      if (!hasCell(u.key)) {
        emit({ sheet: units.sheet, cell: cellOf(units, 'kind', u.row), params: { kind: def.value } });
      }
    }
  },
};

export const T08: Rule = {
  id: 'T08',
  group: 'T',
  severity: 'warning',
  source: SOURCE_CHARTER,
  title: { vi: 'Chi bộ dưới 3 đảng viên chính thức', en: 'Cell with fewer than 3 full members' },
  messages: {
    default: {
      vi: 'Chi bộ chỉ có {count} đảng viên chính thức tại ngày báo cáo (Điều lệ: tối thiểu {min}).',
      en: 'The cell has only {count} full members at the report date (the Charter asks for at least {min}).',
    },
  },
  detail: UNIT_DETAIL,
  check(ctx, emit) {
    const units = ctx.wb.units;
    // Without the members sheet (S01) there is nothing to count: no finding rather than a count of 0.
    if (!units || !ctx.wb.members) return;
    const full = cellCounts(ctx).full;
    const min = ctx.model.thresholds.minFullMembersPerCell;
    for (const u of ctx.hierarchy.byKey.values()) {
      if (!ctx.hierarchy.isCell(u)) continue;
      const count = full.get(u.key) ?? 0;
      if (count < min) emit({ sheet: units.sheet, cell: cellOf(units, 'code', u.row), params: { count, min }, detail: { unit: u.name, code: u.code } });
    }
  },
};

export const T09: Rule = {
  id: 'T09',
  group: 'T',
  severity: 'warning',
  source: SOURCE_GUIDANCE,
  title: { vi: 'Đảng bộ cơ sở dưới 30 đảng viên', en: 'Grassroots committee under 30 members' },
  messages: {
    default: {
      vi: 'Đảng bộ cơ sở có {count} đảng viên (dưới {min}): chỉ được lập khi cấp ủy cấp trên đồng ý.',
      en: 'The grassroots committee has {count} members (under {min}): allowed only with the superior committee’s approval.',
    },
  },
  detail: UNIT_DETAIL,
  check(ctx, emit) {
    const units = ctx.wb.units;
    // Without the members sheet (S01) there is nothing to count: no finding rather than a count of 0.
    if (!units || !ctx.wb.members) return;
    const min = ctx.model.thresholds.minMembersCommitteeTccs;
    for (const u of ctx.hierarchy.tccsList()) {
      if (kindDef(ctx.model, u.kind)?.tccs !== 'committee') continue;
      const count = subtreeMembers(ctx, u.key);
      if (count < min) emit({ sheet: units.sheet, cell: cellOf(units, 'code', u.row), params: { count, min }, detail: { unit: u.name, code: u.code } });
    }
  },
};

export const T10: Rule = {
  id: 'T10',
  group: 'T',
  severity: 'info',
  source: SOURCE_GUIDANCE,
  title: { vi: 'Chi bộ cơ sở từ 30 đảng viên', en: 'Grassroots cell with 30 members or more' },
  messages: {
    default: {
      vi: 'Chi bộ cơ sở có {count} đảng viên: có thể xem xét nâng lên đảng bộ cơ sở.',
      en: 'The grassroots cell has {count} members: it may be raised to a grassroots committee.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    // Without the members sheet (S01) there is nothing to count: no finding rather than a count of 0.
    if (!units || !ctx.wb.members) return;
    const at = ctx.model.thresholds.raiseCellTccsAt;
    for (const u of ctx.hierarchy.tccsList()) {
      if (kindDef(ctx.model, u.kind)?.tccs !== 'cell') continue;
      const count = subtreeMembers(ctx, u.key);
      if (count >= at) emit({ sheet: units.sheet, cell: cellOf(units, 'code', u.row), params: { count } });
    }
  },
};

export const T11: Rule = {
  id: 'T11',
  group: 'T',
  severity: 'info',
  source: SOURCE_REGULATION,
  title: { vi: 'Chi bộ trực thuộc đảng ủy cấp trên cơ sở, đọc là chi bộ cơ sở', en: 'Cell directly under a superior committee, read as a grassroots cell' },
  messages: {
    default: {
      vi: '"{written}" trực thuộc thẳng "{parentKind}" nên được tính là "{kind}" (tổ chức cơ sở đảng). Có thể ghi "{kind}" ở cột Loại cho rõ.',
      en: '"{written}" stands directly under a "{parentKind}", so it counts as a "{kind}" (a grassroots organisation). Writing "{kind}" in the Kind column makes it plain.',
    },
  },
  check(ctx, emit) {
    const units = ctx.wb.units;
    if (!units) return;
    for (const u of units.records) {
      if (u.readFrom === undefined || u.kind === null) continue;
      const parent = ctx.hierarchy.parentOf(u);
      emit({
        sheet: units.sheet,
        cell: cellOf(units, 'kind', u.row),
        params: { written: u.readFrom, kind: u.kind, parentKind: parent?.kind ?? '' },
        suggestion: u.kind,
      });
    }
  },
};

export const UNIT_RULES = [T01, T02, T03, T04, T05, T06, T07, T08, T09, T10, T11];
