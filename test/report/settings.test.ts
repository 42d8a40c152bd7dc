import { analyze } from '../../src/core/analyze';
import type { SheetGrid } from '../../src/core/grid';
import { generateSample } from '../../src/sample';
import { reportParagraphs } from '../../src/report/draft';
import { planTarget } from '../../src/report/plan';
import { prepareReport } from '../../src/report/prepare';
import { defaultReportSettings, parseRootName, readReportSettings, resolveReportSettings } from '../../src/report/settings';
import { figures, sampleAnalysis, sampleFigures, unit } from './helpers';

describe('defaults from the root unit', () => {
  it.each([
    ["Đảng bộ huyện M'Đrắk", 'district', "M'Đrắk"],
    ['Đảng bộ thị xã Buôn Hồ', 'town', 'Buôn Hồ'],
    ['Đảng bộ thành phố Buôn Ma Thuột', 'city', 'Buôn Ma Thuột'],
    ['Đảng bộ quận 3', 'urbanDistrict', 'Quận 3'],
    ['Đảng bộ quận Hoàn Kiếm', 'urbanDistrict', 'Hoàn Kiếm'],
    ['Đảng bộ tỉnh Đắk Lắk', 'province', 'Đắk Lắk'],
    ['  đảng bộ  HUYỆN  Krông Búk ', 'district', 'Krông Búk'],
    ['Đảng bộ Khối Doanh nghiệp', 'other', 'Khối Doanh nghiệp'],
  ])('%s → %s, %s', (name, level, place) => {
    expect(parseRootName(name)).toEqual({ level, place });
  });

  it('the sample: HUYỆN ỦY M’ĐRẮK, HU, M’Đrắk, a blank superior body, signer left to fill', () => {
    expect(defaultReportSettings(sampleFigures())).toEqual({
      level: 'district',
      superiorBody: '',
      issuingBody: "HUYỆN ỦY M'ĐRẮK",
      issuingAbbrev: 'HU',
      place: "M'Đrắk",
      number: '',
      date: null,
      authority: 'T/M BAN THƯỜNG VỤ',
      signerTitle: '',
      signerName: '',
      recipients: ['Ban Tổ chức Tỉnh ủy (báo cáo)', 'Thường trực Huyện ủy', 'Các tổ chức cơ sở đảng trực thuộc', 'Lưu Văn phòng Huyện ủy'],
      nextTarget: null,
    });
  });

  it('a province has no superior body line; a committee of another kind is “Đảng ủy”', () => {
    const p = defaultReportSettings(figures([unit('X01', 'A', 1, 1)], { name: 'Đảng bộ tỉnh Đắk Lắk' }));
    expect(p).toMatchObject({ superiorBody: null, issuingBody: 'TỈNH ỦY ĐẮK LẮK', issuingAbbrev: 'TU', place: 'Đắk Lắk' });
    const o = defaultReportSettings(figures([unit('X01', 'A', 1, 1)], { name: 'Đảng bộ Khối Doanh nghiệp' }));
    expect(o).toMatchObject({ issuingBody: 'ĐẢNG ỦY KHỐI DOANH NGHIỆP', issuingAbbrev: 'ĐU' });
  });

  it('English defaults for the fixed words', () => {
    const s = defaultReportSettings(sampleFigures(), 'en');
    expect(s.authority).toBe('ON BEHALF OF THE STANDING COMMITTEE');
    expect(s.issuingBody).toBe("HUYỆN ỦY M'ĐRẮK");
  });
});

describe('the settings sheet', () => {
  const sheet = (name: string, values: SheetGrid['values'], numberFormats?: SheetGrid['numberFormats']): SheetGrid => ({ name, values, numberFormats });

  it('is optional', () => {
    expect(readReportSettings(generateSample())).toEqual({});
  });

  it('reads key/value rows under any of its names and keys, ignoring what it does not know', () => {
    const grid = sheet(
      'Thiết lập',
      [
        ['Mục', 'Giá trị'],
        ['Cơ quan cấp trên', 'Đảng bộ tỉnh Đắk Lắk'],
        ['co quan ban hanh', "Huyện ủy M'Đrắk"],
        ['Ký hiệu', 'HU'],
        ['Địa danh', "M'Đrắk"],
        ['Số văn bản', 15],
        ['Ngày ban hành', 43109],
        ['Chức vụ người ký', 'Phó Bí thư'],
        ['Người ký', '  Vũ Hữu Nhân '],
        ['Nơi nhận', '- Ban Tổ chức Tỉnh ủy (báo cáo),\n- Thường trực Huyện ủy,'],
        ['Nơi nhận', 'Lưu Văn phòng Huyện ủy.'],
        ['Chỉ tiêu năm sau', 150],
        ['Màu nền', 'xanh'],
      ],
      [[], [], [], [], [], [], [null, 'dd/mm/yyyy']],
    );
    expect(readReportSettings([grid])).toEqual({
      superiorBody: 'ĐẢNG BỘ TỈNH ĐẮK LẮK',
      issuingBody: "HUYỆN ỦY M'ĐRẮK",
      issuingAbbrev: 'HU',
      place: "M'Đrắk",
      number: '15',
      date: '2018-01-09',
      signerTitle: 'PHÓ BÍ THƯ',
      signerName: 'Vũ Hữu Nhân',
      recipients: ['Ban Tổ chức Tỉnh ủy (báo cáo)', 'Thường trực Huyện ủy', 'Lưu Văn phòng Huyện ủy'],
      nextTarget: 150,
    });
  });

  it('reads dates written as text or as JS dates, and finds the sheet as Settings or ThietLap', () => {
    expect(readReportSettings([sheet('Settings', [['Date', '09/01/2018']])])).toEqual({ date: '2018-01-09' });
    expect(readReportSettings([sheet('ThietLap', [['Ngày', new Date(Date.UTC(2018, 0, 9))]])])).toEqual({ date: '2018-01-09' });
    expect(readReportSettings([sheet('ThietLap', [['Ngày', 'chưa rõ'], ['Chỉ tiêu năm sau', 'nhiều']])])).toEqual({});
  });

  it('settings over defaults, the pane over the sheet', () => {
    const s = resolveReportSettings(sampleFigures(), 'vi', { signerName: 'A', place: 'B' }, { signerName: 'C', number: undefined });
    expect(s).toMatchObject({ signerName: 'C', place: 'B', number: '', issuingBody: "HUYỆN ỦY M'ĐRẮK" });
  });
});

describe('the plan’s next-year target', () => {
  it('is the root’s own row, else the sum of the TCCS rows, else null', () => {
    const a = sampleAnalysis();
    expect(planTarget(a.parsed, a.hierarchy, 2017)).toBe(150);
    expect(planTarget(a.parsed, a.hierarchy, 2018)).toBeNull();

    const grids = generateSample();
    const plan = grids.find((g) => g.name === 'ChiTieu')!;
    plan.values.push(['X01', 2018, 10], ['X02', 2018, 7]);
    const b = analyze(grids, { year: 2017, today: '2018-01-09', layouts: false });
    expect(planTarget(b.parsed, b.hierarchy, 2018)).toBe(17);
    plan.values.push(['HU', 2018, 150]);
    const c = analyze(grids, { year: 2017, today: '2018-01-09', layouts: false });
    expect(planTarget(c.parsed, c.hierarchy, 2018)).toBe(150);
  });
});

describe('prepareReport', () => {
  it('drafts the sample with its defaults, the plan, the settings sheet and the pane, in that order', () => {
    const grids = generateSample();
    grids.find((g) => g.name === 'ChiTieu')!.values.push(['HU', 2018, 160]);
    grids.push({ name: 'ThietLap', values: [['Người ký', 'Vũ Hữu Nhân'], ['Chỉ tiêu năm sau', 150], ['Chức vụ', 'Bí thư']] });
    const a = analyze(grids, { year: 2017, today: '2018-01-09', layouts: false });
    const r = prepareReport(a, grids, { settings: { signerTitle: 'PHÓ BÍ THƯ' } })!;
    expect(r.settings).toMatchObject({ signerName: 'Vũ Hữu Nhân', signerTitle: 'PHÓ BÍ THƯ', nextTarget: 150, issuingBody: "HUYỆN ỦY M'ĐRẮK" });
    expect(r.layout.name).toBe('Báo cáo 2017');
    expect(reportParagraphs(r.drafted)[0]).toMatch(/^Năm 2017, toàn Đảng bộ huyện đã kết nạp 167 đảng viên mới, đạt 111% kế hoạch/);
    const plain = prepareReport(a, generateSample().concat([]), {})!;
    expect(plain.settings.nextTarget).toBe(160);
  });

  it('gives nothing without figures', () => {
    expect(prepareReport({ ...sampleAnalysis(), figures: null }, [])).toBeNull();
  });
});
