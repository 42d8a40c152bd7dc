// The workbook committed under samples/ is what the generator makes (regenerate: npx dangvien sample --out samples/MDrak-2017.xlsx).
import { readFileSync } from 'fs';
import { join } from 'path';
import { readXlsx } from '../../src/hosts/xlsx/xlsx-reader';
import { generateSample } from '../../src/sample';
import { plainGrid } from '../hosts/xlsx/grid-days';

describe('samples/MDrak-2017.xlsx', () => {
  it('holds exactly the generated sample', async () => {
    const committed = await readXlsx(readFileSync(join(__dirname, '../../samples/MDrak-2017.xlsx')));
    const generated = generateSample();
    expect(committed.map((g) => g.name)).toEqual(generated.map((g) => g.name));
    committed.forEach((g, i) => expect(plainGrid(g)).toEqual(plainGrid(generated[i])));
  }, 30_000);
});
