/** `report --json` carries the statistical forms; `report --forms FILE` writes their sheets as their own workbook. */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../src/cli/main';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { validBook } from '../core/fixture';
import { bookWithChanges } from '../core/forms/books';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-forms-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main([...argv, '--today', '2026-11-25'], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function file(name: string, book = validBook()): Promise<string> {
  const f = join(dir, name);
  writeFileSync(f, await gridsToBuffer(book.grids));
  return f;
}

describe('report and the statistical forms', () => {
  it('gives "forms" in the JSON, null where the workbook lacks the column', async () => {
    const r = await run('report', await file('plain.xlsx'), '--json');
    expect(r.code).toBe(0);
    const { forms } = JSON.parse(r.out);
    expect(Object.keys(forms)).toEqual(['newMembers', 'changes', 'members']);
    expect(forms.newMembers).toMatchObject({ total: 5, youthUnion: null, readmitted: null });
    expect(Object.keys(forms.newMembers.ages)).toEqual(['18-30', '31-35', '36-40', '41-45', '46-50', '51-55', '56-60', 'over60']);
    expect(forms.changes.transferredIn).toBeNull();
    expect(forms.members.total).toBe(60);
  });

  it('fills the optional figures when the columns are there', async () => {
    const r = await run('report', await file('full.xlsx', bookWithChanges()), '--json');
    const { forms } = JSON.parse(r.out);
    expect(forms.changes).toMatchObject({ transferredIn: 1, restored: 1, died: 1, removed: 1, transferredOut: 1 });
    expect(forms.newMembers.youthUnion).toBe(1);
  }, 30_000);

  it('writes the forms as their own workbook with --forms', async () => {
    const out = join(dir, 'BieuMau-2017.xlsx');
    const r = await run('report', await file('forms.xlsx'), '--forms', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain(out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 1 2017', 'Biểu 2 2017', 'Biểu 2b 2017', 'Biểu 3 2017', 'Biểu 4 2017', 'Biểu 5 2017']);
    const b2 = wb.getWorksheet('Biểu 2 2017')!;
    let youth: ExcelJS.Row | undefined;
    b2.eachRow((row) => {
      if (String(row.getCell(2).value ?? '').trim() === 'Đoàn viên thanh niên') youth = row;
    });
    expect(youth!.getCell(3).value).toBeNull();
    expect(youth!.getCell(6).value).toBe('Sổ thiếu cột: Đoàn viên');
  }, 30_000);

  it('--period half fills the forms for 01/01–30/06; --training-valid-months turns the certificate check on', async () => {
    const f = await file('ky.xlsx');
    const year = JSON.parse((await run('report', f, '--json')).out).forms;
    const half = JSON.parse((await run('report', f, '--json', '--period', '6-thang')).out).forms;
    // The fixture admits one member after 30/06/2017 (18/11/2017).
    expect(year.newMembers.total - half.newMembers.total).toBe(1);
    expect((await run('report', f, '--period', 'quy')).code).toBe(2);
    // Row 13 (admitted 20/05/2017) with a class 18 months before.
    const old = await file('gcn-cu.xlsx', validBook().set('DangVien', 'Ngày bồi dưỡng', 13, '10/11/2015'));
    const plain = JSON.parse((await run('check', old, '--json')).out).issues.filter((i: { rule: string }) => i.rule === 'M11');
    const set = JSON.parse((await run('check', old, '--json', '--training-valid-months', '12')).out).issues.filter((i: { rule: string; variant: string }) => i.rule === 'M11' && i.variant === 'expired');
    expect(plain).toEqual([]);
    expect(set.map((i: { cell: string }) => i.cell)).toEqual(['K13']);
  });
});
