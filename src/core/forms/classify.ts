/**
 * The forms' categories of free-text columns: general education (`12/12`, `9/12`, `10/10`, `THCS` …),
 * professional qualification, occupation and religion. Categories are data; a value that fits none
 * is counted as "other", never dropped.
 */
import { Vocabulary } from '../lists';
import { foldName } from '../text/normalize';

/**
 * A category function remembered per value: a column holds a few hundred distinct values over a
 * province's hundreds of thousands of members, each folded and matched once. Bounded, so a column
 * of unique free text costs no more memory than the cap.
 */
function remembered<T>(of: (raw: string) => T): (raw: string | null) => T | null {
  const seen = new Map<string, T>();
  return (raw) => {
    if (raw === null) return null;
    let v = seen.get(raw);
    if (v === undefined && !seen.has(raw)) {
      v = of(raw);
      if (seen.size < 10_000) seen.set(raw, v);
    }
    return v as T;
  };
}

export type EducationLevel = 'upperSecondary' | 'lowerSecondary' | 'primary' | 'belowPrimary';

/** Grades that complete each level, in the 12-year and the old 10-year systems. */
const LEVEL_GRADES: Record<12 | 10, [EducationLevel, number][]> = {
  12: [['upperSecondary', 12], ['lowerSecondary', 9], ['primary', 5]],
  10: [['upperSecondary', 10], ['lowerSecondary', 7], ['primary', 4]],
};

const LEVEL_WORDS: [EducationLevel, RegExp][] = [
  ['upperSecondary', /\b(thpt|trung hoc pho thong|cap 3|cap iii|bo tuc thpt)\b/],
  ['lowerSecondary', /\b(thcs|trung hoc co so|cap 2|cap ii)\b/],
  ['primary', /\b(tieu hoc|cap 1|cap i)\b/],
];

/** The level of general education a value states, or null when it cannot be read. */
export const educationLevel = remembered((raw: string): EducationLevel | null => {
  const s = foldName(raw);
  const grade = /^(\d{1,2})\s*\/\s*(10|12)$/.exec(s);
  if (grade) {
    const g = Number(grade[1]);
    const system = Number(grade[2]) as 10 | 12;
    if (g > system) return null;
    for (const [level, done] of LEVEL_GRADES[system]) if (g >= done) return level;
    return 'belowPrimary';
  }
  for (const [level, re] of LEVEL_WORDS) if (re.test(s)) return level;
  return null;
});

/** Whether a level reaches another. */
export function reaches(level: EducationLevel, needed: EducationLevel): boolean {
  const order: EducationLevel[] = ['belowPrimary', 'primary', 'lowerSecondary', 'upperSecondary'];
  return order.indexOf(level) >= order.indexOf(needed);
}

/** Keyword categories, the first that matches wins (so `Thạc sĩ` is not read as its `đại học`). */
function keywordCategory(categories: readonly { key: string; words: RegExp }[], raw: string): string {
  const s = foldName(raw);
  for (const c of categories) if (c.words.test(s)) return c.key;
  return 'other';
}

export const PROFESSIONAL_CATEGORIES = [
  { key: 'doctorate', words: /\b(tien si|ts|tskh)\b/ },
  { key: 'master', words: /\b(thac si|ths|chuyen khoa ii|ck ?ii)\b/ },
  { key: 'university', words: /\b(dai hoc|dh|cu nhan|ky su|bac si|duoc si|kien truc su|chuyen khoa i|ck ?i)\b/ },
  { key: 'college', words: /\b(cao dang|cd)\b/ },
  { key: 'vocational', words: /\b(trung cap|tc)\b/ },
  { key: 'elementary', words: /\b(so cap|cong nhan ky thuat|cnkt)\b/ },
  { key: 'none', words: /\b(chua qua dao tao|khong|chua)\b/ },
] as const;

export const professionalCategory = remembered((raw: string) => keywordCategory(PROFESSIONAL_CATEGORIES, raw));

export const OCCUPATION_CATEGORIES = [
  { key: 'armed', words: /\b(quan doi|cong an|bo doi|si quan|chien si|quan nhan|bien phong|dan quan)\b/ },
  { key: 'student', words: /\b(hoc sinh|sinh vien)\b/ },
  { key: 'official', words: /\b(can bo|cong chuc|vien chuc|giao vien|bac si|y si|y ta|dieu duong|giang vien)\b/ },
  { key: 'business', words: /\b(chu doanh nghiep|doanh nhan|giam doc|kinh doanh|tieu thuong|buon ban)\b/ },
  { key: 'worker', words: /\b(cong nhan|lao dong)\b/ },
  { key: 'farmer', words: /\b(nong dan|lam nong|lam nghiep|ngu dan|nong nghiep|trong trot|chan nuoi)\b/ },
] as const;

export const occupationCategory = remembered((raw: string) => keywordCategory(OCCUPATION_CATEGORIES, raw));

/** The religions the forms count apart; any other is `Khác`. */
export const RELIGIONS = ['Công giáo', 'Tin lành', 'Phật giáo', 'Cao Đài', 'Hòa Hảo', 'Hồi giáo'] as const;
export const OTHER_RELIGION = 'Khác';

const religions = new Vocabulary([
  { value: 'Công giáo', variants: ['Thiên Chúa giáo', 'Thiên Chúa', 'Đạo Thiên Chúa', 'Catholic', 'Cơ đốc giáo La Mã'] },
  { value: 'Tin lành', variants: ['Đạo Tin lành', 'Protestant', 'Tin lành Việt Nam'] },
  { value: 'Phật giáo', variants: ['Phật', 'Đạo Phật', 'Buddhism', 'Buddhist'] },
  { value: 'Cao Đài', variants: ['Đạo Cao Đài', 'Cao đài Tây Ninh'] },
  { value: 'Hòa Hảo', variants: ['Phật giáo Hòa Hảo', 'Hoà Hảo', 'PGHH'] },
  { value: 'Hồi giáo', variants: ['Đạo Hồi', 'Islam', 'Muslim'] },
]);

const religionOf = remembered((raw: string) => religions.match(raw).value ?? OTHER_RELIGION);

export function religionCategory(raw: string): string {
  return religionOf(raw)!;
}
