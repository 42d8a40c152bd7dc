/**
 * Which ExcelApi requirement sets this Excel has, checked once at start, and what the user is
 * told about what is missing: one line each, never a failure halfway through a write.
 *
 * `isSetSupported` answers for Excel, not for the Office.js that the pane loaded: the copy shipped
 * with the add-in (the fallback when Microsoft's CDN cannot be reached) is older than many
 * Excels, and lacks members Excel has. Every API newer than that copy is therefore used only when
 * Excel supports its set AND the loaded library has the member.
 */
import type { HostCapabilities } from '../workbook';
import type { HasMemberFn, IsSetSupportedFn } from './office';

export interface ApiLevels {
  /** 1.7: getRangeByIndexes, freeze panes, hyperlinks, series axes; the host's floor. */
  base: boolean;
  /** 1.8: PivotTables, `Excel.createWorkbook`, data validation. */
  v18: boolean;
  /** 1.9: suspending screen updating, page layout, fill patterns. */
  v19: boolean;
  /** 1.10: comments. */
  v110: boolean;
  /** 1.12: worksheet custom properties. */
  v112: boolean;
  /** 1.18: notes. */
  v118: boolean;
  /** Notes can be written: 1.18, and `Worksheet.notes` in the loaded Office.js. */
  notes: boolean;
}

export function apiLevels(isSetSupported: IsSetSupportedFn, hasMember: HasMemberFn = () => true): ApiLevels {
  const has = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  const member = (type: string, name: string) => {
    try {
      return hasMember(type, name);
    } catch {
      return false;
    }
  };
  const v118 = has('1.18');
  return {
    base: has('1.7'),
    v18: has('1.8'),
    v19: has('1.9'),
    v110: has('1.10'),
    v112: has('1.12'),
    v118,
    notes: v118 && member('Worksheet', 'notes'),
  };
}

export const LIMITS = {
  base: {
    vi: 'Phiên bản Excel này quá cũ để chạy add-in. Hãy dùng Excel 2019, Excel 2021, Microsoft 365 hoặc Excel trên web.',
    en: 'This version of Excel is too old to run the add-in. Use Excel 2019, 2021, Microsoft 365 or Excel on the web.',
  },
  v18: {
    vi: 'Phiên bản Excel này không cho add-in tạo PivotTable: sheet Pivot có bảng số liệu thay cho PivotTable, bảng tổng hợp được tải về thành tệp thay vì mở sổ mới, mẫu nhập không có danh sách chọn. Cập nhật lên Excel 2019 hoặc Microsoft 365 để có đủ.',
    en: 'This version of Excel does not let the add-in make PivotTables: the Pivot sheet holds the cross-tabs as values, the summary tables are downloaded as a file instead of opening a new workbook, and the template has no drop-down lists. Update to Excel 2019 or Microsoft 365 for all of them.',
  },
  marks: {
    vi: 'Phiên bản Excel này không cho add-in thêm ghi chú: đánh dấu chỉ tô màu ô. Cập nhật Excel để có ghi chú.',
    en: 'This version of Excel does not let the add-in add notes: Mark findings only fills the cells. Update Excel to get the notes.',
  },
  notesLibrary: {
    vi: 'Không tải được Office.js mới từ Microsoft (đang dùng bản kèm theo add-in): đánh dấu ghi lời nhắn bằng bình luận (comment) thay cho ghi chú (note).',
    en: 'The current Office.js could not be loaded from Microsoft (the copy shipped with the add-in is in use): Mark findings writes comments instead of notes.',
  },
};

export function capabilitiesOf(levels: ApiLevels, canCreateWorkbook: boolean): HostCapabilities {
  const limits: HostCapabilities['limits'] = [];
  if (!levels.base) limits.push(LIMITS.base);
  else if (!levels.v18) limits.push(LIMITS.v18);
  const marks = levels.notes || levels.v110;
  if (levels.base && !marks) limits.push(LIMITS.marks);
  else if (levels.v118 && !levels.notes) limits.push(LIMITS.notesLibrary);
  return {
    pivots: levels.base && levels.v18,
    openNewWorkbook: levels.base && levels.v18 && canCreateWorkbook,
    marks,
    limits,
  };
}

export class ExcelTooOldError extends Error {
  constructor() {
    super(`${LIMITS.base.vi} / ${LIMITS.base.en}`);
    this.name = 'ExcelTooOldError';
  }
}
