/**
 * Plausible names per ethnic group, built from parts and interned: a million rows share a few
 * tens of thousands of name strings instead of allocating one per row.
 */
import { Rng, Weighted } from './random';

/** Ethnic groups of the M'Đrắk sheets, in the spelling staff use there. */
export const ETHNIC = ['Kinh', 'Ê Đê', "M'Nông", 'Tày', 'Nùng', 'Mông'] as const;
export const KINH = 0;
export const EDE = 1;
export const MNONG = 2;
export const TAY = 3;
export const NUNG = 4;
export const MONG = 5;

const w = <T>(pairs: Array<[T, number]>) => new Weighted(pairs);

const KINH_FAMILY = w([
  ['Nguyễn', 36], ['Trần', 11], ['Lê', 9], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 3], ['Phan', 4],
  ['Vũ', 4], ['Võ', 4], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 2], ['Hồ', 2], ['Ngô', 2], ['Dương', 1],
  ['Lý', 1], ['Đinh', 1], ['Trương', 1], ['Mai', 1], ['Hà', 1], ['Lương', 1], ['Cao', 1], ['Tạ', 0.5],
]);
const MALE_MIDDLE = w([
  ['Văn', 40], ['Đức', 6], ['Minh', 6], ['Hữu', 6], ['Quang', 5], ['Xuân', 4], ['Ngọc', 4],
  ['Thanh', 5], ['Công', 4], ['Đình', 5], ['Trọng', 3], ['Anh', 3], ['Tiến', 3], ['Viết', 2], ['Hồng', 2],
]);
const FEMALE_MIDDLE = w([
  ['Thị', 55], ['Thu', 5], ['Ngọc', 5], ['Thanh', 5], ['Hồng', 4], ['Kim', 4], ['Minh', 3],
  ['Thúy', 3], ['Phương', 3], ['Mỹ', 3], ['Hoài', 2], ['Bích', 2], ['Diệu', 2],
]);
const MALE_GIVEN = [
  'Hùng', 'Dũng', 'Tuấn', 'Minh', 'Nam', 'Hải', 'Sơn', 'Thắng', 'Long', 'Cường', 'Quang', 'Bình',
  'Hòa', 'Phong', 'Trung', 'Hiếu', 'Thành', 'Tâm', 'Lợi', 'Đức', 'Khánh', 'Lâm', 'Tùng', 'Vinh',
  'Phúc', 'Tiến', 'Huy', 'Toàn', 'Kiên', 'Quý', 'Nghĩa', 'Tài', 'Thịnh', 'Tú', 'Việt', 'Hoàng',
  'Chiến', 'Thông', 'Định', 'Phương', 'Sang', 'Lực', 'Hậu', 'Trí', 'Kim', 'Nhân', 'Thái', 'Dương',
];
const FEMALE_GIVEN = [
  'Mai', 'Lan', 'Hương', 'Hoa', 'Hà', 'Linh', 'Trang', 'Thảo', 'Nga', 'Hằng', 'Loan', 'Phương',
  'Thủy', 'Nhung', 'Huyền', 'Yến', 'Dung', 'Hạnh', 'Hiền', 'Vân', 'Oanh', 'Thu', 'Tuyết', 'Liên',
  'Ngọc', 'Châu', 'Nhàn', 'Hồng', 'Trinh', 'Quyên', 'Giang', 'Thắm', 'Lý', 'Xuân', 'Hậu', 'Tâm',
];

const EDE_CLAN = w([
  ['Niê', 14], ['Mlô', 10], ['Êban', 10], ['Ksor', 7], ['Byă', 6], ['Adrơng', 5], ['Buôn Yă', 4],
  ['Hmok', 4], ['Niê Kdăm', 4], ['Êňuôl', 3], ['Kbuôr', 3], ['Ayŭn', 3], ['Hwing', 2], ['Knul', 2],
  ['Mlô Duôn Du', 2], ['Bdap', 2], ['Buôn Krông', 2], ['Kđoh', 1],
]);
const EDE_MALE = [
  'Bơ', 'Sang', 'Thuật', 'Khoa', 'Bih', 'Ngông', 'Ni', 'Blô', 'Jut', 'Wang', 'Thi', 'Kô', 'Đhăm',
  'Tlam', 'Kuăn', 'Dhin', 'Khuê', 'Moan', 'Siêm', 'Lul', 'Bhiêt', 'Hăn', 'Nu', 'Phú', 'Tôn',
  'Yôn', 'Kim', 'Dũng', 'Thành', 'Krăk', 'Ly', 'Bun', 'Hiêng', 'Kuê', 'Mal', 'Jek', 'Nuê', 'Hlơi',
  'Tuyn', 'Yiên', 'Blik', 'Djôn', 'Rin', 'Sôn', 'Ti', 'Hoa', 'Lâm', 'Krec',
];
const EDE_FEMALE = [
  'Hen', 'Hoan', 'Ngon', 'Bi', 'Năm', 'Mai', 'Bhiă', 'Djuê', 'Xuân', 'Yim', 'Liên', 'Ơn', 'Rin',
  'Blung', 'Luyến', 'Zit', 'Nguyên', 'Lan', 'Duôn', 'Đin', 'Wer', 'Ngiêm', 'Hlinh', 'Ni', 'Juên',
  'Jen', 'Tlin', 'Phi', 'Bliu', 'Ly', 'Ruôn', 'Hương', 'Mlin', 'Nhi', 'Kim', 'Dơk', 'Tuyết', 'Lê',
];
const MNONG_CLAN = w([
  ['Bing', 6], ['Krông', 4], ['Ding', 3], ['Bkrông', 3], ['Nđu', 2], ['Jing', 2], ['Lơng', 2], ['Bya', 1],
]);
const MNONG_MALE = ['Kông', 'Tuyên', 'Dhiêng', 'Brơn', 'Thông', 'Chăn', 'Nhiên', 'Kar', 'Yơn', 'Liêng', 'Bril', 'Jăng'];
const MNONG_FEMALE = ['Lim', 'Brang', 'Nhen', 'Dơng', 'Hiên', 'Kam', 'Rơl', 'Ngai', 'Sim', 'Brơih'];

const TAY_FAMILY = w([
  ['Hoàng', 8], ['Nông', 7], ['Lý', 3], ['Lục', 2], ['Hà', 2], ['Đàm', 2], ['Ma', 2], ['Lương', 2],
  ['Triệu', 2], ['Bế', 2], ['Lộc', 1], ['Vi', 1],
]);
const NUNG_FAMILY = w([
  ['Hoàng', 7], ['Nông', 5], ['Lý', 4], ['Lương', 3], ['Vi', 2], ['Triệu', 2], ['Lăng', 2], ['Chu', 2],
  ['Hứa', 1], ['Mã', 1], ['Sầm', 1],
]);
const TN_MALE_MIDDLE = w([['Văn', 75], ['Đức', 8], ['Thanh', 6], ['Quang', 5], ['Hữu', 6]]);
const TN_FEMALE_MIDDLE = w([['Thị', 85], ['Thu', 5], ['Kim', 5], ['Hồng', 5]]);

const MONG_FAMILY = w([
  ['Giàng', 8], ['Thào', 6], ['Vàng', 6], ['Lầu', 4], ['Sùng', 4], ['Hầu', 3], ['Lý', 3], ['Hờ', 2],
  ['Mua', 2], ['Cứ', 1], ['Tráng', 2], ['Má', 1],
]);
const MONG_MALE_MIDDLE = w([['A', 60], ['Văn', 40]]);
const MONG_MALE = [
  'Páo', 'Sử', 'Chứ', 'Dình', 'Pó', 'Lử', 'Sình', 'Tủa', 'Chá', 'Dơ', 'Dế', 'Nhà', 'Sếnh', 'Vảng',
  'Khua', 'Tòng', 'Chính', 'Lồng', 'Nủ', 'Thái',
];
const MONG_FEMALE = ['Mỷ', 'Mai', 'Dợ', 'Chua', 'Sua', 'Pà', 'Dua', 'Say', 'Xúa', 'Mò', 'Lia', 'Chu', 'Cở', 'Dính'];

function familyList(eth: number): Weighted<string> {
  return eth === TAY ? TAY_FAMILY : eth === NUNG ? NUNG_FAMILY : eth === MONG ? MONG_FAMILY : KINH_FAMILY;
}

function middleList(eth: number, female: boolean): Weighted<string> {
  if (eth === KINH) return female ? FEMALE_MIDDLE : MALE_MIDDLE;
  if (eth === MONG) return MONG_MALE_MIDDLE;
  return female ? TN_FEMALE_MIDDLE : TN_MALE_MIDDLE;
}

function givenList(eth: number, female: boolean): readonly string[] {
  if (eth === EDE) return female ? EDE_FEMALE : EDE_MALE;
  if (eth === MNONG) return female ? MNONG_FEMALE : MNONG_MALE;
  if (eth === MONG) return female ? MONG_FEMALE : MONG_MALE;
  return female ? FEMALE_GIVEN : MALE_GIVEN;
}

function compose(eth: number, female: boolean, a: number, b: number, c: number): string {
  const given = givenList(eth, female)[c];
  if (eth === EDE || eth === MNONG) {
    // Men `Y …`, women `H'…`, then the clan name.
    const clan = (eth === EDE ? EDE_CLAN : MNONG_CLAN).values[a];
    return female ? `H'${given} ${clan}` : `Y ${given} ${clan}`;
  }
  const middle = eth === MONG && female ? 'Thị' : middleList(eth, female).values[b];
  return `${familyList(eth).values[a]} ${middle} ${given}`;
}

/** Fold the way rule M13 compares names: no diacritics, no case, letters and digits only. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Interned names. `make` returns an index; `text` and `foldId` read it. */
export class NameBook {
  private readonly byKey = new Map<number, number>();
  private readonly texts: string[] = [];
  private readonly folds: number[] = [];
  private readonly foldIds = new Map<string, number>();

  /** A name for a person of group `eth`; the same parts always give the same string object. */
  make(rng: Rng, eth: number, female: boolean): number {
    // Draw the parts as indices first; the string is built only the first time they meet.
    let a: number;
    let b: number;
    let c: number;
    if (eth === EDE || eth === MNONG) {
      a = (eth === EDE ? EDE_CLAN : MNONG_CLAN).pickIndex(rng);
      b = 0;
      c = rng.int(0, givenList(eth, female).length - 1);
    } else if (eth === MONG) {
      a = MONG_FAMILY.pickIndex(rng);
      b = female ? 0 : MONG_MALE_MIDDLE.pickIndex(rng);
      c = rng.int(0, givenList(eth, female).length - 1);
    } else {
      a = familyList(eth).pickIndex(rng);
      b = middleList(eth, female).pickIndex(rng);
      const given = givenList(eth, female);
      c = rng.int(0, given.length - 1);
      // No "Nguyễn Phương Phương": a middle name is not repeated as the given name.
      if (given[c] === middleList(eth, female).values[b]) c = (c + 1) % given.length;
    }
    const key = (((eth * 2 + (female ? 1 : 0)) * 64 + a) * 64 + b) * 64 + c;
    let i = this.byKey.get(key);
    if (i === undefined) {
      const text = compose(eth, female, a, b, c);
      const folded = foldName(text);
      let f = this.foldIds.get(folded);
      if (f === undefined) this.foldIds.set(folded, (f = this.foldIds.size + 1));
      i = this.texts.length;
      this.texts.push(text);
      this.folds.push(f);
      this.byKey.set(key, i);
    }
    return i;
  }

  text(i: number): string {
    return this.texts[i];
  }

  /** Same id for names that rule M13 would take as the same. */
  foldId(i: number): number {
    return this.folds[i];
  }
}

/** Set of (folded name, birth day) pairs in a flat Float64Array: a million keys without a million boxed numbers. */
export class PairSet {
  private table: Float64Array;
  private mask: number;
  private shift: number;
  private size = 0;

  constructor(expected: number) {
    let cap = 1024;
    while (cap < expected * 2) cap *= 2;
    this.table = new Float64Array(cap);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
  }

  /** Adds the pair; false when it was already there. `day` must lie in 1900–2079. */
  add(foldId: number, day: number): boolean {
    const key = foldId * 65536 + (day + 25569);
    let i = this.slot(key);
    const t = this.table;
    while (t[i] !== 0) {
      if (t[i] === key) return false;
      i = (i + 1) & this.mask;
    }
    t[i] = key;
    if (++this.size * 2 > t.length) this.grow();
    return true;
  }

  private slot(key: number): number {
    const lo = key >>> 0;
    const hi = Math.floor(key / 4294967296);
    // Fibonacci hashing: the product's top bits mix every input bit.
    return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.mask = this.table.length - 1;
    this.shift--;
    for (const key of old) {
      if (key === 0) continue;
      let i = this.slot(key);
      while (this.table[i] !== 0) i = (i + 1) & this.mask;
      this.table[i] = key;
    }
  }
}
