/**
 * The value lists of the standard workbook (docs/workbook-format.md), and tolerant matching: a value is read when, without case,
 * diacritics, spaces, hyphens and apostrophes, it names exactly one entry or a known variant.
 */
import { editDistance, foldKey } from './text/normalize';

export interface ListEntry {
  value: string;
  variants?: string[];
}

export type ListId = 'gender' | 'ethnicity' | 'yesno' | 'status' | 'setting' | 'classType' | 'transferPlace' | 'politicalTheory';

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
/** Party status restored (an increase, like a transfer in): a member again from the status date. */
export const STATUS_RESTORED = 'Phục hồi đảng tịch';
export const STATUS_TRANSFERRED_OUT = 'Chuyển đi';
export const STATUS_DIED = 'Từ trần';
export const STATUS_REMOVED = 'Xóa tên';
export const STATUS_EXPELLED = 'Khai trừ';
export const STATUS_RESIGNED = 'Ra khỏi Đảng';

/** Statuses under which a member still belongs (from the status date, for a restored one). */
export function isStayingStatus(status: string | null): boolean {
  return status === null || status === STATUS_ACTIVE || status === STATUS_EXEMPT || status === STATUS_RESTORED;
}

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
    { value: STATUS_TRANSFERRED_OUT, variants: ['Đã chuyển đi', 'Chuyển sinh hoạt'] },
    { value: STATUS_DIED, variants: ['Chết', 'Đã từ trần', 'Mất'] },
    { value: STATUS_REMOVED, variants: ['Xoá tên', 'Bị xóa tên'] },
    { value: STATUS_EXPELLED, variants: ['Bị khai trừ'] },
    { value: STATUS_RESIGNED, variants: ['Xin ra khỏi Đảng'] },
    { value: STATUS_RESTORED, variants: ['Phục hồi', 'Phục hồi Đảng tịch', 'Được phục hồi đảng tịch'] },
  ],
  setting: [
    { value: 'Xã/Thị trấn', variants: ['Xã', 'Thị trấn', 'Phường', 'Xã, thị trấn', 'Xã/Phường', 'Đặc khu', 'Xã/Phường/Đặc khu', 'Xã, phường, đặc khu'] },
    { value: 'Thôn/Buôn', variants: ['Thôn', 'Buôn', 'Tổ dân phố', 'Thôn, buôn', 'Bản', 'Ấp', 'Khối phố'] },
    { value: 'Cơ quan' },
    { value: 'Trường học', variants: ['Trường', 'Giáo dục'] },
    { value: 'Y tế', variants: ['Trạm y tế', 'Bệnh viện'] },
    { value: 'Doanh nghiệp', variants: ['Công ty'] },
    { value: 'Lực lượng vũ trang', variants: ['Quân sự', 'Công an', 'LLVT', 'Quân đội', 'Biên phòng'] },
    { value: 'Khác' },
    // The kinds of unit of the statistical forms (Biểu 5), for a TCCS that says more than the above.
    { value: 'Cơ quan Đảng, Mặt trận, đoàn thể', variants: ['Cơ quan Đảng', 'Mặt trận', 'Đoàn thể', 'Cơ quan Đảng, đoàn thể', 'Khối Đảng, đoàn thể'] },
    { value: 'Cơ quan nhà nước', variants: ['Cơ quan hành chính', 'Cơ quan chính quyền', 'Khối chính quyền'] },
    { value: 'Đơn vị sự nghiệp công lập', variants: ['Sự nghiệp công lập', 'ĐVSN công lập'] },
    { value: 'Đơn vị sự nghiệp ngoài công lập', variants: ['Sự nghiệp ngoài công lập', 'ĐVSN ngoài công lập'] },
    { value: 'Doanh nghiệp nhà nước', variants: ['DNNN', 'Doanh nghiệp vốn nhà nước'] },
    { value: 'Doanh nghiệp ngoài nhà nước', variants: ['Doanh nghiệp tư nhân', 'Doanh nghiệp ngoài khu vực nhà nước', 'Kinh tế tư nhân'] },
    { value: 'Doanh nghiệp có vốn đầu tư nước ngoài', variants: ['Doanh nghiệp FDI', 'FDI', 'Doanh nghiệp vốn nước ngoài'] },
  ],
  transferPlace: [
    { value: 'Trong tỉnh', variants: ['Trong tỉnh, thành phố', 'Nội tỉnh', 'Within the province'] },
    { value: 'Ngoài tỉnh', variants: ['Ngoài tỉnh, thành phố', 'Tỉnh khác', 'From another province', 'Another province'] },
  ],
  politicalTheory: [
    { value: 'Sơ cấp', variants: ['Sơ cấp lý luận chính trị', 'Sơ cấp LLCT'] },
    { value: 'Trung cấp', variants: ['Trung cấp lý luận chính trị', 'Trung cấp LLCT'] },
    { value: 'Cao cấp', variants: ['Cao cấp lý luận chính trị', 'Cao cấp LLCT'] },
    { value: 'Cử nhân', variants: ['Cử nhân lý luận chính trị', 'Cử nhân chính trị', 'Cử nhân LLCT'] },
    { value: 'Chưa qua đào tạo', variants: ['Không', 'Chưa có', 'Chưa'] },
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
