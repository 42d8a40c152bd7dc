/**
 * F: findings across several workbooks read together (a province's plan and its communes' books).
 * Declared as the other rules are, with messages in both languages; run by the merge, which knows
 * every file. Messages name files and cells, never a member's name or id.
 */
import type { Finding, FindingParams, Severity, Text } from '../findings';
import { SOURCE_FORMAT, SOURCE_PLAN, SOURCE_REGULATION } from './types';

export interface FileRule {
  id: string;
  group: 'F';
  severity: Severity;
  source: string;
  title: Text;
  messages: Record<string, Text> & { default: Text };
}

export const F01: FileRule = {
  id: 'F01',
  group: 'F',
  severity: 'error',
  source: SOURCE_FORMAT,
  title: { vi: 'Hai sổ cùng mã đảng bộ', en: 'Two workbooks with the same root code' },
  messages: {
    default: {
      vi: 'Sổ {file} và sổ {other} cùng có đảng bộ mã "{code}" ở cấp trên cùng: một đơn vị được nạp hai lần. Hãy bỏ một sổ hoặc sửa mã.',
      en: 'Workbooks {file} and {other} both have "{code}" as their top unit: one unit read twice. Leave one out or fix the code.',
    },
    provinces: {
      vi: 'Sổ {file} là của "{name}", sổ {other} của "{otherName}": mỗi lần tổng hợp chỉ một tỉnh. Hãy bỏ một sổ.',
      en: 'Workbook {file} is "{name}"’s and {other} is "{otherName}"’s: one province at a time. Leave one out.',
    },
  },
};

export const F02: FileRule = {
  id: 'F02',
  group: 'F',
  severity: 'warning',
  source: SOURCE_REGULATION,
  title: { vi: 'Đảng viên sinh hoạt ở hai sổ', en: 'Member active in two workbooks' },
  messages: {
    default: {
      vi: 'Đảng viên này ({column} như ô {otherCell} của sổ {other}) đang sinh hoạt ở cả hai sổ: việc chuyển sinh hoạt mới ghi ở một bên. Hãy ghi "Chuyển đi" và ngày ở sổ nơi đi.',
      en: 'This member (same {column} as cell {otherCell} of workbook {other}) is active in both workbooks: the transfer is recorded on one side only. Mark "Chuyển đi" with its date in the workbook they left.',
    },
  },
};

export const F03: FileRule = {
  id: 'F03',
  group: 'F',
  severity: 'info',
  source: SOURCE_PLAN,
  title: { vi: 'Chỉ tiêu của đảng bộ khác với kế hoạch của tỉnh', en: 'Own target differs from the province’s plan' },
  messages: {
    default: {
      vi: 'Kế hoạch của tỉnh giao cho "{name}" {target} đảng viên năm {year}; sổ {other} tự ghi {own}. Báo cáo của tỉnh tính theo kế hoạch của tỉnh ({target}).',
      en: 'The province’s plan gives "{name}" {target} for {year}; workbook {other} writes {own} for itself. The province’s report counts the province’s plan ({target}).',
    },
  },
};

export const F04: FileRule = {
  id: 'F04',
  group: 'F',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Thiếu sổ của một đảng bộ trong kế hoạch của tỉnh', en: 'No workbook for a unit of the province’s plan' },
  messages: {
    default: {
      vi: 'Không có sổ nào của "{name}" (mã {code}) trong các sổ đã chọn: số liệu của đơn vị này là 0 trong tổng hợp. Hãy thêm sổ của đơn vị.',
      en: 'None of the workbooks is "{name}"’s (code {code}): its figures are 0 in the total. Add its workbook.',
    },
  },
};

export const F05: FileRule = {
  id: 'F05',
  group: 'F',
  severity: 'warning',
  source: SOURCE_FORMAT,
  title: { vi: 'Sổ của đơn vị không có trong danh sách của tỉnh', en: 'Workbook of a unit not in the province’s list' },
  messages: {
    default: {
      vi: 'Đảng bộ "{name}" (mã {code}) của sổ này không có trong sheet ToChuc của sổ {other}: vẫn được cộng vào tổng, nhưng không có chỉ tiêu của tỉnh. Hãy kiểm tra mã.',
      en: 'Unit "{name}" (code {code}) of this workbook is not on sheet ToChuc of {other}: it is added to the total, without a target from the province. Check the code.',
    },
  },
};

export const FILE_RULES: readonly FileRule[] = [F01, F02, F03, F04, F05];
export const FILE_RULES_BY_ID: ReadonlyMap<string, FileRule> = new Map(FILE_RULES.map((r) => [r.id, r]));

/** A finding of a file rule (as data, rendered where shown), at `file`'s sheet and cell. */
export function fileFinding(rule: FileRule, at: { file: string; sheet: string; cell: string }, params: FindingParams, variant = 'default'): Finding {
  return { rule: rule.id, variant, severity: rule.severity, sheet: at.sheet, cell: at.cell, params, file: at.file };
}
