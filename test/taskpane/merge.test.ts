/**
 * Several workbooks in the pane, through the same merge as `dangvien check|report FILE...`:
 * in the browser, the communes' files opened together (or a folder); in Excel, "Gộp sổ" reading
 * the picked files with the open workbook and inserting the consolidated summary sheets.
 */
import type { SheetGrid } from '../../src/core/grid';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { runWorkbooks } from '../../src/pipeline/run-many';
import type { PickedWorkbook } from '../../src/taskpane/logic/controller';
import { generateProvince } from '../../src/sample';
import { browserPane, excelPane } from './panes';
import ExcelJS from 'exceljs';

const TODAY = '2026-12-01';
const province = generateProvince();
const PLAN = 'TU-KeHoach-2026.xlsx';
const communes = province.filter((f) => f.file !== PLAN);

jest.setTimeout(180_000);

async function picked(files: { file: string; grids: SheetGrid[] }[], folder = ''): Promise<PickedWorkbook[]> {
  return Promise.all(
    files.map(async (f) => {
      const b = await gridsToBuffer(f.grids);
      return { name: folder + f.file, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
    }),
  );
}

/** What the command line gives for the same files: the figures the pane must show. */
const expected = runWorkbooks(
  province.map((f) => ({ file: f.file, grids: f.grids })),
  { lang: 'vi', today: TODAY },
);

describe('browser mode: several workbooks opened together', () => {
  it('reads a province folder, merges it as the command line does, and names each finding’s file', async () => {
    const { c } = browserPane({ today: TODAY });
    await c.openFiles(await picked(province, 'tinh/'));
    const s = c.getState();
    expect(s.notice?.text).toMatch(/^Đã đọc 8 sổ và gộp lại\./);
    expect(s.fileName).toBe('TongHop-8-so.xlsx');
    expect(s.merged?.files).toEqual(province.map((f) => f.file));
    const f = s.result!.figures!;
    expect(f.district).toMatchObject({ code: 'TU', admitted: expected.figures!.district.admitted, members: expected.figures!.district.members });
    expect(f.groups.map((g) => [g.code, g.file, g.admitted, g.attainment])).toEqual(expected.figures!.groups.map((g) => [g.code, g.file, g.admitted, g.attainment]));
    expect(s.view).toBe('figures');
    expect(s.result!.findings.length).toBeGreaterThan(0);
    expect(s.result!.findings.every((x) => typeof x.file === 'string' && x.file.endsWith('.xlsx'))).toBe(true);
  });

  it('shows the cells around a finding from its own workbook, and offers no fix in a workbook only read', async () => {
    const grids = communes.map((f) => ({ file: f.file, grids: f.grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) })) }));
    // A gender typed wrong in the second commune's list: M04, with a fix.
    const dv = grids[1].grids.find((g) => g.name === 'DangVien')!;
    const header = dv.values.findIndex((r) => r?.includes('Giới tính'));
    const col = dv.values[header].indexOf('Giới tính');
    dv.values[header + 3][col] = 'Nuw';
    const { c } = browserPane({ today: TODAY });
    await c.openFiles(await picked(grids));
    const m04 = c.getState().result!.findings.find((x) => x.rule === 'M04')!;
    expect(m04.file).toBe(grids[1].file);
    await c.goTo(m04);
    const p = c.getState().preview!;
    expect(p).toMatchObject({ file: grids[1].file, sheet: 'DangVien', cell: m04.cell });
    expect(p.rows[p.at.row].values[p.at.col]).toBe('Nuw');
    c.askFix([m04]);
    expect(c.getState().confirm).toBeNull();
    expect(c.getState().notice?.text).toContain('nằm trong một sổ khác');
  });

  it('puts the merged summary and the merged forms into the new workbook, which downloads', async () => {
    const { c, downloads } = browserPane({ today: TODAY });
    await c.openFiles(await picked(province));
    await c.insert();
    expect(c.getState().notice?.text).toContain('TH Kết nạp 2026');
    await c.insertForms();
    expect(c.getState().notice?.text).toContain('Biểu 1 2026');
    await c.saveWorkbook();
    const file = downloads[downloads.length - 1];
    expect(file.fileName).toBe('TongHop-8-so (bản lưu).xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['TH Kết nạp 2026', 'TH Tổ chức 2026', 'Kiểm tra 2026', 'Biểu 1 2026', 'Biểu 5 2026']));
    // No member sheet of any commune was copied into it.
    expect(names).not.toContain('DangVien');
  });

  it('changes the year on the merged workbooks without reading them again', async () => {
    const { c } = browserPane({ today: TODAY });
    await c.openFiles(await picked(province));
    c.setYear(2025);
    for (let i = 0; i < 200 && (c.getState().busy || c.getState().result?.year !== 2025); i++) await new Promise((r) => setTimeout(r, 20));
    expect(c.getState().result?.year).toBe(2025);
    expect(c.getState().result?.figures?.groups.length).toBe(7);
  });

  it('names the workbook that cannot be read', async () => {
    const { c } = browserPane({ today: TODAY });
    const good = await picked(communes.slice(0, 2));
    await c.openFiles([...good, { name: 'hong.xlsx', bytes: new TextEncoder().encode('not a zip').buffer as ArrayBuffer }]);
    const s = c.getState();
    expect(s.notice?.intent).toBe('error');
    expect(s.notice?.text).toContain('hong.xlsx');
    expect(s.result).toBeNull();
  });

  it('opens a single workbook as before, even when picked with other files', async () => {
    const { c } = browserPane({ today: TODAY });
    const [one] = await picked(communes.slice(0, 1));
    await c.openFiles([one, { name: 'ghi-chu.txt', bytes: new ArrayBuffer(4) }]);
    expect(c.getState().fileName).toBe(communes[0].file);
    expect(c.getState().merged).toBeNull();
    expect(c.getState().result?.figures?.district.code).toBe(communes[0].grids.length ? 'X01' : '');
  });
});

describe('Excel: Gộp sổ', () => {
  it('reads the picked communes with the province’s open workbook and inserts the consolidated sheets, the user’s untouched', async () => {
    const plan = province.find((f) => f.file === PLAN)!;
    const { c, fake } = excelPane(plan.grids, { today: TODAY });
    // A sheet of the user's own, with the name the add-in would use.
    fake.loadGrids([{ name: 'TH Kết nạp 2026', values: [['Bảng tự làm của ban']] }]);
    const before = ['ToChuc', 'ChiTieu', 'TH Kết nạp 2026'].map((n) => fake.snapshot(n));
    await c.mergeWorkbooks(await picked(communes));
    const s = c.getState();
    expect(s.notice?.intent).toBe('success');
    expect(s.notice?.text).toMatch(/^Đã gộp 8 sổ và chèn \d+ sheet/);
    expect(s.merged).toEqual({ files: ['Sổ đang mở', ...communes.map((f) => f.file)], own: 'Sổ đang mở' });
    expect(s.result!.figures!.district).toMatchObject({ code: 'TU', admitted: expected.figures!.district.admitted });
    expect(s.result!.figures!.groups).toHaveLength(7);
    // The user's sheets are as they were; the add-in's go beside them.
    expect(['ToChuc', 'ChiTieu', 'TH Kết nạp 2026'].map((n) => fake.snapshot(n))).toEqual(before);
    const names = fake.sheetNames();
    expect(names).toEqual(expect.arrayContaining(['TH Tổ chức 2026', 'Kiểm tra 2026']));
    expect(names.filter((n) => n.startsWith('TH Kết nạp 2026'))).toHaveLength(2);
    // The communes' table: a row per commune in the inserted admissions sheet.
    const th = names.find((n) => n.startsWith('TH Kết nạp 2026') && n !== 'TH Kết nạp 2026')!;
    const text = JSON.stringify(fake.snapshot(th));
    for (const g of expected.figures!.groups) expect(text).toContain(g.name);

    // Merged again: the add-in's own sheets are replaced, no copies pile up.
    const count = fake.sheetNames().length;
    await c.mergeWorkbooks(await picked(communes));
    expect(fake.sheetNames()).toHaveLength(count);
    expect(c.getState().notice?.text).toMatch(/thay/);
  });

  it('goes to a finding of the open workbook in Excel and shows one of a picked workbook in the pane', async () => {
    const plan = province.find((f) => f.file === PLAN)!;
    const { c, fake } = excelPane(plan.grids, { today: TODAY });
    const books = communes.map((f) => ({ file: f.file, grids: f.grids.map((g) => ({ ...g, values: g.values.map((r) => (r ? [...r] : r)) })) }));
    const dv = books[0].grids.find((g) => g.name === 'DangVien')!;
    const header = dv.values.findIndex((r) => r?.includes('Giới tính'));
    dv.values[header + 2][dv.values[header].indexOf('Giới tính')] = 'Nuw';
    await c.mergeWorkbooks(await picked(books));
    const r = c.getState().result!;
    // F03: the province's plan (the open workbook) gives a commune another target than its own.
    const own = r.findings.find((f) => f.rule === 'F03')!;
    expect(own.file).toBe('Sổ đang mở');
    await c.goTo(own);
    expect(fake.state.selection).toEqual({ sheetId: fake.sheet('ChiTieu').id, address: expect.stringMatching(new RegExp(`^\\$?C\\$?4$`)) });
    expect(own.cell).toBe('C4');
    expect(c.getState().preview).toBeNull();
    const other = r.findings.find((f) => f.rule === 'M04')!;
    expect(other.file).toBe(books[0].file);
    const selected = fake.state.selection;
    await c.goTo(other);
    expect(c.getState().preview).toMatchObject({ file: books[0].file, sheet: 'DangVien', cell: other.cell });
    // Nothing selected in the open workbook (its DangVien is not the commune's).
    expect(fake.state.selection).toEqual(selected);
  });

  it('leaves a blank open workbook out of the merge and still inserts the communes’ summary', async () => {
    const { c, fake } = excelPane([{ name: 'Sheet1', values: [] }], { today: TODAY });
    await c.mergeWorkbooks(await picked(communes));
    expect(c.getState().merged?.files).toEqual(communes.map((f) => f.file));
    expect(c.getState().result!.figures!.district.name).toContain('Tổng hợp 7 sổ');
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Sheet1', 'TH Kết nạp 2026']));
  });

  it('after Gộp sổ, Kiểm tra is of the open workbook alone again', async () => {
    const plan = province.find((f) => f.file === PLAN)!;
    const { c } = excelPane(plan.grids, { today: TODAY });
    await c.mergeWorkbooks(await picked(communes));
    await c.check();
    expect(c.getState().merged).toBeNull();
    expect(c.getState().result!.findings.every((f) => f.file === undefined)).toBe(true);
  });
});
