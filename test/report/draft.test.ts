import { readFileSync } from 'fs';
import { join } from 'path';
import type { Figures } from '../../src/core/figures';
import { REPORT_CATALOGUE } from '../../src/report/catalogue';
import { draftReport, reportParagraphs, tableRowCells, type DraftedReport } from '../../src/report/draft';
import { defaultReportSettings, type ReportSettings } from '../../src/report/settings';
import { figures, sampleFigures, unit } from './helpers';

const ARTICLE_SENTENCE =
  "Năm 2017, toàn Đảng bộ huyện đã kết nạp 167 đảng viên mới, đạt 111% kế hoạch, nâng tổng số đảng viên lên 3.044 đồng chí, sinh hoạt ở 39 tổ chức cơ sở đảng (trong đó 21 đảng bộ và 18 chi bộ trực thuộc Huyện ủy; 300 chi bộ trực thuộc đảng bộ cơ sở).";

function draft(f: Figures, lang: 'vi' | 'en' = 'vi', settings: Partial<ReportSettings> = {}): DraftedReport {
  return draftReport(f, { ...defaultReportSettings(f, lang), ...settings }, lang);
}

function paragraphs(f: Figures, lang: 'vi' | 'en' = 'vi', settings: Partial<ReportSettings> = {}): string[] {
  return reportParagraphs(draft(f, lang, settings));
}

function headings(d: DraftedReport): string[] {
  return d.body.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
}

describe('the bundled sample (the article’s figures)', () => {
  const d = draft(sampleFigures());
  const p = reportParagraphs(d);

  it('drafts the article’s first paragraph word for word', () => {
    expect(p[0]).toBe(ARTICLE_SENTENCE);
  });

  it('names the TCCS that most exceeded its plan: Cư San, 13 admitted, 163%', () => {
    expect(p[1]).toContain('cao nhất là Đảng bộ xã Cư San (kết nạp 13 đảng viên, đạt 163% kế hoạch)');
  });

  it('lists the TCCS below plan with their figures', () => {
    expect(p[1]).toMatch(/Còn \d+ tổ chức cơ sở đảng chưa đạt chỉ tiêu: /);
    expect(p[1]).toContain('Đảng bộ xã Krông Á (kết nạp 8/9, đạt 89%)');
  });

  it('breaks the admitted down: women, ethnic minority, young, religious', () => {
    const f = sampleFigures().district.breakdown;
    expect(p[2]).toBe(
      `Trong số 167 đảng viên mới kết nạp có ${f.women} đảng viên nữ (${share(f.women)}), ${f.minority} đảng viên là người dân tộc thiểu số (${share(f.minority)}), ${f.young} đảng viên từ 18 đến 30 tuổi (${share(f.young)}) và ${f.religious} đảng viên là người có đạo (${share(f.religious)}).`,
    );
    function share(n: number) {
      return `${(Math.round((n / 167) * 1000) / 10).toString().replace('.', ',')}%`;
    }
  });

  it('gives the training classes: 22 classes, 2.739 learners, 3 awareness classes with 310 candidates', () => {
    const t = p.find((x) => x.startsWith('Trong năm 2017, đã mở'))!;
    expect(t).toContain('22 lớp bồi dưỡng chính trị với tổng số 2.739 học viên');
    expect(t).toContain('3 lớp bồi dưỡng nhận thức về Đảng với 310 đối tượng kết nạp Đảng');
  });

  it('weighs the two indicators against their goals', () => {
    const i = sampleFigures().indicators;
    const t = p.find((x) => x.startsWith('Đến ngày 31/12/2017'))!;
    expect(t).toContain(`có ${i.villageCellsWithLocal.met}/${i.villageCellsWithLocal.total} chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ`);
    expect(t).toContain('mục tiêu 90%');
    expect(t).toContain(`${i.communesWithHealthCell.met}/${i.communesWithHealthCell.total} đảng bộ xã, thị trấn có chi bộ trạm y tế`);
    expect(t).toContain('mục tiêu 100%');
  });

  it('places the sections in order, the table in the first, and closes with the usual sentence', () => {
    expect(headings(d)).toEqual([
      '1. Kết quả kết nạp đảng viên',
      '2. Công tác bồi dưỡng chính trị',
      '3. Củng cố tổ chức cơ sở đảng',
      '4. Phương hướng, nhiệm vụ năm 2018',
    ]);
    const kinds = d.body.map((b) => b.type);
    expect(kinds.indexOf('table')).toBeLessThan(kinds.indexOf('heading', 1) + 1);
    expect(p[p.length - 1]).toBe('Trên đây là báo cáo kết quả công tác phát triển đảng viên năm 2017 của Ban Thường vụ Huyện ủy.');
  });

  it('drafts the header parts of the format', () => {
    expect(d.header).toEqual({
      superiorBody: '',
      issuingBody: "HUYỆN ỦY M'ĐRẮK",
      star: '*',
      number: 'Số   -BC/HU',
      partyTitle: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      placeDate: "M'Đrắk, ngày … tháng … năm …",
    });
    expect(d.title).toEqual({ docType: 'BÁO CÁO', subject: 'kết quả công tác phát triển đảng viên năm 2017', rule: '-----' });
    expect(d.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: '', name: '' });
    expect(d.recipients.heading).toBe('Nơi nhận:');
    expect(d.recipients.lines[0]).toBe('- Ban Tổ chức Tỉnh ủy (báo cáo),');
    expect(d.recipients.lines[d.recipients.lines.length - 1]).toBe('- Lưu Văn phòng Huyện ủy.');
  });

  it('carries the attainment table: every TCCS and the district total', () => {
    expect(d.table.rows).toHaveLength(39);
    const cuSan = d.table.rows.find((r) => r.name === 'Đảng bộ xã Cư San')!;
    expect(tableRowCells(cuSan, 'vi').slice(2)).toEqual(['8', '13', '163%', 'Đạt']);
    expect(tableRowCells(d.table.total, 'vi')).toEqual(['', 'Tổng cộng', '150', '167', '111%', 'Đạt']);
    const zero = d.table.rows.find((r) => r.target === 0)!;
    expect(tableRowCells(zero, 'vi').slice(2)).toEqual(['0', '0', '—', '—']);
  });

  it('fills number, date and signer from the settings', () => {
    const s = draft(sampleFigures(), 'vi', {
      number: '15',
      date: '2018-01-09',
      superiorBody: 'ĐẢNG BỘ TỈNH ĐẮK LẮK',
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Vũ Hữu Nhân',
      nextTarget: 150,
    });
    expect(s.header.number).toBe('Số 15-BC/HU');
    expect(s.header.placeDate).toBe("M'Đrắk, ngày 09 tháng 01 năm 2018");
    expect(s.header.superiorBody).toBe('ĐẢNG BỘ TỈNH ĐẮK LẮK');
    expect(s.signature).toEqual({ authority: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Vũ Hữu Nhân' });
    expect(reportParagraphs(s)).toContain(
      'Năm 2018, Đảng bộ huyện phấn đấu kết nạp 150 đảng viên mới; ít nhất 90% chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ; 100% đảng bộ xã, thị trấn có chi bộ trạm y tế.',
    );
  });

  it('drafts the same report in English', () => {
    const en = paragraphs(sampleFigures(), 'en');
    expect(en[0]).toBe(
      'In 2017 the district party organisation admitted 167 new members, 111% of the plan, bringing the membership to 3,044 in 39 grassroots party organisations (21 grassroots party committees and 18 grassroots cells directly under the district committee; 300 cells under the grassroots committees).',
    );
    expect(en[1]).toContain('the highest being Đảng bộ xã Cư San (13 admitted, 163% of its target)');
  });
});

describe('edge cases of the templates', () => {
  it('a district target of 0: no percentage, no division, “—” in the table', () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', 0, 2)], { target: 0 });
    const d = draft(f);
    const p = reportParagraphs(d);
    expect(p[0]).toBe(
      'Năm 2017, toàn Đảng bộ huyện đã kết nạp 2 đảng viên mới (kế hoạch không giao chỉ tiêu), nâng tổng số đảng viên lên 100 đồng chí, sinh hoạt ở 1 tổ chức cơ sở đảng (là một đảng bộ cơ sở với 10 chi bộ trực thuộc).',
    );
    expect(p[1]).toBe('Trong năm, các tổ chức cơ sở đảng không được giao chỉ tiêu kết nạp đảng viên.');
    expect(tableRowCells(d.table.total, 'vi')).toEqual(['', 'Tổng cộng', '0', '2', '—', '—']);
    expect(p.join(' ')).not.toMatch(/NaN|Infinity|undefined|null/);
  });

  it('no plan at all: the admissions without a percentage', () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', null, 4)]);
    expect(f.district.target).toBeNull();
    expect(paragraphs(f)[0]).toMatch(/^Năm 2017, toàn Đảng bộ huyện đã kết nạp 4 đảng viên mới, nâng tổng số/);
  });

  it('nobody admitted: says so, and leaves out the breakdown', () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', 5, 0)]);
    const p = paragraphs(f);
    expect(p[0]).toBe(
      'Năm 2017, toàn Đảng bộ huyện chưa kết nạp được đảng viên mới nào (chỉ tiêu 5 đảng viên), tổng số đảng viên là 100 đồng chí, sinh hoạt ở 1 tổ chức cơ sở đảng (là một đảng bộ cơ sở với 10 chi bộ trực thuộc).',
    );
    expect(p[1]).toBe('Chưa có tổ chức cơ sở đảng nào hoàn thành kế hoạch. Còn 1 tổ chức cơ sở đảng chưa đạt chỉ tiêu: Đảng bộ xã A (kết nạp 0/5, đạt 0%).');
    expect(p.some((x) => x.startsWith('Trong số'))).toBe(false);
  });

  it('below plan overall: says how far', () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', 10, 9), unit('X02', 'Đảng bộ xã B', 10, 9)]);
    expect(paragraphs(f)[0]).toMatch(/đã kết nạp 18 đảng viên mới, chỉ đạt 90% kế hoạch \(chỉ tiêu 20 đảng viên\), nâng/);
  });

  it('no TCCS below plan: all met, the best named, no “còn … chưa đạt”', () => {
    const f = figures([unit('X01', 'Đảng bộ xã A', 4, 6), unit('X02', 'Đảng bộ xã B', 4, 4), unit('X03', 'Đảng bộ xã C', 2, 3)]);
    expect(paragraphs(f)[1]).toBe(
      'Tất cả 3 tổ chức cơ sở đảng được giao chỉ tiêu đều hoàn thành kế hoạch. Trong đó, 2 tổ chức vượt chỉ tiêu, cao nhất là Đảng bộ xã A (kết nạp 6 đảng viên, đạt 150% kế hoạch), tiếp đến là Đảng bộ xã C (kết nạp 3 đảng viên, đạt 150% kế hoạch).',
    );
  });

  it('ranks by attainment, then by the number admitted', () => {
    const f = figures([unit('X01', 'A', 2, 3), unit('X02', 'B', 4, 6), unit('X03', 'C', 1, 2), unit('X04', 'D', 10, 11)]);
    expect(paragraphs(f)[1]).toContain('cao nhất là C (kết nạp 2 đảng viên, đạt 200% kế hoạch), tiếp đến là B (kết nạp 6 đảng viên, đạt 150% kế hoạch) và A (kết nạp 3 đảng viên');
  });

  it('one TCCS only, in both languages', () => {
    const cell = unit('C01', 'Chi bộ Trạm Y tế', 1, 1, { kind: 'Chi bộ cơ sở', cells: 1 });
    const f = figures([cell]);
    const vi = paragraphs(f);
    expect(vi[0]).toBe(
      'Năm 2017, toàn Đảng bộ huyện đã kết nạp 1 đảng viên mới, đạt 100% kế hoạch, nâng tổng số đảng viên lên 100 đồng chí, sinh hoạt ở 1 tổ chức cơ sở đảng (là một chi bộ cơ sở trực thuộc Huyện ủy).',
    );
    expect(vi[1]).toBe('Tổ chức cơ sở đảng duy nhất được giao chỉ tiêu đã hoàn thành kế hoạch.');
    const en = paragraphs(f, 'en');
    expect(en[0]).toBe(
      'In 2017 the district party organisation admitted 1 new member, 100% of the plan, bringing the membership to 100 in 1 grassroots party organisation (a grassroots cell directly under the district committee).',
    );
    expect(en[1]).toBe('The only grassroots organisation with a target met it.');
  });

  it('English plural forms follow the numbers', () => {
    const f = figures([unit('X01', 'A', 2, 1), unit('X02', 'B', 3, 4)], {}, { training: { classes: 1, learners: 1, byType: [{ type: 'Nhận thức về Đảng', classes: 1, learners: 1 }] } });
    f.district.breakdown = { women: 1, minority: 2, religious: 0, young: 1, local: 0 };
    f.district.cellsUnder3Full = 1;
    f.indicators.villageCellsWithLocal = { total: 1, met: 1, share: 1, goal: 0.9 };
    const en = paragraphs(f, 'en');
    expect(en[0]).toContain('admitted 5 new members, 100% of the plan');
    expect(en[0]).toContain('in 2 grassroots party organisations (all grassroots party committees, with 20 cells under them)');
    expect(en[1]).toBe(
      '1 of the 2 grassroots organisations with a target met it. The one above its target was B (4 admitted, 133% of its target). One grassroots organisation fell short of its target: A (1 of 2, 50%).',
    );
    expect(en[2]).toBe('Of the 5 new members, 1 is a woman (20%), 2 belong to ethnic minorities (40%) and 1 is aged 18 to 30 (20%). None of them is religious.');
    expect(en[3]).toBe('In 2017, 1 political training class was held for 1 learner in all, among them 1 party-awareness class for 1 candidate for admission.');
    expect(en[4]).toBe('At 31/12/2017, 1 of 1 village cell had a local-resident member (100%), meeting the goal of 90%. 1 cell has fewer than 3 full members and needs strengthening.');
  });

  it('Vietnamese: the zero breakdowns said once, with “hoặc”', () => {
    const f = figures([unit('X01', 'A', 3, 3)]);
    f.district.breakdown = { women: 1, minority: 0, religious: 0, young: 0, local: 0 };
    expect(paragraphs(f)[2]).toBe(
      'Trong số 3 đảng viên mới kết nạp có 1 đảng viên nữ (33,3%). Không có đảng viên mới nào là người dân tộc thiểu số, từ 18 đến 30 tuổi hoặc là người có đạo.',
    );
    f.district.breakdown.women = 0;
    expect(paragraphs(f)[2]).toBe('Trong số 3 đảng viên mới kết nạp không có đảng viên nữ, người dân tộc thiểu số, người từ 18 đến 30 tuổi hay người có đạo.');
  });

  it('TCCS without a target that admitted are mentioned apart', () => {
    const f = figures([unit('X01', 'A', 3, 3), unit('C01', 'B', 0, 2, { kind: 'Chi bộ cơ sở' }), unit('C02', 'C', null, 1, { kind: 'Chi bộ cơ sở' })]);
    expect(paragraphs(f)[1]).toBe(
      'Tổ chức cơ sở đảng duy nhất được giao chỉ tiêu đã hoàn thành kế hoạch. Ngoài ra, 2 tổ chức cơ sở đảng không được giao chỉ tiêu đã kết nạp 3 đảng viên.',
    );
  });

  it('no training, no indicator data: those sections say so or drop out, and the numbering follows', () => {
    const d = draft(figures([unit('X01', 'A', 3, 3)]));
    expect(reportParagraphs(d)).toContain('Trong năm 2017, không mở lớp bồi dưỡng chính trị nào.');
    expect(headings(d)).toEqual(['1. Kết quả kết nạp đảng viên', '2. Công tác bồi dưỡng chính trị', '3. Phương hướng, nhiệm vụ năm 2018']);
  });

  it('no LopBoiDuong sheet: nothing said about training (no classes recorded is not “no classes held”)', () => {
    const d = draft(figures([unit('X01', 'A', 3, 3)], {}, { recorded: { classes: false, religion: true, local: true, setting: true } }));
    expect(reportParagraphs(d).join(' ')).not.toMatch(/bồi dưỡng chính trị/);
    expect(headings(d)).toEqual(['1. Kết quả kết nạp đảng viên', '2. Phương hướng, nhiệm vụ năm 2018']);
  });

  it('no Tôn giáo column: the breakdown says nothing about religion', () => {
    const f = figures([unit('X01', 'A', 3, 3)], { breakdown: { women: 1, minority: 0, religious: 0, young: 0, local: 0 } }, { recorded: { classes: true, religion: false, local: true, setting: true } });
    const text = reportParagraphs(draft(f)).join(' ');
    expect(text).toContain('1 đảng viên nữ');
    expect(text).not.toMatch(/có đạo/);
    const none = figures([unit('X01', 'A', 3, 3)], {}, { recorded: { classes: true, religion: false, local: true, setting: true } });
    const noneText = reportParagraphs(draft(none)).join(' ');
    expect(noneText).toContain('Không có đảng viên mới nào là nữ, là người dân tộc thiểu số hoặc từ 18 đến 30 tuổi.');
    expect(noneText).not.toMatch(/có đạo/);
  });

  it('the own target and the TCCS targets’ sum differ: both are said, and which one is used', () => {
    const f = figures([unit('X01', 'A', 100, 90), unit('X02', 'B', 60, 60)], { target: 150, ownTarget: true, targetSum: 160 });
    const p = paragraphs(f);
    expect(p[1]).toMatch(/^Chỉ tiêu chung là chỉ tiêu của Đảng bộ huyện \(150 đảng viên\); tổng chỉ tiêu giao cho các tổ chức cơ sở đảng là 160 đảng viên\. /);
    expect(paragraphs(figures([unit('X01', 'A', 3, 3)], { target: 3, ownTarget: true, targetSum: 3 })).join(' ')).not.toContain('Chỉ tiêu chung');
  });

  it('a workbook with errors gives a draft that says how many errors remain; none without errors', () => {
    const f = figures([unit('X01', 'A', 3, 3)]);
    const d = draftReport(f, defaultReportSettings(f), 'vi', { errors: 12 });
    expect(d.draft).toEqual({ mark: 'DỰ THẢO', errors: 12, note: 'Sổ còn 12 lỗi chưa sửa (xem sheet Kiểm tra): số liệu trong dự thảo này có thể thay đổi sau khi sửa.' });
    expect(draftReport(f, defaultReportSettings(f, 'en'), 'en', { errors: 1 }).draft?.note).toMatch(/^The workbook still has 1 error \(/);
    expect(draftReport(f, defaultReportSettings(f), 'vi', { errors: 0 }).draft).toBeNull();
  });

  it('no TCCS at all: no table, no “sinh hoạt ở”', () => {
    const d = draft(figures([], { target: 10, admitted: 0, members: 5 }));
    expect(d.body.some((b) => b.type === 'table')).toBe(false);
    expect(reportParagraphs(d)[0]).toBe('Năm 2017, toàn Đảng bộ huyện chưa kết nạp được đảng viên mới nào (chỉ tiêu 10 đảng viên), tổng số đảng viên là 5 đồng chí.');
  });

  it('the next year’s target only when there is one', () => {
    const f = figures([unit('X01', 'A', 3, 3)]);
    expect(paragraphs(f).find((p) => p.startsWith('Năm 2018'))).toBe(
      'Năm 2018, Đảng bộ huyện phấn đấu: ít nhất 90% chi bộ thôn, buôn, tổ dân phố có đảng viên là người tại chỗ; 100% đảng bộ xã, thị trấn có chi bộ trạm y tế.',
    );
    expect(paragraphs(f, 'vi', { nextTarget: 1200 }).find((p) => p.startsWith('Năm 2018'))).toMatch(/^Năm 2018, Đảng bộ huyện phấn đấu kết nạp 1\.200 đảng viên mới; /);
    expect(paragraphs(f, 'en', { nextTarget: 1 }).find((p) => p.startsWith('In 2018'))).toMatch(/^In 2018 the district party organisation aims to admit 1 new member; /);
  });

  it('names the committee after the root: a town, a city', () => {
    const town = figures([unit('X01', 'A', 3, 3)], { name: 'Đảng bộ thị xã Buôn Hồ' });
    const d = draft(town);
    expect(d.header.issuingBody).toBe('THỊ ỦY BUÔN HỒ');
    expect(d.header.number).toBe('Số   -BC/TU');
    expect(reportParagraphs(d)[0]).toMatch(/^Năm 2017, toàn Đảng bộ thị xã đã kết nạp/);
  });
});

describe('the catalogue', () => {
  type Tree = { [k: string]: unknown };
  function leaves(t: unknown, path = ''): [string, string][] {
    if (typeof t === 'string') return [[path, t]];
    if (Array.isArray(t)) return t.flatMap((v, i) => leaves(v, `${path}[${i}]`));
    if (t && typeof t === 'object') return Object.entries(t as Tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
    return [];
  }
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();

  it('has the same entries in Vietnamese and English', () => {
    expect(leaves(REPORT_CATALOGUE.en).map(([p]) => p)).toEqual(leaves(REPORT_CATALOGUE.vi).map(([p]) => p));
  });

  it('uses the same placeholders in both languages', () => {
    const en = new Map(leaves(REPORT_CATALOGUE.en));
    for (const [path, vi] of leaves(REPORT_CATALOGUE.vi)) {
      expect({ path, placeholders: [...new Set(placeholders(en.get(path)!))] }).toEqual({ path, placeholders: [...new Set(placeholders(vi))] });
    }
  });

  it('is where the prose lives: the drafting code holds no words of its own', () => {
    const code = readFileSync(join(__dirname, '../../src/report/draft.ts'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const literals = [...code.matchAll(/'([^'\n]*)'|`([^`]*)`|"([^"\n]*)"/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    // The class types are the figures' keys; the rest are block kinds and module paths.
    const allowed = /^(Nhận thức về Đảng|Đảng viên mới|heading|paragraph|table|vi|en|\.\.?\/[\w./-]+|[\w./-]*)$/;
    expect(literals.filter((l) => !allowed.test(l))).toEqual([]);
  });
});
