/** S: the shape of the workbook — sheets, header rows, columns, error values. */
import { a1 } from '../grid';
import { problemCell } from './address';
import { SOURCE_FORMAT, type Rule } from './types';

export const S01: Rule = {
  id: 'S01',
  group: 'S',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Thiếu sheet bắt buộc', en: 'Required sheet missing' },
  messages: {
    default: {
      vi: 'Không tìm thấy sheet {sheet}. Đã tìm các tên: {aliases}. Hãy thêm sheet hoặc đổi tên sheet cho đúng.',
      en: 'Sheet {sheet} not found. Looked for: {aliases}. Add the sheet or rename it.',
    },
  },
  check(ctx, emit) {
    for (const m of ctx.wb.lookup.missing) {
      if (m.reason !== 'noSheet') continue;
      if (ctx.planOnly && m.def.id === 'members') continue;
      emit({ sheet: m.def.name, cell: '', params: { sheet: m.def.name, aliases: [m.def.name, ...m.def.aliases].join(', ') } });
    }
  },
};

export const S02: Rule = {
  id: 'S02',
  group: 'S',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Thiếu cột bắt buộc', en: 'Required column missing' },
  messages: {
    default: {
      vi: 'Thiếu cột "{column}" ở hàng tiêu đề {row}. Hãy thêm cột này (hoặc một tên tương đương: {aliases}).',
      en: 'Column "{column}" is missing from header row {row}. Add it (or an equivalent name: {aliases}).',
    },
    noHeader: {
      vi: 'Không tìm thấy hàng tiêu đề trong {rows} hàng đầu. Hãy đặt tiêu đề cột ({columns}) lên một hàng ở đầu bảng.',
      en: 'No header row found in the first {rows} rows. Put the column headers ({columns}) in one row at the top.',
    },
  },
  check(ctx, emit) {
    for (const m of ctx.wb.lookup.missing) {
      if (m.reason !== 'noHeader') continue;
      const columns = m.def.columns.filter((c) => c.required).map((c) => c.name).join(', ');
      // The sheet's first cell: A1 unless its values start further in (a used range).
      emit({ sheet: m.sheet!, cell: a1(m.origin?.row ?? 0, m.origin?.col ?? 0), variant: 'noHeader', params: { rows: 10, columns } });
    }
    for (const s of ctx.wb.lookup.found.values()) {
      for (const c of s.missing) {
        const col = s.grid.origin?.col ?? 0;
        emit({
          sheet: s.grid.name,
          cell: a1(s.headerRow, col),
          params: { column: c.name, row: s.headerRow + 1, aliases: c.aliases.join(', ') },
        });
      }
    }
  },
};

export const S03: Rule = {
  id: 'S03',
  group: 'S',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Cột bị lặp', en: 'Column appears twice' },
  messages: {
    default: {
      vi: 'Cột "{column}" xuất hiện lần nữa ở đây (đã có ở {first}). Hãy xóa hoặc đổi tên một cột.',
      en: 'Column "{column}" appears again here (already at {first}). Remove or rename one of them.',
    },
  },
  check(ctx, emit) {
    for (const s of ctx.wb.lookup.found.values()) {
      for (const d of s.duplicates) {
        for (const col of d.cols.slice(1)) {
          emit({ sheet: s.grid.name, cell: a1(s.headerRow, col), params: { column: d.column.name, first: a1(s.headerRow, d.cols[0]) } });
        }
      }
    }
  },
};

export const S04: Rule = {
  id: 'S04',
  group: 'S',
  severity: 'info',
  source: SOURCE_FORMAT,
  title: { vi: 'Cột không thuộc mẫu, bỏ qua', en: 'Unknown column, ignored' },
  messages: {
    default: {
      vi: 'Cột "{header}" không thuộc mẫu chuẩn nên được bỏ qua.',
      en: 'Column "{header}" is not part of the standard sheet and is ignored.',
    },
  },
  check(ctx, emit) {
    for (const s of ctx.wb.lookup.found.values()) {
      for (const u of s.unknown) emit({ sheet: s.grid.name, cell: a1(s.headerRow, u.col), params: { header: u.header } });
    }
  },
};

export const S05: Rule = {
  id: 'S05',
  group: 'S',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Ô chứa giá trị lỗi của Excel', en: 'Cell holds an Excel error' },
  messages: {
    default: {
      vi: 'Ô chứa lỗi {error} (cột "{header}"). Hãy sửa công thức hoặc nhập giá trị.',
      en: 'The cell holds the error {error} (column "{header}"). Fix the formula or type the value.',
    },
  },
  check(ctx, emit) {
    for (const p of ctx.wb.problems) {
      if (p.kind === 'error') emit({ sheet: p.sheet, cell: problemCell(p), params: { error: p.detail ?? '#', header: p.header } });
    }
  },
};

export const STRUCTURE_RULES = [S01, S02, S03, S04, S05];
