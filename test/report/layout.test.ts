import { a1, parseA1 } from '../../src/core/grid';
import type { SheetLayout } from '../../src/core/layouts/types';
import { draftReport, reportParagraphs } from '../../src/report/draft';
import { BLANK_LINE, reportLayout } from '../../src/report/layout';
import { defaultReportSettings } from '../../src/report/settings';
import { DOC_LOOKS } from '../../src/report/styles';
import { figures, sampleFigures, unit } from './helpers';

function sampleLayout(settings = {}): SheetLayout {
  const f = sampleFigures();
  return reportLayout(draftReport(f, { ...defaultReportSettings(f), ...settings }), 2017);
}

/** The value at an A1 address, and the styles that cover it. */
function at(l: SheetLayout, address: string) {
  const { row, col } = parseA1(address)!;
  const styles = l.styles
    .filter((s) => {
      const [from, to = from] = s.range.split(':').map((x) => parseA1(x)!);
      return row >= from.row && row <= to.row && col >= from.col && col <= to.col;
    })
    .map((s) => s.style);
  return { value: l.rows[row]?.[col] ?? null, styles };
}

function find(l: SheetLayout, value: unknown): string {
  for (let r = 0; r < l.rows.length; r++) for (let c = 0; c < l.rows[r].length; c++) if (l.rows[r][c] === value) return a1(r, c);
  throw new Error(`not on the sheet: ${String(value)}`);
}

describe('the Báo cáo Y sheet of the sample', () => {
  const l = sampleLayout();

  it('is named for the year, portrait A4 with the format’s margins, page numbers from page 2 at the top', () => {
    expect(l.key).toBe('report');
    expect(l.name).toBe('Báo cáo 2017');
    expect(l.year).toBe(2017);
    expect(l.print.orientation).toBe('portrait');
    expect(l.print.margins).toMatchObject({ top: 20, bottom: 20, left: 30, right: 15 });
    expect(l.print.pageNumbers).toEqual({ position: 'top', skipFirst: true });
    expect(l.hideGridlines).toBe(true);
  });

  it('has the issuing body top left and the party title top right, the date on the number’s line', () => {
    expect(at(l, 'A1')).toEqual({ value: BLANK_LINE, styles: ['docCenter'] });
    expect(at(l, 'A2')).toEqual({ value: "HUYỆN ỦY M'ĐRẮK", styles: ['docBold'] });
    expect(at(l, 'A3')).toEqual({ value: '*', styles: ['docCenter'] });
    expect(at(l, 'A4')).toEqual({ value: 'Số   -BC/HU', styles: ['docCenter'] });
    expect(at(l, 'C1')).toEqual({ value: 'ĐẢNG CỘNG SẢN VIỆT NAM', styles: ['docPartyTitle'] });
    expect(at(l, 'C4')).toEqual({ value: "M'Đrắk, ngày … tháng … năm …", styles: ['docItalic'] });
    expect(l.merges).toEqual(expect.arrayContaining(['A1:B1', 'A2:B2', 'C1:F1', 'C4:F4']));
    expect(DOC_LOOKS.docPartyTitle).toMatchObject({ bold: true, underline: true });
    expect(DOC_LOOKS.docItalic.italic).toBe(true);
  });

  it('writes the superior body when the settings give it', () => {
    expect(at(sampleLayout({ superiorBody: 'ĐẢNG BỘ TỈNH ĐẮK LẮK' }), 'A1').value).toBe('ĐẢNG BỘ TỈNH ĐẮK LẮK');
    const province = figures([unit('X01', 'A', 1, 1)], { name: 'Đảng bộ tỉnh Đắk Lắk' });
    const p = reportLayout(draftReport(province, defaultReportSettings(province)));
    expect(at(p, 'A1').value).toBe('TỈNH ỦY ĐẮK LẮK');
    expect(at(p, 'C3').value).toMatch(/^Đắk Lắk, ngày/);
  });

  it('has the type and subject centred across the page, then the body', () => {
    const type = find(l, 'BÁO CÁO');
    expect(at(l, type).styles).toEqual(['docType']);
    const subject = find(l, 'kết quả công tác phát triển đảng viên năm 2017');
    expect(parseA1(subject)!.row).toBe(parseA1(type)!.row + 1);
    const first = find(l, reportParagraphs(draftReport(sampleFigures(), defaultReportSettings(sampleFigures())))[0]);
    expect(at(l, first).styles).toEqual(['docBody']);
    expect(l.merges).toContain(`${first}:F${parseA1(first)!.row + 1}`);
  });

  it('has the attainment table, its header repeated on each printed page', () => {
    const header = parseA1(find(l, 'Tổ chức cơ sở đảng'))!.row;
    expect(l.rows[header]).toEqual(['STT', 'Tổ chức cơ sở đảng', 'Chỉ tiêu', 'Kết nạp', 'Tỷ lệ', 'Đánh giá']);
    expect(l.print.repeatRows).toBe(`${header + 1}:${header + 1}`);
    const cuSan = parseA1(find(l, 'Đảng bộ xã Cư San'))!.row;
    expect(l.rows[cuSan]).toEqual([11, 'Đảng bộ xã Cư San', 8, 13, 13 / 8, 'Đạt']);
    const total = parseA1(find(l, 'Tổng cộng'))!.row;
    expect(total).toBe(header + 40);
    expect(l.rows[total]).toEqual(['Tổng cộng', null, 150, 167, 167 / 150, 'Đạt']);
    expect(l.numberFormats).toEqual(expect.arrayContaining([{ range: `E${header + 2}:E${total + 1}`, format: '0%' }]));
    expect(at(l, `A${header + 1}`).styles).toEqual(['docCellHeader']);
    expect(DOC_LOOKS.docCell.border).toBe(true);
  });

  it('ends with the signature block right and Nơi nhận left, side by side', () => {
    const authority = parseA1(find(l, 'T/M BAN THƯỜNG VỤ'))!;
    const recipients = parseA1(find(l, 'Nơi nhận:'))!;
    expect(authority).toEqual({ row: recipients.row, col: 2 });
    expect(recipients.col).toBe(0);
    expect(l.rows[authority.row + 1][2]).toBe(BLANK_LINE);
    expect(l.rows[recipients.row + 4][0]).toBe('- Lưu Văn phòng Huyện ủy.');
    const name = l.rows.findIndex((r, i) => i > authority.row + 1 && r[2] === BLANK_LINE);
    expect(name).toBeGreaterThan(authority.row + 2);
  });

  it('gives every row with text a height that shows it, within Excel’s limit', () => {
    const heights = new Map((l.rowHeights ?? []).map((h) => [h.row, h.height]));
    l.rows.forEach((r, i) => {
      if (r.some((v) => v !== null && v !== '')) expect(heights.get(i)).toBeGreaterThan(0);
      expect(heights.get(i) ?? 0).toBeLessThanOrEqual(409);
    });
    const first = parseA1(find(l, reportParagraphs(draftReport(sampleFigures(), defaultReportSettings(sampleFigures())))[0]))!.row;
    expect(heights.get(first)).toBeGreaterThan(4 * 14);
  });

  it('keeps everything within the six columns, and fits A4 portrait one page wide', () => {
    expect(l.columnWidths).toHaveLength(6);
    for (const m of l.merges) expect(parseA1(m.split(':')[1])!.col).toBeLessThan(6);
    for (const r of l.rows) expect(r.length).toBeLessThanOrEqual(6);
    // 165 mm between the margins: Excel units of about 7 px + 5 px padding each.
    const points = l.columnWidths.reduce((s, w) => s + (7 * w + 5) * 0.75, 0);
    expect(points).toBeLessThanOrEqual(((210 - 30 - 15) / 25.4) * 72);
  });
});

describe('long paragraphs', () => {
  it('are split over rows, none taller than Excel allows', () => {
    const many = Array.from({ length: 120 }, (_, i) => unit(`X${i}`, `Đảng bộ xã có tên khá dài số ${i + 1}`, 10, 5));
    const l = reportLayout(draftReport(figures(many), defaultReportSettings(figures(many))));
    for (const h of l.rowHeights ?? []) expect(h.height).toBeLessThanOrEqual(409);
    const text = l.rows.flat().filter((v): v is string => typeof v === 'string').join(' ');
    expect(text).toContain('Đảng bộ xã có tên khá dài số 120 (kết nạp 5/10, đạt 50%)');
  });
});

describe('a draft from a workbook with errors', () => {
  it('says DỰ THẢO and how many errors remain above the header; a clean workbook’s sheet does not', () => {
    const f = sampleFigures();
    const l = reportLayout(draftReport(f, defaultReportSettings(f), 'vi', { errors: 3 }), 2017);
    expect(l.rows[0][0]).toBe('DỰ THẢO');
    expect(String(l.rows[1][0])).toMatch(/^Sổ còn 3 lỗi chưa sửa/);
    expect(l.merges).toEqual(expect.arrayContaining(['A1:F1', 'A2:F2']));
    expect(sampleLayout().rows.flat()).not.toContain('DỰ THẢO');
  });
});
