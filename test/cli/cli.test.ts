import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main, type Io } from '../../src/cli/main';
import type { SheetGrid } from '../../src/core/grid';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { generateSample } from '../../src/sample';
import { compoundFile } from '../hosts/formats/ole';

const dir = mkdtempSync(join(tmpdir(), 'dangvien-cli-'));
const TODAY = ['--today', '2026-11-25'];

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (s) => out.push(s), err: (s) => err.push(s) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function writeGrids(name: string, grids: SheetGrid[]): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, await gridsToBuffer(grids));
  return file;
}

function edit(grids: SheetGrid[], sheet: string, header: string, row: number, value: unknown): SheetGrid[] {
  const copy = grids.map((g) => ({ ...g, values: g.values.map((r) => [...r]) }));
  const g = copy.find((x) => x.name === sheet)!;
  const h = g.values.findIndex((r) => r.includes(header));
  const col = g.values[h].indexOf(header);
  g.values[h + row][col] = value as never;
  return copy;
}

let sample: string;
beforeAll(async () => {
  const r = await run('sample', '--out', join(dir, 'MDrak-2017.xlsx'));
  expect(r.code).toBe(0);
  sample = join(dir, 'MDrak-2017.xlsx');
});

describe('dangvien check', () => {
  it('passes the bundled sample with no error (exit 0)', async () => {
    const r = await run('check', sample, '--json', ...TODAY);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.counts.error).toBe(0);
    expect(Object.keys(json)).toEqual(['issues', 'counts']);
  });

  it('exits 1 with the finding at its address when the sheet has an error', async () => {
    const file = await writeGrids('bad-date.xlsx', edit(generateSample(), 'DangVien', 'Ngày vào Đảng', 1, '31/02/2017'));
    const r = await run('check', file, '--json', ...TODAY);
    expect(r.code).toBe(1);
    const issue = JSON.parse(r.out).issues.find((i: { rule: string }) => i.rule === 'M03');
    expect(issue).toMatchObject({ rule: 'M03', severity: 'error', sheet: 'DangVien' });
    expect(issue.cell).toMatch(/^I\d+$/);
    expect(Object.keys(issue)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message', 'suggestion', 'variant', 'params']);
    // 31/02 is a day that does not exist: the variant says so, the params name the column.
    expect(issue.variant).toBe('impossible');
    expect(issue.params).toEqual({ header: 'Ngày vào Đảng' });
  });

  it('renders the same finding in English with --lang en, same variant and params', async () => {
    const file = await writeGrids('bad-date-en.xlsx', edit(generateSample(), 'DangVien', 'Ngày vào Đảng', 1, '31/02/2017'));
    const vi = JSON.parse((await run('check', file, '--json', ...TODAY)).out).issues;
    const en = JSON.parse((await run('check', file, '--json', '--lang', 'en', ...TODAY)).out).issues;
    expect(en.map((i: { variant: string; params: unknown }) => [i.variant, i.params])).toEqual(vi.map((i: { variant: string; params: unknown }) => [i.variant, i.params]));
    expect(en[0].message).not.toBe(vi[0].message);
  });

  it('prints findings grouped by rule for people', async () => {
    const file = await writeGrids('bad-gender.xlsx', edit(generateSample(), 'DangVien', 'Giới tính', 3, 'Nữa'));
    const r = await run('check', file, ...TODAY);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/M04 Lỗi — Giá trị ngoài danh sách \(1\)/);
    expect(r.out).toMatch(/DangVien!E\d+: .*"Nữ"/);
  });
});

describe('dangvien report', () => {
  it('gives the article’s figures as JSON', async () => {
    const r = await run('report', sample, '--json', ...TODAY);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.year).toBe(2017);
    expect(j.district).toMatchObject({ target: 150, admitted: 167, members: 3044, tccs: 39, dangBoCoSo: 21, chiBoCoSo: 18, cells: 300 });
    expect(j.district.attainment).toBeCloseTo(167 / 150, 10);
    const cuSan = j.units.find((u: { name: string }) => /Cư San/.test(u.name));
    expect(cuSan).toMatchObject({ target: 8, admitted: 13, members: 125 });
    expect(Object.keys(j.units[0])).toEqual(['code', 'name', 'kind', 'target', 'admitted', 'attainment', 'members', 'group', 'file']);
    // One district workbook: no level between the root and its TCCS, no file to name.
    expect(j.groups).toEqual([]);
    expect([j.units[0].group, j.units[0].file]).toEqual([null, null]);
  });

  it('prints the attainment table with the district total first', async () => {
    const r = await run('report', sample, ...TODAY);
    const lines = r.out.split('\n');
    expect(lines[2]).toMatch(/^Tổng cộng.*150\s+167\s+111%\s+Đạt/);
    expect(r.out).toMatch(/Cư San\s+8\s+13\s+163%\s+Đạt/);
  });

  it('writes the summary workbook: the summary sheets and the statistical forms, live formulas with cached values, no personal data', async () => {
    const out = join(dir, 'TongHop.xlsx');
    const r = await run('report', sample, '--out', out, ...TODAY);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const forms = ['1', '2', '2b', '3', '4', '5'].map((n) => `Biểu ${n} 2017`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['TH Kết nạp 2017', 'TH Tổ chức 2017', 'Pivot 2017', 'Kiểm tra 2017', ...forms, 'Báo cáo 2017']);
    const th = wb.getWorksheet('TH Kết nạp 2017')!;
    let total: ExcelJS.Row | undefined;
    th.eachRow((row) => { if (row.getCell(1).value === 'Tổng cộng') total = row; });
    expect(total!.getCell(5).value).toMatchObject({ formula: expect.stringMatching(/^SUM\(E5:E43\)$/), result: 167 });
    expect((total!.getCell(6).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(167 / 150, 10);
    // No member name or id anywhere in the file.
    const members = generateSample().find((g) => g.name === 'DangVien')!.values.slice(3);
    const text = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    for (const m of members.slice(0, 300)) {
      expect(text).not.toContain(String(m[0]));
      expect(text).not.toContain(String(m[2]));
    }
  });

  it('still writes its sheets when the workbook has errors, says so and exits 1', async () => {
    const file = await writeGrids('bad-unit.xlsx', edit(generateSample(), 'DangVien', 'Mã chi bộ', 1, 'KHONG-CO'));
    const out = join(dir, 'TongHop-bad.xlsx');
    const r = await run('report', file, '--out', out, ...TODAY);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/1 lỗi/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const check = wb.getWorksheet('Kiểm tra 2017')!;
    expect(JSON.stringify(check.getSheetValues())).toContain('M05');
  });

  it('keeps a unit named like a formula as text', async () => {
    const file = await writeGrids('formula-name.xlsx', edit(generateSample(), 'ToChuc', 'Tên tổ chức', 2, '=HYPERLINK("http://x","Chi bộ")'));
    const out = join(dir, 'TongHop-formula.xlsx');
    await run('report', file, '--out', out, ...TODAY);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    wb.worksheets.forEach((w) => w.eachRow((row) => row.eachCell((c) => cells.push(c.value))));
    expect(cells).toContain('=HYPERLINK("http://x","Chi bộ")');
    expect(cells.some((v) => typeof v === 'object' && v !== null && 'formula' in v && /HYPERLINK/.test(String((v as { formula: string }).formula)))).toBe(false);
  });

  it('takes the year most valid plan rows name, says so in one line, and --year still chooses', async () => {
    const grids = generateSample();
    const plan = grids.find((g) => g.name === 'ChiTieu')!;
    // One row for 2018 with a mistyped target (P04) and one valid: 2017 still has the most targets.
    plan.values.push([plan.values[1][0], 2018, 'mười'], [plan.values[2][0], 2018, 3]);
    const file = await writeGrids('two-years.xlsx', grids);
    const r = await run('report', file, '--json', ...TODAY);
    expect(JSON.parse(r.out).year).toBe(2017);
    expect(r.err.split('\n').filter((l) => /^Năm 2017: năm có nhiều chỉ tiêu nhất/.test(l))).toHaveLength(1);
    expect(r.err).toMatch(/2018: 1\b/);
    const chosen = await run('report', file, '--year', '2018', '--json', ...TODAY);
    expect(JSON.parse(chosen.out).year).toBe(2018);
    expect(chosen.err).not.toMatch(/nhiều chỉ tiêu nhất/);
  });
});

describe('dangvien report --pdf', () => {
  it('writes the drafted report as an A4 PDF', async () => {
    const pdf = join(dir, 'BaoCao-2017.pdf');
    const r = await run('report', sample, '--pdf', pdf, ...TODAY);
    expect(r.code).toBe(0);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(r.out).toContain(pdf);
  });
});

describe('dangvien report --docx', () => {
  it('writes the drafted report as an editable Word document', async () => {
    const docx = join(dir, 'BaoCao-2017.docx');
    const r = await run('report', sample, '--docx', docx, ...TODAY);
    expect(r.code).toBe(0);
    const bytes = readFileSync(docx);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(r.out).toContain(docx);
  });
});

describe('files that cannot be read: exit 2 and one clear line', () => {
  const cases: [string, () => Buffer | null, RegExp][] = [
    ['a missing file', () => null, /không tìm thấy tệp/],
    ['an empty file', () => Buffer.alloc(0), /rỗng/],
    ['a CSV renamed to .xlsx', () => Buffer.from('Mã,Tên tổ chức,Loại\nHU,Đảng bộ huyện,Đảng bộ huyện\n'), /CSV/],
    ['an old .xls', () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]), /\.xls/],
    ['a password-protected workbook', () => compoundFile([{ name: 'EncryptionInfo', data: Buffer.alloc(100) }, { name: 'EncryptedPackage', data: Buffer.alloc(100) }]), /mật khẩu/],
    ['a truncated file', () => readFileSync(sample).subarray(0, 5000), /hỏng|không trọn vẹn/],
    ['random bytes', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), /không phải tệp \.xlsx/],
  ];
  it.each(cases)('%s', async (_name, bytes, why) => {
    const file = join(dir, `bad-${_name.replace(/\W+/g, '-')}.xlsx`);
    const b = bytes();
    if (b) writeFileSync(file, b);
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(why);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
