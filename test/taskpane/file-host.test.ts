// The browser mode's workbook host, on ExcelJS in Node (in the pane it runs in a Web Worker).
import ExcelJS from 'exceljs';
import { analyze } from '../../src/core/analyze';
import { MARK_FILLS } from '../../src/core/marks';
import { templateSheets } from '../../src/core/template';
import { FileHost } from '../../src/hosts/xlsx/file-host';
import { gridsToBuffer } from '../../src/hosts/xlsx/write-grids';
import type { Progress } from '../../src/hosts/workbook';
import { UnreadableFileError } from '../../src/hosts/xlsx/read';
import { shown } from '../core/fixture';
import { cleanGrids, faultyGrids } from './fixtures';
import { plainCell } from '../hosts/xlsx/grid-days';

async function open(grids = faultyGrids(), chunkRows?: number) {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const host = await FileHost.open(await gridsToBuffer(grids), { fileName: 'So.xlsx', save: (bytes, fileName) => void saved.push({ bytes, fileName }), chunkRows });
  return { host, saved };
}

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('FileHost', () => {
  it('refuses what is no spreadsheet with one clear line; a CSV file is one sheet', async () => {
    await expect(FileHost.open(new TextEncoder().encode('%PDF-1.7\n%\u0001\u0002'), { fileName: 'x.pdf' })).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(FileHost.open(new Uint8Array(), { fileName: 'x.xlsx' })).rejects.toThrow(/rỗng/);
    const csv = await FileHost.open(new TextEncoder().encode('a,b\n1,2\n'), { fileName: 'x.csv' });
    expect((await csv.readGrids()).map((g) => [g.name, g.values])).toEqual([['x', [['a', 'b'], [1, 2]]]]);
  });

  it('reads every sheet in chunks, with progress, as the core expects', async () => {
    const { host } = await open(cleanGrids(), 5);
    const steps: Progress[] = [];
    const grids = await host.readGrids((p) => steps.push(p));
    expect(grids.map((g) => g.name)).toEqual(['ToChuc', 'DangVien', 'ChiTieu']);
    expect(steps[0]).toMatchObject({ step: 'read', done: 0 });
    expect(steps.at(-1)).toEqual({ step: 'read', done: 27, total: 27 });
    expect(steps.length).toBeGreaterThan(4);
    const a = analyze(grids, { today: '2018-01-09' });
    expect(a.figures?.district.admitted).toBe(4);
    // Dates come as date-formatted serials, as in Excel.
    expect(plainCell(grids[1].values[1][3], grids[1].numberFormats?.[1]?.[3])).toMatch(/^\d\d\/\d\d\/\d{4}$/);
  });

  it('stops reading when cancelled', async () => {
    const { host } = await open(cleanGrids(), 3);
    const controller = new AbortController();
    const reading = host.readGrids((p) => p.done >= 3 && controller.abort(), controller.signal);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('inserts the summary sheets, replaces its own on a second run and never a user’s sheet', async () => {
    const { host } = await open(cleanGrids());
    const a = analyze(await host.readGrids(), { today: '2018-01-09' });
    const first = await host.insertLayouts(a.layouts);
    expect(first.sheets).toEqual(a.layouts.map((l) => l.name));
    expect(first.replaced).toEqual([]);
    const again = await host.insertLayouts(a.layouts);
    expect(again.sheets).toEqual(first.sheets);
    expect(again.replaced.sort()).toEqual(first.sheets.slice().sort());
    expect(host.workbook.worksheets.filter((w) => w.name === 'TH Kết nạp 2017')).toHaveLength(1);

    // A sheet of the user's with the same name is left alone: ours gets a suffix.
    const fresh = (await open(cleanGrids())).host;
    fresh.workbook.addWorksheet('TH Kết nạp 2017').getCell('A1').value = 'Bảng của tôi';
    const r = await fresh.insertLayouts(a.layouts);
    expect(r.sheets[0]).toBe('TH Kết nạp 2017 (2)');
    expect(fresh.workbook.getWorksheet('TH Kết nạp 2017')!.getCell('A1').value).toBe('Bảng của tôi');
    expect(fresh.dirty).toBe(true);
  });

  it('exports the summary sheets alone as a download', async () => {
    const { host, saved } = await open(cleanGrids());
    const a = analyze(await host.readGrids(), { today: '2018-01-09' });
    expect(await host.exportSummary(a.layouts, 'TongHop-2017.xlsx')).toEqual({ kind: 'downloaded', fileName: 'TongHop-2017.xlsx' });
    const wb = await reload(saved[0].bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(a.layouts.map((l) => l.name));
  });

  it('marks findings with a note and a fill, and clearing restores the cells exactly', async () => {
    const { host } = await open();
    const ws = host.workbook.getWorksheet('DangVien')!;
    ws.getCell('C4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    const before = JSON.stringify(ws.getCell('C4').style);
    const findings = analyze(await host.readGrids(), { today: '2018-01-09' }).findings;
    const n = await host.markFindings(shown(findings));
    expect(n).toBe(new Set(findings.filter((f) => f.cell).map((f) => `${f.sheet}!${f.cell}`)).size);
    const e4 = ws.getCell('E4');
    expect((e4.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILLS.error.slice(1)}`);
    expect(String(e4.note)).toContain('M04');
    // The style objects ExcelJS shares between cells are not touched: E5 keeps its own.
    expect(ws.getCell('E5').fill).toBeUndefined();
    expect(await host.clearMarks()).toBe(n);
    expect(ws.getCell('E4').note).toBeUndefined();
    expect(ws.getCell('E4').fill).toBeUndefined();
    expect(JSON.stringify(ws.getCell('C4').style)).toBe(before);
    expect(await host.clearMarks()).toBe(0);
  });

  it('applies fixes as text and undoes them', async () => {
    const { host } = await open();
    const ws = host.workbook.getWorksheet('DangVien')!;
    const undo = await host.applyFixes([
      { sheet: 'DangVien', cell: 'E4', value: 'Nữ' },
      { sheet: 'DangVien', cell: 'C3', value: '=1+1' },
      { sheet: 'Nowhere', cell: 'A1', value: 'x' },
    ]);
    expect(undo.cells.map((c) => c.cell)).toEqual(['E4', 'C3']);
    expect(ws.getCell('E4').value).toBe('Nữ');
    expect(ws.getCell('C3').value).toBe('=1+1');
    expect(ws.getCell('C3').formula).toBeUndefined();
    await host.undoFixes(undo);
    expect(ws.getCell('E4').value).toBe('Nuw');
    expect(ws.getCell('C3').value).toBe('NguyÔn V¨n An');
  });

  it('goes to a cell (the workbook opens there) and shows the cells around it', async () => {
    const { host, saved } = await open();
    await host.goTo('DangVien', 'C3');
    expect(host.selection).toEqual({ sheet: 'DangVien', cell: 'C3' });
    const peek = host.peek('DangVien', 'C3')!;
    expect(peek.columns).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(peek.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(peek.rows[peek.at.row].values[peek.at.col]).toBe('NguyÔn V¨n An');
    expect(peek.rows[0].values[2]).toBe('Họ và tên');
    await expect(host.goTo('Nowhere', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
    await host.save('So (đã sửa).xlsx');
    const wb = await reload(saved[0].bytes);
    expect(wb.views[0].activeTab).toBe(1);
  });

  it('creates the template: the standard sheets with headers, list validation and an example row', async () => {
    const host = FileHost.empty({ fileName: 'Mau.xlsx' });
    const created = await host.insertTemplate();
    expect(created).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
    expect(await host.insertTemplate()).toEqual([]);
    await host.save();
    const wb = await reload(host.lastSaved!.bytes);
    const dv = wb.getWorksheet('DangVien')!;
    expect(dv.getRow(1).values).toEqual([undefined, ...templateSheets({ year: new Date().getFullYear() })[1].columns.map((c) => c.header)]);
    expect(dv.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('DanhMuc')] });
    expect(wb.getWorksheet('DanhMuc')!.state).toBe('hidden');
    // The template's own example rows read cleanly as the standard sheets.
    const grids = await new FileHost(wb, { fileName: 'x' }).readGrids();
    const a = analyze(grids, { today: '2018-01-09' });
    expect(a.parsed.lookup.found.size).toBe(4);
    expect(a.findings.filter((f) => ['S01', 'S02', 'S03', 'M03', 'M04'].includes(f.rule))).toEqual([]);
  });
});
