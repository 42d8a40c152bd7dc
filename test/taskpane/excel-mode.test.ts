// The controller and the ribbon's "Kiểm tra" command against the Excel host on the in-memory fake.
import { runCheckCommand } from '../../src/commands/run-check';
import { ExcelHost } from '../../src/hosts/excel';
import { createFakeExcel } from '../fake-excel';
import { cleanGrids, faultyGrids } from './fixtures';
import { excelPane } from './panes';

function setup(grids = faultyGrids(), apiVersion = '1.18') {
  return excelPane(grids, { apiVersion });
}

describe('PaneController in Excel', () => {
  it('checks, inserts the summary sheets and opens the export as a new workbook', async () => {
    const { c, fake } = setup(cleanGrids());
    await c.init();
    expect(c.getState().limits).toEqual([]);
    await c.check();
    expect(c.getState().result?.counts.error).toBe(0);
    await c.insert();
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['TH Kết nạp 2017', 'Kiểm tra 2017']));
    await c.exportSummary();
    expect(c.getState().notice?.text).toContain('sổ Excel mới');
    expect(fake.state.createdWorkbooks).toHaveLength(1);
  });

  it('when Excel cannot open the export, the download’s notice says how to save the sheets anyway', async () => {
    const { c } = excelPane(cleanGrids(), { apiVersion: '1.18', createWorkbookBlocked: true });
    await c.init();
    await c.exportSummary();
    expect(c.getState().notice?.text).toMatch(/Nếu không thấy tệp.*Di chuyển hoặc Sao chép/);
  });

  it('after Soạn báo cáo, the notice says what to click when a printout is cut on the right', async () => {
    const { c } = setup(cleanGrids());
    await c.init();
    await c.report();
    expect(c.getState().notice?.text).toContain('Thu nhỏ cho Vừa → Chiều rộng: 1 trang');
  });

  it('goes to a finding’s cell, marks and clears, fixes and undoes', async () => {
    const { c, fake } = setup();
    await c.check();
    const m04 = c.getState().result!.findings.find((f) => f.rule === 'M04')!;
    await c.goTo(m04);
    expect(fake.state.selection?.address.replace(/\$/g, '')).toMatch(/E4$/);
    expect(c.getState().preview).toBeNull();
    await c.mark();
    expect(c.getState().notice?.text).toMatch(/^Đã đánh dấu \d+ ô\.$/);
    expect(fake.sheet('DangVien').notes.size).toBeGreaterThan(0);
    await c.clearMarks();
    expect(fake.sheet('DangVien').notes.size).toBe(0);
    c.askFix([m04]);
    await c.confirmFix();
    expect(fake.sheet('DangVien').cell(3, 4).value).toBe('Nữ');
    await c.undo();
    expect(fake.sheet('DangVien').cell(3, 4).value).toBe('Nuw');
  });

  it('shows the officer’s views in Excel as in the browser: who made each TCCS’s count, the lists per chi bộ', async () => {
    const { c } = setup();
    await c.figures();
    const r = c.getState().result!;
    const views = r.officer!;
    expect(views).not.toBeNull();
    // Each TCCS's "Cách tính" lists exactly the members its figure counted.
    for (const unit of r.figures!.units) expect((views.admitted[unit.code] ?? []).length).toBe(unit.admitted);
    expect(r.figures!.units.some((u) => u.admitted > 0)).toBe(true);
    // The findings go to the chi bộ lists, each finding in one list, some named by their chi bộ.
    const listed = views.byCell.flatMap((g) => g.findings);
    expect(new Set(listed).size).toBe(listed.length);
    expect(views.byCell.some((g) => g.name && g.findings.length > 0)).toBe(true);
  });

  it('says what is limited on ExcelApi 1.7', async () => {
    const { c } = setup(cleanGrids(), '1.7');
    await c.init();
    expect(c.getState().limits.length).toBeGreaterThan(0);
  });

  it('refuses an Excel too old with the requirement named', async () => {
    const { c } = setup(cleanGrids(), '1.6');
    await c.check();
    expect(c.getState().notice).toMatchObject({ intent: 'error' });
    expect(c.getState().notice?.text).toContain('Excel 2019, 2021, Microsoft 365');
  });

  it('a missing sheet when going to a finding is a sentence, not a crash', async () => {
    const { c } = setup();
    await c.goTo({ rule: 'S01', variant: 'default', severity: 'error', sheet: 'KhongCo', cell: 'A1', params: {} });
    expect(c.getState().notice?.intent).toBe('error');
    expect(c.getState().notice?.text).toContain('Không còn thấy sheet hoặc ô này');
  });
});

describe('the ribbon’s Kiểm tra command', () => {
  it('writes the findings to the Kiểm tra sheet of the year and shows it', async () => {
    const fake = createFakeExcel();
    fake.loadGrids(faultyGrids());
    const host = new ExcelHost(fake.hostOptions());
    const r = await runCheckCommand(host, { lang: 'vi', today: '2018-01-09' });
    expect(r).toMatchObject({ sheet: 'Kiểm tra 2017', errors: 3, warnings: 2 });
    expect(fake.sheetNames()).toContain('Kiểm tra 2017');
    expect(fake.state.sheets.find((s) => s.id === fake.state.activeSheetId)?.name).toBe('Kiểm tra 2017');
    // A second run replaces the add-in's own sheet.
    await runCheckCommand(host, { lang: 'vi', today: '2018-01-09' });
    expect(fake.sheetNames().filter((n) => n.startsWith('Kiểm tra'))).toEqual(['Kiểm tra 2017']);
  });

  it('still writes a Kiểm tra sheet for a workbook without the standard sheets', async () => {
    const fake = createFakeExcel();
    fake.loadGrids([{ name: 'Sheet1', values: [['x']] }]);
    const r = await runCheckCommand(new ExcelHost(fake.hostOptions()), { lang: 'en', today: '2018-01-09' });
    expect(r.sheet).toBe('Kiểm tra 2018');
    expect(r.errors).toBeGreaterThan(0);
  });
});
