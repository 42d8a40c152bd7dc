/**
 * The TCCS added up by kind of unit (Loại hình): communes, agencies, businesses, the armed
 * forces, the rest — the subtotals an organisation board reads first.
 */
import type { UnitFigures } from './figures';

export type SettingGroup = 'commune' | 'agency' | 'business' | 'armed' | 'other';

export const SETTING_GROUPS: SettingGroup[] = ['commune', 'agency', 'business', 'armed', 'other'];

const GROUP_OF: Record<string, SettingGroup> = {
  'Xã/Thị trấn': 'commune',
  'Cơ quan': 'agency',
  'Trường học': 'agency',
  'Y tế': 'agency',
  'Doanh nghiệp': 'business',
  'Lực lượng vũ trang': 'armed',
};

export function settingGroupOf(setting: string | null): SettingGroup {
  return (setting && GROUP_OF[setting]) || 'other';
}

export interface SettingSubtotal {
  group: SettingGroup;
  tccs: number;
  /** TCCS given a target above 0, and those of them that reached it. */
  assigned: number;
  met: number;
  target: number;
  admitted: number;
}

/** One subtotal per group that has a TCCS, in the groups' order. */
export function settingSubtotals(units: readonly UnitFigures[]): SettingSubtotal[] {
  const by = new Map<SettingGroup, SettingSubtotal>();
  for (const u of units) {
    const g = settingGroupOf(u.setting);
    let s = by.get(g);
    if (!s) by.set(g, (s = { group: g, tccs: 0, assigned: 0, met: 0, target: 0, admitted: 0 }));
    s.tccs++;
    s.admitted += u.admitted;
    if (u.target !== null && u.target > 0) {
      s.assigned++;
      s.target += u.target;
      if (u.admitted >= u.target) s.met++;
    }
  }
  return SETTING_GROUPS.flatMap((g) => by.get(g) ?? []);
}

/** TCCS given a target above 0, and those that reached it: the headline "25/33 TCCS đạt". */
export function metCount(units: readonly UnitFigures[]): { met: number; assigned: number; tccs: number } {
  const assigned = units.filter((u) => u.target !== null && u.target > 0);
  return { met: assigned.filter((u) => u.admitted >= u.target!).length, assigned: assigned.length, tccs: units.length };
}
