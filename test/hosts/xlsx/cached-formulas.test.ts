// Every formula in a file we write carries its cached result, 0, FALSE and text included: a viewer
// that does not recalculate (a phone, a preview, a script with openpyxl's data_only) shows it. The
// file is read back by our reader, which shares no code with ExcelJS, the writer; and, where
// Debian's python3-openpyxl is installed, by openpyxl with data_only=True.
import { execFileSync } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { analyze, exportLayouts } from '../../../src/core/analyze';
import { parseA1 } from '../../../src/core/grid';
import { writeXlsx } from '../../../src/hosts/xlsx/write/workbook';
import { openpyxlAvailable, PYTHON } from './openpyxl';
import { readXlsx } from '../../../src/hosts/xlsx/xlsx-reader';
import { generateSample } from '../../../src/sample';


describe('the summary workbook we write', () => {
  const layouts = exportLayouts(analyze(generateSample(), { today: '2018-01-09' }));
  const expected: { sheet: string; cell: string; value: unknown }[] = [];
  for (const l of layouts) {
    for (const f of l.formulas) {
      const at = parseA1(f.cell)!;
      expected.push({ sheet: l.name, cell: f.cell, value: l.rows[at.row][at.col] });
    }
  }

  it('has formulas whose results are 0 and text (the case that went blank)', () => {
    expect(expected.some((e) => e.value === 0)).toBe(true);
    expect(expected.some((e) => typeof e.value === 'string')).toBe(true);
  });

  it('carries every formula’s cached result, read back by our reader', async () => {
    const grids = await readXlsx(writeXlsx(layouts));
    const got = expected.map((e) => {
      const at = parseA1(e.cell)!;
      return { ...e, value: grids.find((g) => g.name === e.sheet)!.values[at.row]?.[at.col] };
    });
    expect(got).toEqual(expected);
  }, 30_000);

  it('carries them for openpyxl with data_only=True too (skipped, said why, only outside CI)', async () => {
    if (!openpyxlAvailable()) return;
    const dir = mkdtempSync(join(tmpdir(), 'dangvien-cached-'));
    const file = join(dir, 'TongHop.xlsx');
    writeFileSync(file, writeXlsx(layouts));
    const script = 'import json,sys,openpyxl\nwb=openpyxl.load_workbook(sys.argv[1],data_only=True)\nq=json.load(sys.stdin)\nprint(json.dumps([wb[e["sheet"]][e["cell"]].value for e in q]))';
    const out = execFileSync(PYTHON, ['-c', script, file], { input: JSON.stringify(expected), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected.map((e) => e.value));
  }, 30_000);
});
