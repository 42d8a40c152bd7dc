/** Unit rows and the sheet layout shared by the sample and the scaled workbook. */
import type { CellValue } from '../core/grid';
import type { Setting } from './profiles';

export const UNIT_HEADER = ['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'] as const;
export const TARGET_HEADER = ['Mã', 'Năm', 'Chỉ tiêu kết nạp'] as const;
export const CLASS_HEADER = ['Tên lớp', 'Loại lớp', 'Ngày khai giảng', 'Số học viên'] as const;

export const KIND = {
  root: 'Đảng bộ huyện',
  committee: 'Đảng bộ cơ sở',
  baseCell: 'Chi bộ cơ sở',
  subCommittee: 'Đảng bộ bộ phận',
  cell: 'Chi bộ',
} as const;

export type UnitRow = [code: string, name: string, kind: string, parent: string | null, setting: Setting | null];

/**
 * A title row and an empty row above the header, as district sheets have them. Rows are padded
 * to the header's width with nulls, as a host's used range would be.
 */
export function titled(title: string, header: readonly string[], rows: CellValue[][]): CellValue[][] {
  const blank = (): CellValue[] => header.map(() => null);
  const top = blank();
  top[0] = title;
  return [top, blank(), [...header], ...rows];
}

/** Two-digit suffix for child codes: `X11` → `X11-01`. */
export const childCode = (parent: string, i: number): string => `${parent}-${String(i + 1).padStart(2, '0')}`;
