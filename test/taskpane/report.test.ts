// "Soạn báo cáo" in the pane: the drafted report as the `Báo cáo Y` sheet in Excel (printed or
// saved as PDF with Excel's own commands, which the notice names), as an A4 PDF download in the
// browser mode; the report's fields typed in the pane; the user's own report sheet left alone.
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/core/grid';
import type { FakeExcel } from '../fake-excel';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import { loadReportFonts } from '../../src/report/fonts-node';
import { reportFileName } from '../../src/taskpane/logic/controller';
import { cleanGrids, faultyGrids } from './fixtures';
import { browserPane, excelPane } from './panes';


const POPPLER = spawnSync('pdftotext', ['-v']).status === 0;
if (!POPPLER) console.warn('test/taskpane/report.test.ts: pdftotext not found — the PDF text checks are SKIPPED (apt-get install poppler-utils).');
const dir = mkdtempSync(join(tmpdir(), 'dangvien-pane-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Uint8Array): string | null {
  if (!POPPLER) return null;
  const file = join(dir, `r${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
}

async function bytesOf(grids: SheetGrid[]): Promise<ArrayBuffer> {
  const b = await gridsToBuffer(grids);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const fonts = loadReportFonts();

const browser = () => browserPane({ fonts: async () => fonts });
const excel = (grids: SheetGrid[]) => excelPane(grids);

/** Every text of a fake sheet, row by row. */
function sheetText(fake: FakeExcel, name: string): string {
  return fake
    .sheet(name)
    .rows.flatMap((row) => row?.v ?? [])
    .filter((v) => typeof v === 'string' && v)
    .join(' | ');
}

describe('Soạn báo cáo in Excel', () => {
  it('inserts the Báo cáo sheet and says how to print it or save it as PDF', async () => {
    const { c, fake } = excel(cleanGrids());
    await c.report();
    const s = c.getState();
    expect(s.notice?.intent).toBe('success');
    expect(s.notice?.text).toContain('Báo cáo 2017');
    expect(s.notice?.text).toContain('Ctrl+P');
    expect(s.notice?.text).toContain('PDF');
    expect(fake.sheetNames()).toContain('Báo cáo 2017');
    const text = sheetText(fake, 'Báo cáo 2017');
    expect(text).toContain('HUYỆN ỦY THỬ');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('T/M BAN THƯỜNG VỤ');
    // The other summary sheets are "Chèn bảng tổng hợp"'s, not this button's.
    expect(fake.sheetNames()).not.toContain('TH Kết nạp 2017');
  });

  it('replaces its own report sheet on a second run, and never a report the user wrote', async () => {
    const grids = cleanGrids();
    grids.push({ name: 'Báo cáo 2017', values: [['HUYỆN ỦY THỬ'], ['Báo cáo do tôi viết tay']] });
    const { c, fake } = excel(grids);
    await c.report();
    await c.report();
    const names = fake.sheetNames().filter((n) => n.startsWith('Báo cáo'));
    expect(names.sort()).toEqual(['Báo cáo 2017', 'Báo cáo 2017 (2)']);
    expect(fake.sheet('Báo cáo 2017').rows[1]?.v?.[0]).toBe('Báo cáo do tôi viết tay');
  });

  it('writes the fields typed in the pane, in capitals where the format wants them', async () => {
    const { c, fake } = excel(cleanGrids());
    await c.check();
    // Before anything is typed the fields show what the report will use.
    expect(c.getState().result?.report?.fallback).toMatchObject({ issuingBody: 'HUYỆN ỦY THỬ', place: 'Thử', signerName: '' });
    c.setReportField('superiorBody', 'Đảng bộ tỉnh Đắk Lắk');
    c.setReportField('signerTitle', 'Bí thư ');
    c.setReportField('signerName', 'Nguyễn Văn Bình');
    c.setReportField('number', '45');
    await c.report();
    const text = sheetText(fake, 'Báo cáo 2017');
    expect(text).toContain('ĐẢNG BỘ TỈNH ĐẮK LẮK');
    expect(text).toContain('BÍ THƯ');
    expect(text).toContain('Nguyễn Văn Bình');
    expect(text).toMatch(/Số 45-BC\/HU/);
    // What an emptied field falls back to is still the default, not what was typed.
    expect(c.getState().result?.report?.fallback.signerName).toBe('');
    // A field cleared again falls back to the default.
    c.setReportField('signerName', '');
    await c.report();
    expect(sheetText(fake, 'Báo cáo 2017')).not.toContain('Nguyễn Văn Bình');
  });

  it('warns that the workbook still has errors', async () => {
    const { c } = excel(faultyGrids());
    await c.report();
    expect(c.getState().notice?.intent).toBe('warning');
    expect(c.getState().notice?.text).toMatch(/Sổ còn \d+ lỗi/);
  });

  it('says so when there are no figures to report', async () => {
    const { c, fake } = excel([{ name: 'Sheet1', values: [['x']] }]);
    await c.report();
    expect(c.getState().notice?.text).toContain('Không tìm thấy sheet chuẩn');
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });
});

describe('Soạn báo cáo in the browser', () => {
  it('downloads the report as an A4 PDF holding the figures and the format’s parts', async () => {
    const { c, downloads } = browser();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    c.setReportField('signerName', 'Trần Thị Hoa');
    await c.report();
    const s = c.getState();
    expect(s.notice?.intent).toBe('success');
    expect(s.notice?.text).toContain(reportFileName(2017));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toBe('BaoCao-2017.pdf');
    const head = new TextDecoder('latin1').decode(downloads[0].bytes.slice(0, 5));
    expect(head).toBe('%PDF-');
    const text = pdfText(downloads[0].bytes);
    if (text !== null) {
      for (const part of ['HUYỆN ỦY THỬ', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'T/M BAN THƯỜNG VỤ', 'Nơi nhận', 'Trần Thị Hoa']) expect(text).toContain(part);
      // 4 admitted of a target of 4.
      expect(text).toMatch(/kết nạp 4 đảng viên mới, đạt 100% kế hoạch/);
    }
    // The open workbook is not changed by drafting.
    expect(s.fileDirty).toBe(false);
  });

  it('puts the Báo cáo sheet into the summary export and the inserted sheets', async () => {
    const { c, downloads } = browser();
    await c.openFile(await bytesOf(cleanGrids()), 'So.xlsx');
    await c.exportSummary();
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(downloads[0].bytes as unknown as ArrayBuffer);
    expect(summary.worksheets.map((w) => w.name)).toContain('Báo cáo 2017');
    expect(summary.worksheets[summary.worksheets.length - 1].name).toBe('Báo cáo 2017');
    await c.insert();
    expect(c.getState().notice?.text).toContain('Báo cáo 2017');
  });

  it('knows its own report sheet after the file is saved and opened again, and leaves the user’s alone', async () => {
    const grids = cleanGrids();
    grids.push({ name: 'Báo cáo 2017', values: [['HUYỆN ỦY THỬ'], ['Báo cáo do tôi viết tay']] });
    const first = browser();
    await first.c.openFile(await bytesOf(grids), 'So.xlsx');
    await first.c.insert();
    await first.c.saveWorkbook();
    const saved = first.downloads[first.downloads.length - 1].bytes;
    const second = browser();
    await second.c.openFile(saved.buffer.slice(saved.byteOffset, saved.byteOffset + saved.byteLength) as ArrayBuffer, 'So (đã sửa).xlsx');
    await second.c.insert();
    expect(second.c.getState().notice?.text).toContain('Đã thay');
    await second.c.saveWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(second.downloads[second.downloads.length - 1].bytes as unknown as ArrayBuffer);
    const reports = wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Báo cáo'));
    expect(reports.sort()).toEqual(['Báo cáo 2017', 'Báo cáo 2017 (2)']);
    expect(wb.getWorksheet('Báo cáo 2017')!.getCell('A2').value).toBe('Báo cáo do tôi viết tay');
  });
});
