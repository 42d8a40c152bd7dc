/**
 * The value lists of lists.md, and tolerant matching: a value is read when, without case,
 * diacritics, spaces, hyphens and apostrophes, it names exactly one entry or a known variant.
 */
import { editDistance, foldKey } from './text/normalize';

export interface ListEntry {
  value: string;
  variants?: string[];
}

export type ListId = 'gender' | 'ethnicity' | 'yesno' | 'status' | 'setting' | 'classType';

export const ETHNIC_KINH = 'Kinh';
export const ETHNIC_FOREIGN = 'Nước ngoài';

const ETHNIC_GROUPS: ListEntry[] = [
  { value: 'Kinh', variants: ['Việt', 'Kinh (Việt)'] },
  { value: 'Tày' }, { value: 'Thái' }, { value: 'Mường' },
  { value: 'Khmer', variants: ['Khơ-me', 'Khơ me', 'Khơme'] },
  { value: 'Hoa' }, { value: 'Nùng' },
  { value: 'Mông', variants: ["H'Mông", 'Hmông', 'Mèo', 'Hmong'] },
  { value: 'Dao' },
  { value: 'Gia Rai', variants: ['Jrai', 'Gia-rai', 'Jarai'] },
  { value: 'Ê Đê', variants: ['Êđê', 'Ê-đê', 'Rađê', 'Ede', 'Rhade'] },
  { value: 'Ba Na', variants: ['Bahnar'] },
  { value: 'Sán Chay', variants: ['Cao Lan', 'Sán Chay (Cao Lan)'] },
  { value: 'Chăm', variants: ['Chàm', 'Cham'] },
  { value: 'Cơ Ho', variants: ["K'Ho", 'Koho'] },
  { value: 'Xơ Đăng', variants: ['Sê Đăng', 'Xê Đăng'] },
  { value: 'Sán Dìu' }, { value: 'Hrê' },
  { value: 'Ra Glai', variants: ['Raglai'] },
  { value: 'Mnông', variants: ["M'Nông", "M'nông", 'Mơ Nông'] },
  { value: 'Thổ' },
  { value: 'Xtiêng', variants: ['Stiêng', 'Xa Điêng'] },
  { value: 'Khơ Mú', variants: ['Khmu', 'Khơmú'] },
  { value: 'Bru-Vân Kiều', variants: ['Bru Vân Kiều', 'Vân Kiều', 'Bru'] },
  { value: 'Cơ Tu', variants: ['Katu', 'Ca Tu'] },
  { value: 'Giáy' }, { value: 'Tà Ôi', variants: ['Tà-ôi', 'Pa Cô'] },
  { value: 'Mạ' }, { value: 'Giẻ Triêng', variants: ['Gié Triêng'] },
  { value: 'Co' }, { value: 'Chơ Ro', variants: ['Châu Ro'] },
  { value: 'Xinh Mun' }, { value: 'Hà Nhì' }, { value: 'Chu Ru', variants: ['Chu-ru'] },
  { value: 'Lào' }, { value: 'La Chí' }, { value: 'Kháng' }, { value: 'Phù Lá' },
  { value: 'La Hủ' }, { value: 'La Ha' }, { value: 'Pà Thẻn' }, { value: 'Lự' },
  { value: 'Ngái' }, { value: 'Chứt' }, { value: 'Lô Lô' }, { value: 'Mảng' },
  { value: 'Cơ Lao' }, { value: 'Bố Y' }, { value: 'Cống' }, { value: 'Si La' },
  { value: 'Pu Péo' }, { value: 'Rơ Măm' }, { value: 'Brâu' }, { value: 'Ơ Đu' },
  { value: ETHNIC_FOREIGN },
];

export const STATUS_ACTIVE = 'Đang sinh hoạt';
export const STATUS_EXEMPT = 'Miễn sinh hoạt';

export const LISTS: Record<ListId, ListEntry[]> = {
  gender: [
    { value: 'Nam', variants: ['M', 'Male'] },
    { value: 'Nữ', variants: ['F', 'Female', 'Nu'] },
  ],
  ethnicity: ETHNIC_GROUPS,
  yesno: [
    { value: 'Có', variants: ['x', '1', 'Yes', 'C', 'Y', 'True'] },
    { value: 'Không', variants: ['0', 'No', 'K', 'N', 'False'] },
  ],
  status: [
    { value: STATUS_ACTIVE },
    { value: STATUS_EXEMPT },
    { value: 'Chuyển đi', variants: ['Đã chuyển đi', 'Chuyển sinh hoạt'] },
    { value: 'Từ trần', variants: ['Chết', 'Đã từ trần', 'Mất'] },
    { value: 'Xóa tên', variants: ['Xoá tên', 'Bị xóa tên'] },
    { value: 'Khai trừ', variants: ['Bị khai trừ'] },
    { value: 'Ra khỏi Đảng', variants: ['Xin ra khỏi Đảng'] },
  ],
  setting: [
    { value: 'Xã/Thị trấn', variants: ['Xã', 'Thị trấn', 'Phường', 'Xã, thị trấn', 'Xã/Phường'] },
    { value: 'Thôn/Buôn', variants: ['Thôn', 'Buôn', 'Tổ dân phố', 'Thôn, buôn', 'Bản', 'Ấp', 'Khối phố'] },
    { value: 'Cơ quan', variants: ['Cơ quan hành chính'] },
    { value: 'Trường học', variants: ['Trường', 'Giáo dục'] },
    { value: 'Y tế', variants: ['Trạm y tế', 'Bệnh viện'] },
    { value: 'Doanh nghiệp', variants: ['Công ty'] },
    { value: 'Lực lượng vũ trang', variants: ['Quân sự', 'Công an', 'LLVT', 'Quân đội', 'Biên phòng'] },
    { value: 'Khác' },
  ],
  classType: [
    { value: 'Lý luận chính trị', variants: ['LLCT', 'Trung cấp lý luận chính trị', 'Sơ cấp lý luận chính trị'] },
    { value: 'Nhận thức về Đảng', variants: ['Bồi dưỡng nhận thức về Đảng', 'Cảm tình Đảng', 'Kết nạp'] },
    { value: 'Đảng viên mới', variants: ['Bồi dưỡng đảng viên mới'] },
    { value: 'Khác' },
  ],
};

export type ListMatch = { value: string } | { value: null; nearest: string | null };

/** A folded-key index over entries; shared by the lists above and the structure model's kinds. */
export class Vocabulary {
  private readonly index = new Map<string, string>();
  private readonly cache = new Map<string, ListMatch>();
  readonly values: string[];

  constructor(entries: ListEntry[]) {
    this.values = entries.map((e) => e.value);
    for (const e of entries) {
      for (const name of [e.value, ...(e.variants ?? [])]) {
        const key = foldKey(name);
        // A key shared by two entries would be ambiguous: the first (canonical) one wins.
        if (!this.index.has(key)) this.index.set(key, e.value);
      }
    }
    // Canonical names outrank variants of other entries.
    for (const e of entries) this.index.set(foldKey(e.value), e.value);
  }

  match(raw: string): ListMatch {
    let hit = this.cache.get(raw);
    if (hit) return hit;
    const found = this.index.get(foldKey(raw));
    hit = found ? { value: found } : { value: null, nearest: this.nearest(raw) };
    if (this.cache.size < 50_000) this.cache.set(raw, hit);
    return hit;
  }

  /** The entry nearest in spelling, when it is near enough to be a likely typo. */
  nearest(raw: string): string | null {
    const key = foldKey(raw);
    if (!key) return null;
    let best: string | null = null;
    let bestDist = Infinity;
    const near = Math.max(1, Math.floor(key.length / 3));
    for (const [k, v] of this.index) {
      // The distance is at least the difference in length: a long text is near no entry.
      if (Math.abs(key.length - k.length) > near) continue;
      const d = editDistance(key, k);
      if (d < bestDist) {
        bestDist = d;
        best = v;
      }
    }
    return bestDist <= near ? best : null;
  }
}

const vocabularies = new Map<ListId, Vocabulary>();

export function vocabulary(id: ListId): Vocabulary {
  let v = vocabularies.get(id);
  if (!v) {
    v = new Vocabulary(LISTS[id]);
    vocabularies.set(id, v);
  }
  return v;
}

export function matchList(id: ListId, raw: string): ListMatch {
  return vocabulary(id).match(raw);
}

/** `Tôn giáo`: empty or `Không` (and the like) mean none. */
const NO_RELIGION = new Set(['', 'khong', 'k', 'no', 'none', '0']);
const religionCache = new Map<string, boolean>();

let lastReligion = '';
let lastNoReligion = true;

export function isNoReligion(raw: string | null): boolean {
  if (!raw) return true;
  // Asked once per member, mostly with the value of the row before.
  if (raw === lastReligion) return lastNoReligion;
  let none = religionCache.get(raw);
  if (none === undefined) {
    none = NO_RELIGION.has(foldKey(raw));
    if (religionCache.size < 10_000) religionCache.set(raw, none);
  }
  lastReligion = raw;
  lastNoReligion = none;
  return none;
}
