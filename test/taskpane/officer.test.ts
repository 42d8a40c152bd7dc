// The officer's views in the pane: the corrections per chi bộ as text, the chart's rows, and the
// pane's run carrying the views while what is sent on does not.
import { runWorkbook } from '../../src/pipeline/run';
import { generateSample } from '../../src/sample';
import { cellListFileName, cellListText, chartRows } from '../../src/taskpane/logic/officer';
import { validBook } from '../core/fixture';

const TODAY = '2018-01-09';

describe('the list to send to each chi bộ', () => {
  const b = validBook().set('DangVien', 'Giới tính', 35, 'Nuw').set('DangVien', 'Giới tính', 3, 'Namm');
  const r = runWorkbook(b.grids, { lang: 'vi', today: TODAY, layouts: true, officer: true });
  const name35 = String(b.get('DangVien', 'Họ và tên', 35));

  it('names the chi bộ, where, who and what, with the fix; one chi bộ alone when chosen', () => {
    const all = cellListText(r, 'vi', TODAY, '', 'So.xlsx');
    expect(all.split('\r\n')[0]).toBe('DANH SÁCH CẦN SỬA TRONG SỔ ĐẢNG VIÊN — tệp So.xlsx — lập ngày 09/01/2018');
    expect(all).toContain(`DangVien!E35 — Giá trị ở cột "Giới tính" không nằm trong danh sách; có phải là "Nữ"? Ô đang ghi "Nuw"; các giá trị hợp lệ: Nam, Nữ. Đảng viên: ${name35}. Gợi ý: Nữ.`);
    expect(all).toContain(name35);
    const g = r.officer!.byCell.find((x) => x.findings.some((i) => r.findings[i].cell === 'E35'))!;
    const one = cellListText(r, 'vi', TODAY, g.code);
    expect(one).toContain(`Chi bộ ${g.name} (${g.code})`);
    expect(one).toContain('E35');
    expect(one).not.toContain('DangVien!E3 —');
    expect(all).toContain('DangVien!E3 —');
    expect(cellListFileName(2017, g.code)).toBe(`DanhSachSua-2017-${g.code}.txt`);
    expect(cellListText(r, 'en', TODAY)).toContain('The cell holds "Nuw"');
  });

  it('the pane’s run carries the views; the sheets sent on name nobody', () => {
    expect(r.officer).not.toBeNull();
    expect(JSON.stringify(r.exportLayouts)).not.toContain(name35);
    expect(JSON.stringify(r.exportLayouts)).not.toContain('Nuw');
    // The command line does not ask for them.
    expect(runWorkbook(b.grids, { lang: 'vi', today: TODAY }).officer).toBeNull();
  });
});

describe('the attainment chart', () => {
  it('one bar per TCCS with a target, highest first, labelled as the sheet writes percentages', () => {
    const r = runWorkbook(generateSample(), { lang: 'vi', today: TODAY });
    const rows = chartRows(r.figures!, 'vi');
    expect(rows).toHaveLength(r.figures!.units.filter((u) => u.attainment !== null).length);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].value!).toBeGreaterThanOrEqual(rows[i].value!);
    const cuSan = rows.find((x) => x.name.includes('Cư San'))!;
    expect(cuSan).toMatchObject({ label: '163%', met: true });
    expect(rows.filter((x) => x.met)).toHaveLength(25);
  });
});
