/**
 * The same membership workbook saved by LibreOffice as .ods and .xls (Excel 97–2003), in the 1900
 * and the 1904 date system: every file must give the grids of the .xlsx it was saved from (values,
 * dates as days), and `check`/`report` the same findings and figures.
 * Fixtures: test/fixtures/formats/ (how they were made: make.sh there).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../../src/cli/main';
import { readSpreadsheet } from '../../../src/hosts/read-file';
import { plainGrid } from '../xlsx/grid-days';

const FIX = join(__dirname, '../../fixtures/formats');
const read = (name: string) => readSpreadsheet({ name, bytes: readFileSync(join(FIX, name)) });

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each(['members-300', 'members-300-1904'])('%s saved as .ods and .xls', (base) => {
  it.each(['ods', 'xls'])('.%s gives the grids of the .xlsx', async (ext) => {
    const original = await read(`${base}.xlsx`);
    const other = await read(`${base}.${ext}`);
    expect(other.map((g) => g.name)).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
    expect(other.map((g) => g.name)).toEqual(original.map((g) => g.name));
    expect(other.map((g) => !!g.date1904)).toEqual(original.map(() => base.endsWith('1904')));
    expect(plainGrid(other[1])).toHaveLength(301);
    for (let i = 0; i < original.length; i++) expect(plainGrid(other[i])).toEqual(plainGrid(original[i]));
  });

  it.each(['ods', 'xls'])('.%s gives the findings and figures of the .xlsx (check, report)', async (ext) => {
    for (const command of ['check', 'report']) {
      const a = await cli(command, join(FIX, `${base}.xlsx`), '--today', '2018-01-09', '--json');
      const b = await cli(command, join(FIX, `${base}.${ext}`), '--today', '2018-01-09', '--json');
      expect(b.code).toBe(a.code);
      expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
    }
    const report = JSON.parse((await cli('report', join(FIX, `${base}.${ext}`), '--today', '2018-01-09', '--json')).out);
    // The figures a user checks: 293 members, 18 admitted against 16.
    expect(report.district).toMatchObject({ members: 293, admitted: 18, target: 16 });
  });
});
