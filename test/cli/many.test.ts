/** The command line on several workbooks: a province's folder, files named one by one, the samples of today's structure. */
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../src/cli/main';
import { parseArgs } from '../../src/cli/args';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-many-'));
const folder = join(dir, 'tinh');
const TODAY = ['--today', '2026-12-01'];

// Eight workbooks written and read per test, on a shared machine: generous ceilings.
jest.setTimeout(120_000);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  expect((await run('sample', '--province', folder)).code).toBe(0);
});

describe('dangvien sample --commune | --province', () => {
  it('writes one commune’s 2026 workbook that checks with no error', async () => {
    const file = join(dir, 'xa.xlsx');
    expect((await run('sample', '--commune', '--out', file)).code).toBe(0);
    const r = await run('check', file, '--json', ...TODAY);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).counts).toMatchObject({ error: 0, warning: 0 });
    const rep = JSON.parse((await run('report', file, '--json', ...TODAY)).out);
    expect(rep.year).toBe(2026);
    expect(rep.district.code).toBe('X05');
    expect(rep.groups).toEqual([]);
  });

  it('writes a province folder: the plan and seven workbooks', () => {
    expect(readdirSync(folder).sort()).toEqual([
      'CAT-CongAnTinh-2026.xlsx', 'P01-TanLap-2026.xlsx', 'TU-KeHoach-2026.xlsx', 'X01-MDrak-2026.xlsx',
      'X02-CuMTa-2026.xlsx', 'X03-KrongA-2026.xlsx', 'X04-CuPrao-2026.xlsx', 'X05-EaRieng-2026.xlsx',
    ]);
  });

  it('refuses --commune outside sample, and both at once', () => {
    expect(() => parseArgs(['check', 'a.xlsx', '--commune'])).toThrow(/only with `sample`/);
    expect(() => parseArgs(['sample', '--commune', '--province', 'd'])).toThrow(/--commune/);
  });
});

describe('dangvien check|report FOLDER', () => {
  it('checks every workbook in it with no error; with several files each issue names its file', async () => {
    const r = await run('check', folder, '--json', ...TODAY);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.counts.error).toBe(0);
    expect(json.issues.length).toBeGreaterThan(0);
    for (const i of json.issues) expect(Object.keys(i)).toEqual(['rule', 'severity', 'file', 'sheet', 'cell', 'message', 'suggestion', 'variant', 'params']);
    expect(r.err).toContain('(8/8)');
  });

  it('reports province → communes → TCCS that add up, each unit with its group and file', async () => {
    const r = await run('report', folder, '--json', ...TODAY);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.district.code).toBe('TU');
    expect(j.groups).toHaveLength(7);
    for (const g of j.groups) {
      expect(Object.keys(g)).toEqual(['code', 'name', 'kind', 'file', 'target', 'admitted', 'attainment', 'members', 'tccs']);
      const units = j.units.filter((u: { group: string }) => u.group === g.code);
      expect(units).toHaveLength(g.tccs);
      expect(units.reduce((s: number, u: { admitted: number }) => s + u.admitted, 0)).toBe(g.admitted);
      expect(units.every((u: { file: string }) => u.file === g.file)).toBe(true);
    }
    const sum = (k: string) => j.groups.reduce((s: number, g: Record<string, number>) => s + g[k], 0);
    expect([j.district.admitted, j.district.members, j.district.tccs]).toEqual([sum('admitted'), sum('members'), sum('tccs')]);
  });

  it('takes files named one by one, and writes the summary workbook', async () => {
    const files = readdirSync(folder).filter((f) => f.startsWith('X0')).map((f) => join(folder, f));
    const out = join(dir, 'tonghop.xlsx');
    const r = await run('report', ...files, '--json', '--out', out, ...TODAY);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.district.code).toBe('');
    expect(j.groups.map((g: { code: string }) => g.code)).toEqual(['X01', 'X02', 'X03', 'X04', 'X05']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(['TH Kết nạp 2026', 'TH Tổ chức 2026', 'Pivot 2026', 'Kiểm tra 2026']);
    // The pivot's cross-tab counts every commune's members (its grand total is the members at the report date).
    const pivot = wb.getWorksheet('Pivot 2026')!;
    const totals: number[] = [];
    pivot.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng cộng') totals.push(Number(row.getCell(row.cellCount).value));
    });
    expect(totals[0]).toBe(j.district.members);
    // The communes' table: one row per commune, its counts live SUMIFs over the TCCS rows.
    const th = wb.getWorksheet('TH Kết nạp 2026')!;
    const sumifs: string[] = [];
    th.eachRow((row) => row.eachCell((c) => {
      const f = (c.value as { formula?: string } | null)?.formula;
      if (f?.startsWith('SUMIF(')) sumifs.push(f);
    }));
    expect(sumifs.length).toBe(5 * 9); // admitted, five breakdowns, members, full, probationary
  });

  it('fills the statistical forms of the whole folder: "forms" in the JSON, the Biểu sheets with --forms', async () => {
    const out = join(dir, 'bieu-tinh.xlsx');
    const r = await run('report', folder, '--json', '--forms', out, ...TODAY);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    // The province's forms count every commune's members: its new members are the admitted of the figures.
    expect(j.forms.newMembers.total).toBe(j.district.admitted);
    expect(j.forms.members.total).toBe(j.district.members);
    const c = j.forms.changes;
    expect(c.start + c.admitted + (c.transferredIn ?? 0) + c.restored - c.died - c.expelled - c.removed - c.resigned - c.transferredOut).toBe(c.end);
    // The sample's communes lack Đoàn viên: the province's figure is unknown, not 0.
    expect(j.forms.newMembers.youthUnion).toBeNull();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Biểu 1 2026', 'Biểu 2 2026', 'Biểu 2b 2026', 'Biểu 3 2026', 'Biểu 4 2026', 'Biểu 5 2026']);
  });

  it('says which file cannot be read, and a folder with no workbook', async () => {
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, 'not a zip');
    const r = await run('check', join(folder, 'X01-MDrak-2026.xlsx'), bad, ...TODAY);
    expect(r.code).toBe(2);
    expect(r.err).toContain('hong.xlsx');
    const empty = join(dir, 'rong');
    mkdirSync(empty);
    const e = await run('check', empty);
    expect(e.code).toBe(2);
    expect(e.err).toContain('no workbook (.xlsx, .xlsm, .ods, .xls) in the folder');
  });

  it('reads the .ods and .xls workbooks of a folder with its .xlsx, and leaves out lock files', async () => {
    const mixed = join(dir, 'hon-hop');
    mkdirSync(mixed);
    const fixtures = join(__dirname, '..', 'fixtures', 'formats');
    copyFileSync(join(fixtures, 'members-300.xlsx'), join(mixed, 'A.xlsx'));
    copyFileSync(join(fixtures, 'members-300.ods'), join(mixed, 'B.ods'));
    copyFileSync(join(fixtures, 'members-300-1904.xls'), join(mixed, 'C.xls'));
    writeFileSync(join(mixed, '~$A.xlsx'), 'lock');
    writeFileSync(join(mixed, '.~lock.B.ods#'), 'lock');
    const r = await run('check', mixed, ...TODAY);
    expect(r.err).toContain('(1/3) ');
    expect(r.err).toContain('(3/3) ');
    for (const f of ['A.xlsx', 'B.ods', 'C.xls']) expect(r.err).toContain(f);
    expect(r.err).not.toContain('~$A.xlsx');
  });
});
