// The command line's streaming read must return every Vietnamese letter as written. ExcelJS's
// streaming reader decoded each chunk of inflated XML on its own, so a letter whose UTF-8 bytes
// were split between two chunks came out as "��" (`H�� Văn Toàn`): a wrong name, a value
// "outside its list", a missed duplicate. Our reader must not: it decodes text only once a tag is whole.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { SheetGrid } from '../../../src/core/grid';
import { readXlsxBytes, readXlsxStream } from '../../../src/hosts/xlsx/read';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';


const dir = mkdtempSync(join(tmpdir(), 'dangvien-letters-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Thành', 'Ngọc', 'Quốc', 'Minh'];
const GIVEN = ['Toàn', 'Hưởng', 'Nguyệt', 'Khuê', 'Thuỷ', 'Dũng', 'Phượng', 'Tuấn', 'Yến', 'Hoà', 'Ước', 'Ỷ Lan'];
const PLACES = ['Cư San', 'Ea Trang', 'Krông Á', 'Cư Króa', 'Ea M’Doal', 'Cơ quan xã Hòa Trang', 'Trạm y tế xã Ea Lai'];

/** Many distinct Vietnamese strings (shared strings) and inline ones, enough for dozens of chunks. */
function lettersGrid(rows: number): SheetGrid {
  const values: SheetGrid['values'] = [['STT', 'Họ và tên', 'Chi bộ', 'Ghi chú']];
  for (let i = 0; i < rows; i++) {
    const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[(i * 7) % MIDDLE.length]} ${GIVEN[(i * 13) % GIVEN.length]} ${i}`;
    values.push([i + 1, name, `Chi bộ ${PLACES[i % PLACES.length]} ${i % 97}`, `Đảng viên dự bị — ghi chú số ${i}: ước lượng`]);
  }
  return { name: 'DangVien', values };
}

describe('the streaming read of Vietnamese text', () => {
  const source = lettersGrid(30_000);
  let file: string;
  beforeAll(async () => {
    file = join(dir, 'letters.xlsx');
    writeFileSync(file, await gridsToBuffer([source]));
  });

  it('gives back every string exactly, from a file and from bytes', async () => {
    for (const grids of [await readXlsxStream(file), await readXlsxBytes(new Uint8Array(await gridsToBuffer([source])))]) {
      const read = grids.find((g) => g.name === 'DangVien')!.values;
      const wrong: string[] = [];
      source.values.forEach((row, r) => {
        row.forEach((v, c) => {
          if (read[r]?.[c] !== v && wrong.length < 5) wrong.push(`${String.fromCharCode(65 + c)}${r + 1}: ${JSON.stringify(read[r]?.[c])} ≠ ${JSON.stringify(v)}`);
        });
      });
      expect(wrong).toEqual([]);
      expect(read.flat().some((v) => typeof v === 'string' && v.includes('\uFFFD'))).toBe(false);
    }
  });
});
