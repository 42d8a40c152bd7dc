// The browser mode opens what the command line reads: .ods, .xls, one CSV file, several CSV files
// picked together as one workbook. The worker's FileHost reads them with the same readers, so the
// pane shows the findings and figures of the .xlsx they were saved from; saving gives an .xlsx.
import { readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { generateSample } from '../../src/sample';
import { plainGrid } from '../hosts/xlsx/grid-days';
import { browserPane } from './panes';

const FIX = join(__dirname, '../fixtures/formats');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIX, name)));
const buffer = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const field = (v: CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`;
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (g: SheetGrid) => new TextEncoder().encode(g.values.map((r) => r.map(field).join(',')).join('\r\n'));

describe('FileHost opens .ods, .xls and CSV files', () => {
  it.each(['members-300.ods', 'members-300.xls', 'members-300-1904.ods', 'members-300-1904.xls'])('%s: the grids of the .xlsx, edited and saved as .xlsx', async (name) => {
    const xlsx = await FileHost.open(bytesOf(name.replace(/\.\w+$/, '.xlsx')), { fileName: 'a.xlsx' });
    const saved: Uint8Array[] = [];
    const other = await FileHost.open(bytesOf(name), { fileName: name, save: (b) => void saved.push(b) });
    const [a, b] = [await xlsx.readGrids(), await other.readGrids()];
    expect(b.map((g) => g.name)).toEqual(a.map((g) => g.name));
    for (let i = 0; i < a.length; i++) expect(plainGrid(b[i])).toEqual(plainGrid(a[i]));
    // The workbook to edit holds the same dates, saved as an .xlsx ExcelJS reads back.
    await other.save('copy.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer(saved[0]));
    const birth = wb.getWorksheet('DangVien')!.getCell('D7').value;
    expect(birth).toBeInstanceOf(Date);
    expect(plainGrid(b[1])[6][3]).toBe(`${String((birth as Date).getUTCDate()).padStart(2, '0')}/${String((birth as Date).getUTCMonth() + 1).padStart(2, '0')}/${(birth as Date).getUTCFullYear()}`);
  });
});

describe('the pane in browser mode', () => {
  it('opens an .xls and shows the figures of its .xlsx', async () => {
    const { c } = browserPane({ today: '2018-01-09' });
    await c.openFile(buffer(bytesOf('members-300.xls')), 'members-300.xls');
    expect(c.getState().notice?.intent).not.toBe('error');
    expect(c.getState().fileName).toBe('members-300.xls');
    const a = analyze(await (await FileHost.open(bytesOf('members-300.xlsx'), { fileName: 'a.xlsx' })).readGrids(), { today: '2018-01-09' });
    expect(c.getState().result?.figures?.district).toMatchObject({ members: a.figures!.district.members, admitted: a.figures!.district.admitted });
  });

  it('opens several CSV files picked together as one workbook with the figures of the sample (167 admitted)', async () => {
    const { c } = browserPane({ today: '2018-01-09' });
    const sample = generateSample();
    const picked = sample.map((g) => ({ bytes: buffer(csv(g)), fileName: `${g.name}.csv` }));
    await c.openTogether(picked);
    expect(c.getState().notice?.intent).not.toBe('error');
    expect(c.getState().fileName).toBe(sample.map((g) => `${g.name}.csv`).join(', '));
    expect(c.getState().result?.figures?.district).toMatchObject(analyze(sample, { today: '2018-01-09' }).figures!.district);
    expect(c.getState().result?.figures?.district.admitted).toBe(167);
  });

  it('says which files it opens when given one it cannot', async () => {
    const { c } = browserPane({ today: '2018-01-09' });
    await c.openTogether([{ bytes: new ArrayBuffer(4), fileName: 'a.csv' }, { bytes: new ArrayBuffer(4), fileName: 'b.pdf' }]);
    expect(c.getState().notice).toMatchObject({ intent: 'error', text: expect.stringContaining('.ods, .xls') });
  });
});
