/**
 * The template and the marks are the core's data (src/core/template.ts, src/core/marks.ts), and
 * both hosts write the same: Excel (on the fake) and the browser's .xlsx (ExcelJS).
 */
import ExcelJS from 'exceljs';
import type { ShownFinding } from '../../src/core/findings';
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { MARK_FILLS, MARK_LIMIT, MARK_TAG, planMarks } from '../../src/core/marks';
import { SHEETS } from '../../src/core/schema';
import { templateSheets } from '../../src/core/template';
import type { WorkbookHost } from '../../src/hosts/workbook';
import { ExcelHost } from '../../src/hosts/excel';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { createFakeExcel } from '../fake-excel';


const YEAR = new Date().getFullYear();

/** A date as its 1900-system serial, whatever the host reads (a Date or a serial). */
const plain = (v: CellValue) => (v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v === '' ? null : v);

function rows(grids: SheetGrid[], name: string): unknown[][] {
  return (grids.find((g) => g.name === name)?.values ?? []).map((r) => (r ?? []).map(plain));
}

async function excelHost() {
  const fake = createFakeExcel();
  fake.state.addSheet('Sheet1');
  return { host: new ExcelHost(fake.hostOptions()) as WorkbookHost, fake };
}

function fileHost() {
  return { host: FileHost.empty({ fileName: 'Mau.xlsx' }) as WorkbookHost };
}

describe.each([
  ['Excel', excelHost],
  ['the browser (.xlsx)', async () => fileHost()],
])('%s', (_name, make) => {
  test('the template writes every standard sheet with the core’s headers and example row', async () => {
    const { host } = await make();
    expect(await host.insertTemplate()).toEqual(SHEETS.map((d) => d.name));
    const grids = await host.readGrids();
    for (const t of templateSheets({ year: YEAR })) {
      const [header, example] = rows(grids, t.def.name);
      expect(header).toEqual(t.columns.map((c) => c.header));
      expect(t.columns.map((_c, i) => example[i] ?? null)).toEqual(t.columns.map((c) => c.example));
    }
  });

  test('marks: the worst severity’s fill, one note per cell, the cap, and cells already marked left alone', async () => {
    const { host } = await make();
    await host.insertTemplate();
    const findings: ShownFinding[] = [];
    for (let i = 0; i < MARK_LIMIT + 10; i++) findings.push({ rule: 'M01', variant: 'default', params: {}, severity: 'warning', sheet: 'DangVien', cell: `C${3 + i}`, message: `m${i}` });
    findings.push({ rule: 'M02', variant: 'default', params: {}, severity: 'error', sheet: 'DangVien', cell: 'C3', message: 'worse' });
    expect(await host.markFindings(findings)).toBe(MARK_LIMIT);
    // Full: nothing more, and a second run does not mark a cell twice.
    expect(await host.markFindings(findings)).toBe(0);
    expect(await host.clearMarks()).toBe(MARK_LIMIT);
  });
});

test('one plan for both hosts: worst severity, five lines and a count, the cap, marked cells skipped', () => {
  const f = (cell: string, severity: ShownFinding['severity'], message: string): ShownFinding => ({ rule: 'R', variant: 'default', params: {}, severity, sheet: 'DangVien', cell, message });
  const plan = planMarks(
    [f('$C$3', 'info', '1'), f('C3', 'error', '2'), ...[3, 4, 5, 6, 7].map((n) => f('C3', 'warning', String(n))), f('D4', 'warning', 'x'), f('E5', 'info', 'y'), f('', 'error', 'sheet-wide')],
    { existing: MARK_LIMIT - 2, isMarked: (_s, cell) => cell === 'D4' },
  );
  expect(plan.targets.map((t) => [t.cell, t.severity, t.fill])).toEqual([
    ['C3', 'error', MARK_FILLS.error],
    ['E5', 'info', MARK_FILLS.info],
  ]);
  expect(plan.targets[0].note.split('\n')).toEqual([MARK_TAG, 'R: 1', 'R: 2', 'R: 3', 'R: 4', 'R: 5', '+2']);
  expect(plan.alreadyMarked).toBe(1);
  expect(planMarks([f('F6', 'info', 'z'), f('G7', 'info', 'z')], { existing: MARK_LIMIT - 1 })).toMatchObject({ overLimit: 1 });
});

test('the browser’s template file keeps codes as text and dates as dates in the rows staff type below', async () => {
  const host = FileHost.empty({ fileName: 'Mau.xlsx' });
  await host.insertTemplate();
  await host.save();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.lastSaved!.bytes as unknown as ArrayBuffer);
  const dv = wb.getWorksheet('DangVien')!;
  expect(dv.getColumn(1).numFmt).toBe('@');
  expect(dv.getColumn(4).numFmt).toBe('dd/mm/yyyy');
  expect(dv.getColumn(1).width).toBe(templateSheets({ year: YEAR })[1].columns[0].width);
});

describe('the optional columns in the template are typed as staff will fill them', () => {
  const members = templateSheets({ year: YEAR }).find((t) => t.def.id === 'members')!;
  const units = templateSheets({ year: YEAR }).find((t) => t.def.id === 'units')!;
  const col = (header: string) => members.columns.find((c) => c.header === header)!;
  const index = (header: string) => members.columns.findIndex((c) => c.header === header);

  test('dates as dates, grades and citizen ids as text, yes/no and fixed lists as drop-downs', () => {
    expect(col('Ngày chuyển đến').format).toBe('dd/mm/yyyy');
    expect(col('Ngày ra khỏi Đảng trước').format).toBe('dd/mm/yyyy');
    // `12/12` in a General cell would become 12 December.
    expect(col('Trình độ giáo dục phổ thông').format).toBe('@');
    expect(col('Số CCCD').format).toBe('@');
    expect(col('Đoàn viên').list).toEqual(['Có', 'Không']);
    expect(col('Kết nạp lại').list).toEqual(['Có', 'Không']);
    expect(col('Nơi chuyển đến/đi').list).toEqual(['Trong tỉnh', 'Ngoài tỉnh']);
    expect(col('Lý luận chính trị').list).toEqual(expect.arrayContaining(['Sơ cấp', 'Trung cấp', 'Cao cấp']));
    expect(units.columns.find((c) => c.header === 'Vùng khó khăn')!.list).toEqual(['Có', 'Không']);
  });

  test('Excel gets the formats on the table’s row and the drop-downs on the columns', async () => {
    const { host, fake } = await excelHost();
    await host.insertTemplate();
    const dv = fake.sheet('DangVien');
    expect(dv.numberFormat(1, index('Ngày chuyển đến'))).toBe('dd/mm/yyyy');
    expect(dv.numberFormat(1, index('Số CCCD'))).toBe('@');
    const listed = dv.validations.map((v) => v.address.replace(/\$/g, '').replace(/\d+$/, ''));
    for (const h of ['Đoàn viên', 'Kết nạp lại', 'Nơi chuyển đến/đi', 'Lý luận chính trị']) {
      const letter = String.fromCharCode(65 + index(h));
      expect([h, listed.some((a) => a.endsWith(letter))]).toEqual([h, true]);
    }
  });

  test('the browser’s file gets the same: formats on the columns, drop-downs on the rows below', async () => {
    const host = FileHost.empty({ fileName: 'Mau.xlsx' });
    await host.insertTemplate();
    await host.save();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(host.lastSaved!.bytes as unknown as ArrayBuffer);
    const dv = wb.getWorksheet('DangVien')!;
    expect(dv.getColumn(index('Ngày chuyển đến') + 1).numFmt).toBe('dd/mm/yyyy');
    expect(dv.getColumn(index('Trình độ giáo dục phổ thông') + 1).numFmt).toBe('@');
    const letter = String.fromCharCode(65 + index('Đoàn viên'));
    expect((dv as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model[`${letter}3`]?.type ?? dv.getCell(`${letter}3`).dataValidation?.type).toBe('list');
  });
});
