// The pane's behaviour without React: each button's work through the controller, the browser
// mode's workbook and the analysis running in-page behind the same channels as their workers.
import ExcelJS from 'exceljs';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import type { SheetGrid } from '../../src/core/grid';
import { editedFileName, summaryFileName, type PaneController } from '../../src/taskpane/logic/controller';
import { loadReportFonts } from '../../src/report/fonts-node';
import { generateSample } from '../../src/sample';
import { cleanGrids, faultyGrids } from './fixtures';
import { browserPane } from './panes';


async function bytesOf(grids: SheetGrid[]): Promise<ArrayBuffer> {
  const b = await gridsToBuffer(grids);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function setup(lang: 'vi' | 'en' = 'vi') {
  return browserPane({ lang, today: '2025-06-30' });
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('PaneController in browser mode', () => {
  it('asks for a file before anything that needs one', async () => {
    const { c } = setup();
    await c.check();
    expect(c.getState().notice).toMatchObject({ intent: 'error', text: 'Hãy mở một tệp .xlsx trước.' });
    await c.openFile(new ArrayBuffer(8), 'danh-sach.pdf');
    expect(c.getState().notice?.text).toContain('Chỉ mở được sổ .xlsx, .xlsm, .ods, .xls');
  });

  it('opens a file, checks it and computes the figures of the bundled sample (167 / 150)', async () => {
    const { c } = setup();
    const seen: string[] = [];
    c.subscribe(() => {
      const p = c.getState().progress;
      if (p) seen.push(p.step);
    });
    await c.openFile(await bytesOf(generateSample()), 'MDrak-2017.xlsx');
    let s = c.getState();
    expect(s.fileName).toBe('MDrak-2017.xlsx');
    expect(s.result?.counts.error).toBe(0);
    expect(s.notice?.intent).toBe('success');
    expect(seen).toEqual(expect.arrayContaining(['open', 'read', 'analyze']));
    await c.figures();
    s = c.getState();
    expect(s.view).toBe('figures');
    expect(s.result?.figures?.district).toMatchObject({ admitted: 167, target: 150, members: 3044, tccs: 39 });
    expect(s.busy).toBeNull();
  });

  it('Tính kết quả has its own notice (TCCS met, the overall percent) and brings the result into view', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(generateSample()), 'MDrak-2017.xlsx');
    const revealed = c.getState().reveal;
    expect(revealed).toBeGreaterThan(0);
    await c.figures();
    const s = c.getState();
    expect(s.notice).toMatchObject({ intent: 'success', text: 'Đã tính kết quả năm 2017: 25/39 TCCS đạt chỉ tiêu; toàn đảng bộ đạt 111%.' });
    expect(s.reveal).toBe(revealed + 1);
    // The sample also holds 2016's admissions (no plan for it): shown beside 2017.
    expect(s.result?.previous).toMatchObject({ year: 2016, district: { admitted: 105, target: null } });
  });

  it('says the workbook still has errors beside the figures', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(faultyGrids()), 'Loi.xlsx');
    await c.figures();
    const s = c.getState();
    if (s.result?.figures) expect(s.notice?.text).toMatch(/Sổ còn \d+ lỗi: số liệu có thể sai/);
    expect(s.notice?.intent).not.toBe('success');
  });

  it('Soạn báo cáo offers the Word file; it downloads the same drafted report as .docx', async () => {
    const fonts = loadReportFonts();
    const { c, downloads } = browserPane({ today: '2025-06-30', fonts: async () => fonts });
    await c.openFile(await bytesOf(generateSample()), 'MDrak-2017.xlsx');
    await c.report();
    expect(c.getState().notice?.docx).toBe(true);
    await c.reportDocx();
    expect(c.getState().notice?.text).toBe('Đã tải xuống BaoCao-2017.docx: báo cáo dạng Word, sửa được trước khi ký.');
    const docx = downloads.find((d) => d.fileName === 'BaoCao-2017.docx')!;
    expect(Buffer.from(docx.bytes.subarray(0, 2)).toString()).toBe('PK');
  });

  it('names the saved workbook for what it holds: “(bản lưu)” unless cells were fixed', () => {
    expect(editedFileName('So.xlsx', 'vi')).toBe('So (bản lưu).xlsx');
    expect(editedFileName('So.xlsx', 'vi', true)).toBe('So (đã sửa).xlsx');
    expect(editedFileName('So.xlsx', 'en')).toBe('So (saved copy).xlsx');
    expect(editedFileName('So.ods', 'vi', true)).toBe('So (đã sửa).xlsx');
  });

  it('exports the summary as a download and inserts the sheets into the open file', async () => {
    const { c, downloads } = setup();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    await c.exportSummary();
    expect(c.getState().notice?.text).toContain(summaryFileName(2017));
    expect(downloads[0].fileName).toBe('TongHop-2017.xlsx');
    const summary = await workbook(downloads[0].bytes);
    expect(summary.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['TH Kết nạp 2017', 'Kiểm tra 2017']));
    expect(summary.getWorksheet('ToChuc')).toBeUndefined();

    await c.insert();
    expect(c.getState().notice?.text).toMatch(/^Đã chèn \d+ sheet/);
    expect(c.getState().fileDirty).toBe(true);
    await c.saveWorkbook();
    expect(downloads[1].fileName).toBe(editedFileName('So.xlsx', 'vi'));
    const edited = await workbook(downloads[1].bytes);
    expect(edited.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['ToChuc', 'TH Kết nạp 2017']));
  });

  it('fixes only after the user confirms, and undoes', async () => {
    const { c, downloads } = setup();
    await c.openFile(await bytesOf(faultyGrids()), 'Loi.xlsx');
    const findings = c.getState().result!.findings;
    c.askFix(findings);
    const confirm = c.getState().confirm!;
    expect(confirm.map((f) => `${f.cell}=${f.value}`).sort()).toEqual(['C3=Nguyễn Văn An', 'E4=Nữ']);
    c.cancelFix();
    expect(c.getState().confirm).toBeNull();
    c.askFix(findings.filter((f) => f.rule === 'M04'));
    await c.confirmFix();
    let s = c.getState();
    expect(s.notice).toMatchObject({ intent: 'success', text: 'Đã sửa 1 ô.', undo: true });
    expect(c.isFixed(findings.find((f) => f.rule === 'M04')!)).toBe(true);
    // Asking again for a fixed cell asks nothing.
    c.askFix(findings.filter((f) => f.rule === 'M04'));
    expect(c.getState().confirm).toBeNull();
    await c.saveWorkbook();
    expect((await workbook(downloads[0].bytes)).getWorksheet('DangVien')!.getCell('E4').value).toBe('Nữ');
    await c.undo();
    s = c.getState();
    expect(s.notice?.text).toBe('Đã trả lại giá trị cũ của 1 ô.');
    expect(s.undo).toEqual([]);
    await c.saveWorkbook();
    expect((await workbook(downloads[1].bytes)).getWorksheet('DangVien')!.getCell('E4').value).toBe('Nuw');
    // A fresh check finds it again.
    await c.check();
    expect(c.getState().result!.findings.some((f) => f.rule === 'M04')).toBe(true);
  });

  it('marks what the filter shows, and clears', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(faultyGrids()), 'Loi.xlsx');
    c.toggleSeverity('warning');
    expect(c.getState().filter.severities).toEqual(['error', 'info']);
    c.setFilter({ severities: ['warning'] });
    await c.mark();
    const warnings = c.getState().result!.findings.filter((f) => f.severity === 'warning' && f.cell).length;
    expect(c.getState().notice?.text).toBe(`Đã đánh dấu ${warnings} ô.`);
    await c.clearMarks();
    expect(c.getState().notice?.text).toBe(`Đã xóa đánh dấu ở ${warnings} ô.`);
    c.setFilter({ severities: [] });
    await c.mark();
    expect(c.getState().notice?.text).toBe('Không có phát hiện nào (theo bộ lọc) để đánh dấu.');
  });

  it('recomputes on a change of year or date without reading again; a change of language only re-renders', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    const before = c.getState().result!;
    expect(before.years).toEqual([2017]);
    c.setAsOf('2017-06-30');
    await new Promise((r) => setTimeout(r, 50));
    await waitIdle(c);
    expect(c.getState().result!.figures!.asOf).toBe('2017-06-30');
    const analysed = c.getState().result;
    c.setLang('en');
    // Findings are data: the same result, shown in English, with no analysis started.
    expect(c.getState().busy).toBeNull();
    expect(c.getState().lang).toBe('en');
    expect(c.getState().result).toBe(analysed);
    c.setYear(2016);
    await waitIdle(c);
    expect(c.getState().result!.year).toBe(2016);
    expect(c.getState().asOf).toBe('');
  });

  it('says when a workbook has no standard sheet, and gives the template as a download when no file is open', async () => {
    const { c, downloads } = setup();
    await c.template();
    expect(c.getState().notice?.text).toBe('Đã tạo sổ mẫu và tải xuống MauSoDangVien.xlsx.');
    expect((await workbook(downloads[0].bytes)).worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']));
    await c.openFile(await bytesOf([{ name: 'Sheet1', values: [['a', 'b']] }]), 'Khac.xlsx');
    expect(c.getState().notice).toMatchObject({ intent: 'warning' });
    expect(c.getState().notice?.text).toContain('Không tìm thấy sheet chuẩn nào');
    await c.figures();
    expect(c.getState().notice?.text).toContain('Không tìm thấy sheet chuẩn nào');
    await c.template();
    expect(c.getState().notice?.text).toContain('Đã tạo các sheet mẫu');
  });

  it('cancels a long read and stays usable', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    const run = c.check();
    c.cancel();
    await run;
    expect(c.getState().notice).toMatchObject({ intent: 'info', text: 'Đã hủy. Sổ không bị thay đổi.' });
    expect(c.getState().busy).toBeNull();
    await c.check();
    expect(c.getState().result).not.toBeNull();
  });

  it('runs one task at a time', async () => {
    const { c } = setup();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    const a = c.check();
    const b = c.figures();
    await Promise.all([a, b]);
    expect(c.getState().view).toBe('findings');
  });
});

/** Until the pane is no longer busy: a condition, not a count of ticks (the test's own ceiling bounds it). */
async function waitIdle(c: PaneController): Promise<void> {
  while (c.getState().busy) await new Promise((r) => setTimeout(r, 10));
}
