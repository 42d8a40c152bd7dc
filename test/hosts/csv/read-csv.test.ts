// CSV files as staff export them (Excel's "CSV UTF-8", "CSV" in a locale using `;`, "Unicode
// text"): a sheet each, several together one workbook, with the findings and figures of the .xlsx.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../../src/cli/main';
import { parseCsv, readCsv } from '../../../src/hosts/csv/read-csv';
import { readSpreadsheets } from '../../../src/hosts/read-file';
import { gridsToBuffer } from '../../../src/hosts/xlsx/write-grids';
import type { CellValue, SheetGrid } from '../../../src/core/grid';
import { generateSample } from '../../../src/sample';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-csv-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const field = (v: CellValue, sep: string): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  const s = String(v);
  return s.includes(sep) || /["\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csvText = (g: SheetGrid, sep: string) => g.values.map((r) => r.map((v) => field(v, sep)).join(sep)).join('\r\n');

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

describe('CSV files', () => {
  it('parse quoted fields with separators, doubled quotes and line breaks; codes with leading zeros stay text', () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n"line\nbreak";01;42\n')).toEqual([
      ['a', 'b;c', 'say "hi"'],
      ['line\nbreak', '01', 42],
    ]);
    expect(parseCsv('a\tb\n1\t\t3')).toEqual([['a', 'b'], [1, null, 3]]);
  });

  it('reads UTF-16 "Unicode text" and names a sheet by its header row when the file name says nothing', () => {
    const members = generateSample().find((g) => g.name === 'DangVien')!;
    const g = readCsv(utf16le(csvText(members, '\t')), 'danh sach dang vien 2017.txt');
    expect(g.name).toBe('DangVien');
    const last = members.values[members.values.length - 1];
    const name = last.find((v) => typeof v === 'string' && /\s/.test(v));
    expect(name).toBeDefined();
    expect(g.values[g.values.length - 1]).toContain(name);
  });

  it('several CSV files together give the findings and figures of the same workbook as .xlsx, whatever their separator and encoding', async () => {
    const sample = generateSample();
    const xlsx = join(dir, 'MDrak.xlsx');
    writeFileSync(xlsx, await gridsToBuffer(sample));
    const files = sample.map((g, i) => {
      const path = join(dir, `${g.name}.csv`);
      const sep = [',', ';', '\t', ','][i % 4];
      writeFileSync(path, i === 2 ? utf16le(csvText(g, sep)) : Buffer.from('\ufeff' + csvText(g, sep)));
      return path;
    });
    const fromXlsx = await run('report', xlsx, '--json', '--today', '2018-01-09');
    const fromCsv = await run('report', ...files, '--json', '--today', '2018-01-09');
    expect(fromCsv.code).toBe(fromXlsx.code);
    const a = JSON.parse(fromXlsx.out);
    const b = JSON.parse(fromCsv.out);
    expect(b.figures).toEqual(a.figures);
    expect(b.issues).toEqual(a.issues);
  }, 60_000);

  it('refuse a workbook given with other files, with one line', async () => {
    const xlsx = { name: 'a.xlsx', bytes: await gridsToBuffer(generateSample()) };
    await expect(readSpreadsheets([xlsx, { name: 'b.csv', bytes: Buffer.from('a,b') }])).rejects.toThrow(/several files are read together only when all are CSV/);
  });
});
