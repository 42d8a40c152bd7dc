import { metCount, settingGroupOf, settingSubtotals } from '../../src/core/setting-groups';
import { sampleFigures, unit } from '../report/helpers';

describe('TCCS by kind of unit', () => {
  it('groups the settings an officer reads: communes, agencies, businesses, armed forces, the rest', () => {
    expect(['Xã/Thị trấn', 'Cơ quan', 'Trường học', 'Y tế', 'Doanh nghiệp', 'Lực lượng vũ trang', 'Khác', null].map(settingGroupOf)).toEqual([
      'commune', 'agency', 'agency', 'agency', 'business', 'armed', 'other', 'other',
    ]);
  });

  it('adds up targets, admissions and the TCCS that met their target; a target of 0 or none is not counted as given', () => {
    const units = [
      unit('A', 'Xã A', 10, 12),
      unit('B', 'Xã B', 10, 8),
      unit('C', 'Công ty C', 2, 2, { setting: 'Doanh nghiệp' }),
      unit('D', 'Chi bộ D', 0, 1, { setting: 'Cơ quan' }),
      unit('E', 'Chi bộ E', null, 1, { setting: null }),
    ];
    expect(settingSubtotals(units)).toEqual([
      { group: 'commune', tccs: 2, assigned: 2, met: 1, target: 20, admitted: 20 },
      { group: 'agency', tccs: 1, assigned: 0, met: 0, target: 0, admitted: 1 },
      { group: 'business', tccs: 1, assigned: 1, met: 1, target: 2, admitted: 2 },
      { group: 'other', tccs: 1, assigned: 0, met: 0, target: 0, admitted: 1 },
    ]);
    expect(metCount(units)).toEqual({ met: 2, assigned: 3, tccs: 5 });
  });

  it('the sample: 25 of the 33 TCCS with a target met it, 39 TCCS in all; the subtotals add up to the district', () => {
    const f = sampleFigures();
    expect(metCount(f.units)).toEqual({ met: 25, assigned: 33, tccs: 39 });
    const groups = settingSubtotals(f.units);
    expect(groups.reduce((s, g) => s + g.tccs, 0)).toBe(39);
    expect(groups.reduce((s, g) => s + g.admitted, 0)).toBe(f.district.admitted);
  });
});
