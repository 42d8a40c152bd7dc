// The workbooks the browser tests open: the bundled sample, and one with faults planted at known cells.
import { mkdirSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SheetGrid } from '../../../src/core/grid';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';
import { generateSample } from '../../../src/sample';

export const DIR = join(tmpdir(), 'dangvien-e2e');

export async function writeBook(name: string, grids: SheetGrid[]): Promise<string> {
  mkdirSync(DIR, { recursive: true });
  const path = join(DIR, name);
  writeFileSync(path, await gridsToBuffer(grids));
  return path;
}

export function sampleGrids(): SheetGrid[] {
  return generateSample();
}

export interface Planted {
  rule: string;
  sheet: string;
  cell: string;
}

/**
 * The sample with faults planted in DangVien: a TCVN3 name (M14), a gender that is no list value
 * (M04, fix "Nữ"), a cell code that names no unit (M05), an impossible date (M03), a duplicate id (M01).
 */
export function faultyGrids(): { grids: SheetGrid[]; planted: Planted[] } {
  const grids = generateSample();
  const members = grids.find((g) => g.name === 'DangVien')!;
  const header = members.values.findIndex((r) => r.includes('Số lý lịch'));
  const col = (name: string) => members.values[header].indexOf(name);
  const letter = (c: number) => String.fromCharCode(65 + c);
  const planted: Planted[] = [];
  const plant = (rowOffset: number, column: string, value: string, rule: string) => {
    const r = header + rowOffset;
    members.values[r][col(column)] = value;
    planted.push({ rule, sheet: 'DangVien', cell: `${letter(col(column))}${r + 1}` });
  };
  plant(1, 'Họ và tên', 'NguyÔn V¨n An', 'M14');
  plant(2, 'Giới tính', 'Nuw', 'M04');
  plant(3, 'Mã chi bộ', 'KHONG-CO', 'M05');
  plant(4, 'Ngày vào Đảng', '31/02/2017', 'M03');
  const id = members.values[header + 5][col('Số lý lịch')];
  plant(6, 'Số lý lịch', String(id), 'M01');
  return { grids, planted };
}
