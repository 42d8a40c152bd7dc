/**
 * The age bands of the statistical forms (Hướng dẫn 11-HD/BTCTW): 18–30 (30 included), 31–35 …
 * 56–60, over 60, in completed years. The summary sheets and the pivot use the same bands.
 */
import type { Text } from '../findings';

export interface AgeBand {
  /** The key in `report --json`. */
  key: string;
  label: Text;
  /** Highest age in the band; the last band has none. */
  max: number | null;
}

export const AGE_BANDS: readonly AgeBand[] = [
  // An admission under 18 is an error (M07); it is counted in the first band rather than lost.
  { key: '18-30', label: { vi: '18–30 tuổi', en: 'Aged 18–30' }, max: 30 },
  { key: '31-35', label: { vi: '31–35 tuổi', en: 'Aged 31–35' }, max: 35 },
  { key: '36-40', label: { vi: '36–40 tuổi', en: 'Aged 36–40' }, max: 40 },
  { key: '41-45', label: { vi: '41–45 tuổi', en: 'Aged 41–45' }, max: 45 },
  { key: '46-50', label: { vi: '46–50 tuổi', en: 'Aged 46–50' }, max: 50 },
  { key: '51-55', label: { vi: '51–55 tuổi', en: 'Aged 51–55' }, max: 55 },
  { key: '56-60', label: { vi: '56–60 tuổi', en: 'Aged 56–60' }, max: 60 },
  { key: 'over60', label: { vi: 'Trên 60 tuổi', en: 'Over 60' }, max: null },
];

/** Index in `AGE_BANDS` of an age in completed years. */
export function ageBandIndex(age: number): number {
  for (let i = 0; i < AGE_BANDS.length - 1; i++) if (age <= AGE_BANDS[i].max!) return i;
  return AGE_BANDS.length - 1;
}

/** The band's label, as the pivot's age field shows it. */
export function ageBandLabel(age: number): string {
  return AGE_BANDS[ageBandIndex(age)].label.vi;
}
