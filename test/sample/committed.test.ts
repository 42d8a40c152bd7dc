// The workbook committed under samples/ is what the generator makes (regenerate: npx dangvien sample --out samples/MDrak-2017.xlsx).
import { readFileSync } from 'fs';
import { join } from 'path';
import { gridsOfWorkbook, loadWorkbook } from '../../src/hosts/xlsx/read';
import { generateSample } from '../../src/sample';

describe('samples/MDrak-2017.xlsx', () => {
  it('holds exactly the generated sample', async () => {
    const wb = await loadWorkbook(readFileSync(join(__dirname, '../../samples/MDrak-2017.xlsx')));
    const committed = gridsOfWorkbook(wb);
    const generated = generateSample();
    expect(committed.map((g) => g.name)).toEqual(generated.map((g) => g.name));
    committed.forEach((g, i) => {
      const want = generated[i].values.map((row) => {
        // Trailing empty cells are not stored in a file.
        const r = [...row];
        while (r.length && (r[r.length - 1] === null || r[r.length - 1] === undefined)) r.pop();
        return r.map((v) => (v === undefined ? null : v));
      });
      const got = g.values.map((row) => row.map((v) => (v === undefined ? null : v)));
      expect(got).toEqual(want);
    });
  });
});
