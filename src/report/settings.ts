/**
 * Who issues the report, where, and who signs: defaults from the root unit's name, overridden by
 * an optional settings sheet (`ThietLap`: two columns, key and value) or by the task pane.
 */
import { readDate } from '../core/dates';
import type { Lang } from '../core/findings';
import type { Figures } from '../core/figures';
import type { CellValue, SheetGrid } from '../core/grid';
import { isoDay } from '../core/dates';
import { cleanText, foldKey } from '../core/text/normalize';
import { reportText, type ReportLevel } from './catalogue';
import { formatMessage, upper } from './format';

export interface ReportSettings {
  /** What the root organisation is (district, town …): names its committee in sentences. */
  level: ReportLevel;
  /** The superior body above the issuer, as the header writes it (`ĐẢNG BỘ TỈNH ĐẮK LẮK`); `''` leaves a line to fill, null none. */
  superiorBody: string | null;
  /** The issuing body, upper case (`HUYỆN ỦY M'ĐRẮK`). */
  issuingBody: string;
  /** The issuer's abbreviation in the number and symbol (`HU` in `Số 12-BC/HU`). */
  issuingAbbrev: string;
  /** The place name of the date line (`M'Đrắk`). */
  place: string;
  /** The document's number; `''` leaves it blank to fill. */
  number: string;
  /** Date of issue `YYYY-MM-DD`; null leaves `ngày … tháng … năm …` to fill. */
  date: string | null;
  /** Authority line of the signature block (`T/M BAN THƯỜNG VỤ`). */
  authority: string;
  /** Signer's title (`BÍ THƯ`, `PHÓ BÍ THƯ`); `''` leaves it to fill. */
  signerTitle: string;
  /** Signer's name; `''` leaves it to fill. */
  signerName: string;
  /** Lines of `Nơi nhận:`, without the leading `- ` and the closing punctuation. */
  recipients: string[];
  /** The plan's target for the next year, when known (from `ChiTieu` or the settings sheet). */
  nextTarget: number | null;
}

const LEVEL_WORDS: { level: ReportLevel; words: string[] }[] = [
  { level: 'city', words: ['thành phố'] },
  { level: 'town', words: ['thị xã'] },
  { level: 'urbanDistrict', words: ['quận'] },
  { level: 'district', words: ['huyện'] },
  { level: 'province', words: ['tỉnh'] },
];

/** `Đảng bộ huyện M'Đrắk` → district, `M'Đrắk`. Anything else → `other`, the name after `Đảng bộ`. */
export function parseRootName(name: string): { level: ReportLevel; place: string } {
  const clean = cleanText(name ?? '').normalize('NFC');
  const m = /^(?:đảng bộ|đảng uỷ|đảng ủy)\s+(.*)$/iu.exec(clean);
  const rest = m ? m[1] : clean;
  for (const { level, words } of LEVEL_WORDS) {
    for (const w of words) {
      if (rest.toLocaleLowerCase('vi').startsWith(w + ' ')) {
        let place = rest.slice(w.length + 1).trim();
        // `Đảng bộ quận 3` → the place is `Quận 3`.
        if (/^\d+$/.test(place)) place = w.charAt(0).toUpperCase() + w.slice(1) + ' ' + place;
        return { level, place };
      }
    }
  }
  return { level: 'other', place: rest };
}

/** Defaults from the root unit: `Đảng bộ huyện M'Đrắk` → `HUYỆN ỦY M'ĐRẮK`, `HU`, `M'Đrắk`. */
export function defaultReportSettings(figures: Figures, lang: Lang = 'vi'): ReportSettings {
  const { level, place } = parseRootName(figures.district.name);
  const vi = reportText('vi').levels[level];
  const T = reportText(lang);
  const names = T.levels[level];
  const issuing = level === 'other' && !/^(đảng bộ|đảng ủy|đảng uỷ)/iu.test(figures.district.name) ? figures.district.name : `${vi.committee} ${place}`;
  return {
    level,
    superiorBody: level === 'province' ? null : '',
    issuingBody: upper(issuing),
    issuingAbbrev: vi.abbrev,
    place,
    number: '',
    date: null,
    authority: T.signature.authority,
    signerTitle: '',
    signerName: '',
    recipients: T.recipients.defaults.map((t) => formatMessage(t, { committee: names.committee, superiorOrganising: names.superiorOrganising }, lang)),
    nextTarget: null,
  };
}

/** Sheet names of the optional settings sheet, compared folded. */
export const SETTINGS_SHEET_NAMES = ['ThietLap', 'Thiết lập', 'Settings', 'Cài đặt'];

type Key = Exclude<keyof ReportSettings, 'level'>;

/** Keys of the settings sheet (first column), compared folded: case, diacritics, spaces ignored. */
export const SETTINGS_KEYS: Record<Key, string[]> = {
  superiorBody: ['Cơ quan cấp trên', 'Tên cơ quan cấp trên', 'Cấp trên', 'Superior body'],
  issuingBody: ['Cơ quan ban hành', 'Tên cơ quan ban hành', 'Issuing body'],
  issuingAbbrev: ['Ký hiệu', 'Ký hiệu cơ quan', 'Viết tắt', 'Abbreviation'],
  place: ['Địa danh', 'Nơi ban hành', 'Place'],
  number: ['Số văn bản', 'Số báo cáo', 'Số', 'Number'],
  date: ['Ngày ban hành', 'Ngày báo cáo', 'Ngày', 'Date'],
  authority: ['Thẩm quyền ký', 'Thay mặt', 'Authority'],
  signerTitle: ['Chức vụ người ký', 'Chức vụ', 'Signer title'],
  signerName: ['Người ký', 'Họ tên người ký', 'Họ và tên người ký', 'Signer', 'Signer name'],
  recipients: ['Nơi nhận', 'Recipients'],
  nextTarget: ['Chỉ tiêu năm sau', 'Chỉ tiêu kết nạp năm sau', 'Next year target'],
};

const KEY_OF = new Map<string, Key>();
for (const [key, names] of Object.entries(SETTINGS_KEYS) as [Key, string[]][]) for (const n of names) KEY_OF.set(foldKey(n), key);
const SHEET_KEYS = new Set(SETTINGS_SHEET_NAMES.map(foldKey));

function text(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isoDay(Math.floor(v.getTime() / 86_400_000));
  return cleanText(String(v));
}

/**
 * The settings sheet's values, when there is one: `{}` otherwise. A key may repeat (`Nơi nhận` on
 * several rows); a value may also hold several recipients, one a line. Unknown keys are ignored.
 */
export function readReportSettings(grids: SheetGrid[]): Partial<ReportSettings> {
  const grid = grids.find((g) => SHEET_KEYS.has(foldKey(g.name)));
  if (!grid) return {};
  const out: Partial<ReportSettings> = {};
  const recipients: string[] = [];
  grid.values.forEach((row, i) => {
    const key = KEY_OF.get(foldKey(text(row?.[0])));
    if (!key) return;
    const raw = row[1];
    const fmt = grid.numberFormats?.[i]?.[1];
    switch (key) {
      case 'recipients':
        if (typeof raw === 'string') {
          for (const line of raw.split(/\r?\n/)) {
            const l = cleanText(line).replace(/^[-–•+]\s*/, '').replace(/[,.;]$/, '');
            if (l) recipients.push(l);
          }
        }
        break;
      case 'date': {
        if (raw === null || raw === undefined || raw === '') break;
        const d = readDate(raw, fmt, grid.date1904);
        if (d && d.ok && !d.yearOnly) out.date = isoDay(d.day);
        break;
      }
      case 'nextTarget': {
        const n = typeof raw === 'number' ? raw : Number(text(raw).replace(/[.,\s]/g, ''));
        if (text(raw) !== '' && Number.isFinite(n) && n >= 0) out.nextTarget = Math.round(n);
        break;
      }
      default:
        if (text(raw)) out[key] = textSetting(key, text(raw));
    }
  });
  if (recipients.length) out.recipients = recipients;
  return out;
}

type TextKey = Exclude<Key, 'recipients' | 'date' | 'nextTarget'>;

/** A text setting as the report writes it: bodies and titles in capitals, as the format wants. */
function textSetting(key: TextKey, value: string): string {
  return key === 'superiorBody' || key === 'issuingBody' || key === 'signerTitle' || key === 'authority' ? upper(value) : value;
}

/** Text settings typed in the task pane, written as the settings sheet's would be; empty ones left out. */
export function typedReportSettings(fields: Partial<Record<TextKey, string>>): Partial<ReportSettings> {
  const out: Partial<ReportSettings> = {};
  for (const [key, value] of Object.entries(fields) as [TextKey, string | undefined][]) {
    const clean = cleanText(value ?? '');
    if (clean && key in SETTINGS_KEYS) out[key] = textSetting(key, clean);
  }
  return out;
}

/** Defaults, then each later source's values that are set. */
export function resolveReportSettings(figures: Figures, lang: Lang, ...sources: (Partial<ReportSettings> | undefined)[]): ReportSettings {
  const s: ReportSettings = defaultReportSettings(figures, lang);
  for (const src of sources) {
    if (!src) continue;
    for (const [k, v] of Object.entries(src) as [keyof ReportSettings, unknown][]) {
      if (v === undefined) continue;
      (s as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return s;
}
