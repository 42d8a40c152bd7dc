/**
 * Member rows. A cell is filled from counts decided beforehand (how many core members, how
 * many admitted this year, how many left...), so the figures come out exact by construction;
 * only names, dates and the like are drawn at random.
 *
 * Every row keeps the rules: 18–52 at admission, full membership a year (plus 0–7 days) after
 * admission, awareness class 1–6 months before a 2017 admission, status dates after admission,
 * no date after 2019, no two people with the same folded name and birth date.
 */
import type { CellValue } from '../core/grid';
import { addMonths, dayOf, oneYearAfter } from './days';
import { ETHNIC, EDE, KINH, MNONG, MONG, NameBook, NUNG, PairSet, TAY } from './names';
import type { CellProfile } from './profiles';
import { Rng, Weighted } from './random';

export const MEMBER_HEADER = [
  'Số lý lịch',
  'Số thẻ',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Tôn giáo',
  'Mã chi bộ',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Ngày bồi dưỡng',
  'Người tại chỗ',
  'Tình trạng',
  'Ngày biến động',
] as const;

/** Column indices of the date columns in MEMBER_HEADER. */
export const MEMBER_DATE_COLUMNS = [3, 8, 9, 10, 13] as const;

/**
 * The days a workbook's rows are drawn between, for a report year. The M'Đrắk sample's (2017)
 * are the article's; another year moves every date by whole years. `lastDay` caps every date
 * (a workbook kept up to date during the report year has nothing after the day it was saved).
 */
export interface SampleCalendar {
  year: number;
  /** Openings of the party-awareness classes (5 days; the certificate on the Friday). */
  awarenessOpenings: readonly number[];
  day2005: number;
  day2008: number;
  day2010: number;
  lastOldAdmission: number;
  firstFresh: number;
  lastFresh: number;
  lastFreshLeft: number;
  lastGone: number;
  firstLate: number;
  lastLate: number;
  bornAgency: number;
  bornAny: number;
}

export function sampleCalendar(year = 2017, lastDay?: number): SampleCalendar {
  // A date of the 2017 frame, moved to the report year.
  const at = (y2017: number, m: number, d: number) => dayOf(year + y2017 - 2017, m, d);
  const cal: SampleCalendar = {
    year,
    // The last three are the report year's classes of LopBoiDuong; the year before's trained the early intake.
    awarenessOpenings: [at(2016, 7, 11), at(2016, 10, 10), at(2017, 3, 6), at(2017, 6, 12), at(2017, 9, 11)],
    day2005: at(2005, 1, 1),
    day2008: at(2008, 1, 1),
    day2010: at(2010, 1, 1),
    lastOldAdmission: at(2016, 12, 15),
    firstFresh: at(2017, 1, 3),
    lastFresh: at(2017, 12, 28),
    lastFreshLeft: at(2017, 8, 31),
    lastGone: at(2017, 12, 20),
    firstLate: at(2018, 1, 5),
    lastLate: at(2019, 11, 29),
    bornAgency: at(1957, 1, 1),
    bornAny: at(1938, 1, 1),
  };
  if (lastDay !== undefined) {
    // Full membership comes a year (and up to 7 days) after admission; a transfer 60–110 days after it.
    cal.lastOldAdmission = Math.min(cal.lastOldAdmission, addMonths(lastDay, -12) - 8);
    cal.lastFresh = Math.min(cal.lastFresh, lastDay - 30);
    cal.lastFreshLeft = Math.min(cal.lastFreshLeft, lastDay - 110);
    cal.lastGone = Math.min(cal.lastGone, lastDay);
    cal.firstLate = cal.lastLate = lastDay;
  }
  return cal;
}

/** The M'Đrắk sample's openings (2016–2017). */
export const AWARENESS_OPENINGS = sampleCalendar().awarenessOpenings;

/** How many members of each kind a cell gets. */
export interface CellCounts {
  /** Active full members admitted by 2015: at least 3 per cell, so no cell is under the Charter's minimum. */
  core: number;
  /** Other active full members (admitted by mid-December 2016). */
  old: number;
  /** `Miễn sinh hoạt` (elderly), counted as members. */
  exempt: number;
  /** Full members who left in 2018–2019: counted at 31/12/2017. */
  late: number;
  /** Admitted in 2017, probationary, active. */
  fresh: number;
  /** Admitted in 2017 and transferred out later in 2017: admitted, but no longer a member. */
  freshLeft: number;
  /** Left in 2010–2017 (moved, died, struck off): rows that count in no figure. */
  gone: number;
}

export const emptyCounts = (): CellCounts => ({ core: 0, old: 0, exempt: 0, late: 0, fresh: 0, freshLeft: 0, gone: 0 });

export interface FactoryOptions {
  /** How a day number is written to the grid: a JS Date or an Excel serial. */
  date: (day: number) => CellValue;
  /** Rows expected, to size the name/birth set. */
  expected: number;
  /** Profile numbers step by 1 + [0, idGap]; card numbers by 1 + [0, cardGap]. */
  idGap: number;
  cardGap: number;
  /** First profile number of the home province, first card number. */
  idStart: number;
  cardStart: number;
  /** The report year's days; the M'Đrắk sample's (2017) by default. */
  calendar?: SampleCalendar;
}

const HOME = 'DL'; // Đắk Lắk
/** Where profile numbers go once a province's six digits run out (only past a million rows). */
const OVERFLOW = ['DL', 'DNO', 'GL', 'KT', 'LD', 'PY', 'KH', 'BP'];

const YEAR = 365.25;

const ACTIVE = 'Đang sinh hoạt';
const EXEMPT = 'Miễn sinh hoạt';
const MOVED = 'Chuyển đi';
const DIED = 'Từ trần';
const STRUCK = 'Xóa tên';

enum Cat {
  Core,
  Old,
  Exempt,
  Late,
  Fresh,
  FreshLeft,
  Gone,
}

interface Built {
  adm: number;
  row: CellValue[];
}

export class MemberFactory {
  readonly names = new NameBook();
  private readonly pairs: PairSet;
  private readonly ids = new Map<string, number>();
  private card: number;
  private readonly years = new Map<number, Weighted<number>>();
  private readonly cal: SampleCalendar;
  private readonly certificates: number[];

  constructor(
    private readonly rng: Rng,
    private readonly opts: FactoryOptions,
  ) {
    this.pairs = new PairSet(opts.expected);
    this.card = opts.cardStart;
    this.cal = opts.calendar ?? sampleCalendar();
    this.certificates = this.cal.awarenessOpenings.map((d) => d + 4);
  }

  /** Appends the cell's rows to `out`, ordered by admission date as cell registers are. */
  cellRows(p: CellProfile, c: CellCounts, out: CellValue[][]): void {
    const built: Built[] = [];
    for (let i = 0; i < c.core; i++) built.push(this.person(p, Cat.Core, i === 0 && p.local === 'village'));
    for (let i = 0; i < c.old; i++) built.push(this.person(p, Cat.Old, false));
    for (let i = 0; i < c.exempt; i++) built.push(this.person(p, Cat.Exempt, false));
    for (let i = 0; i < c.late; i++) built.push(this.person(p, Cat.Late, false));
    for (let i = 0; i < c.fresh; i++) built.push(this.person(p, Cat.Fresh, false));
    for (let i = 0; i < c.freshLeft; i++) built.push(this.person(p, Cat.FreshLeft, false));
    for (let i = 0; i < c.gone; i++) built.push(this.person(p, Cat.Gone, false));
    built.sort((a, b) => a.adm - b.adm);
    for (const b of built) out.push(b.row);
  }

  private person(p: CellProfile, cat: Cat, forceLocal: boolean): Built {
    const rng = this.rng;
    const date = this.opts.date;
    const eth = p.ethnic.pick(rng);
    const isNew = cat === Cat.Fresh || cat === Cat.FreshLeft;
    const female = rng.chance(isNew ? p.femaleNew : p.female);
    const minYear = p.minYear;
    const cal = this.cal;
    const y = cal.year;

    // Admission date and what happened after it.
    let adm: number;
    let status = ACTIVE;
    let statusDay = -1;
    let died = false;
    let gone = false;
    switch (cat) {
      case Cat.Core:
        adm = this.admission(minYear, y - 2, cal.lastOldAdmission);
        break;
      case Cat.Old:
        adm = this.admission(minYear, y - 1, cal.lastOldAdmission);
        break;
      case Cat.Exempt:
        adm = this.admission(Math.max(minYear, 1975), Math.max(minYear, 1990), cal.lastOldAdmission);
        status = EXEMPT;
        break;
      case Cat.Late:
        adm = this.admission(minYear, y - 2, cal.lastOldAdmission);
        died = rng.chance(0.3);
        status = died ? DIED : MOVED;
        break;
      case Cat.Fresh:
        adm = rng.int(cal.firstFresh, cal.lastFresh);
        break;
      case Cat.FreshLeft:
        adm = rng.int(cal.firstFresh, cal.lastFreshLeft);
        status = MOVED;
        statusDay = adm + rng.int(60, 110);
        break;
      default: {
        const r = rng.next();
        died = r < 0.33;
        gone = true;
        status = died ? DIED : r < 0.98 ? MOVED : STRUCK;
        adm = died
          ? this.admission(Math.max(minYear, 1975), Math.max(minYear, 1998), cal.lastOldAdmission)
          : this.admission(Math.max(minYear, 1988), y - 2, cal.lastOldAdmission);
      }
    }

    // Full membership a year after admission, never a day short.
    const full = isNew ? -1 : oneYearAfter(adm) + rng.int(0, 7);
    if (gone) statusDay = rng.int(Math.max(full + 30, cal.day2010), cal.lastGone);
    else if (cat === Cat.Late) statusDay = rng.int(cal.firstLate, cal.lastLate);

    // Age at admission: mostly 20–35; the elderly exempt ones were admitted in their late twenties.
    let age: number;
    if (cat === Cat.Exempt) age = rng.real(24, 38);
    else if (isNew) age = this.newAge();
    else if (p.young) age = rng.real(18.5, 28);
    else age = this.oldAge();
    const maxAge = (adm - (p.agency ? cal.bornAgency : cal.bornAny)) / YEAR;
    if (age > maxAge) age = rng.real(18.2, Math.max(18.3, maxAge));
    let birth = adm - Math.floor(age * YEAR);

    const name = this.names.make(rng, eth, female);
    // Never the same name and birth date twice (rule M13): an earlier birthday keeps the age valid.
    while (!this.pairs.add(this.names.foldId(name), birth)) birth--;

    let training = -1;
    if (isNew) training = this.certificateBefore(adm);
    else if (adm >= cal.day2008) training = adm - rng.int(30, 180);

    let local: string;
    switch (p.local) {
      case 'village':
        local = forceLocal || rng.chance(0.85) ? 'Có' : 'Không';
        break;
      case 'some':
        local = rng.chance(0.35) ? 'Có' : 'Không';
        break;
      default:
        local = 'Không';
    }

    const row: CellValue[] = [
      this.profileNumber(p, eth, adm),
      full >= 0 ? this.cardNumber() : null,
      this.names.text(name),
      date(birth),
      female ? 'Nữ' : 'Nam',
      ETHNIC[eth],
      this.religion(eth) ?? p.noReligion,
      p.code,
      date(adm),
      full >= 0 ? date(full) : null,
      training >= 0 ? date(training) : null,
      local,
      status,
      statusDay >= 0 ? date(statusDay) : null,
    ];
    return { adm, row };
  }

  /** A day in [lo, hi] years, more often recent (the party grew), not after `last`. */
  private admission(lo: number, hi: number, last: number): number {
    const key = lo * 10000 + hi;
    let years = this.years.get(key);
    if (!years) {
      const entries: Array<[number, number]> = [];
      for (let y = lo; y <= hi; y++) entries.push([y, 1 + Math.max(0, y - 1985) * 0.3]);
      years = new Weighted(entries);
      this.years.set(key, years);
    }
    const y = years.pick(this.rng);
    const first = dayOf(y, 1, 1);
    return Math.min(first + this.rng.int(0, dayOf(y + 1, 1, 1) - first - 1), last);
  }

  private oldAge(): number {
    const r = this.rng.next();
    if (r < 0.04) return this.rng.real(18.2, 20);
    if (r < 0.72) return this.rng.real(20, 32);
    if (r < 0.92) return this.rng.real(32, 42);
    return this.rng.real(42, 52);
  }

  private newAge(): number {
    const r = this.rng.next();
    if (r < 0.05) return this.rng.real(18.2, 20);
    if (r < 0.85) return this.rng.real(20, 32);
    if (r < 0.97) return this.rng.real(32, 40);
    return this.rng.real(40, 48);
  }

  /** The latest awareness certificate at least a month before the admission (the classes are spaced so it is within 6). */
  private certificateBefore(adm: number): number {
    for (let i = this.certificates.length - 1; i >= 0; i--) {
      const c = this.certificates[i];
      if (addMonths(c, 1) <= adm) {
        if (addMonths(c, 6) < adm) break;
        return c;
      }
    }
    throw new Error('sample: no awareness class 1–6 months before an admission');
  }

  private religion(eth: number): string | null {
    const r = this.rng.next();
    switch (eth) {
      case KINH:
        return r < 0.04 ? 'Công giáo' : r < 0.08 ? 'Phật giáo' : null;
      case EDE:
        return r < 0.22 ? 'Tin lành' : r < 0.28 ? 'Công giáo' : null;
      case MNONG:
        return r < 0.15 ? 'Tin lành' : r < 0.25 ? 'Công giáo' : null;
      case TAY:
      case NUNG:
        return r < 0.03 ? 'Phật giáo' : null;
      case MONG:
        return r < 0.12 ? 'Tin lành' : null;
      default:
        return null;
    }
  }

  /** Six digits after a province code, e.g. `DL012345`. Each code has its own rising counter, so ids never repeat. */
  private profileNumber(p: CellProfile, eth: number, adm: number): string {
    const rng = this.rng;
    let prefix = HOME;
    if (p.migrants && adm < this.cal.day2005 && (eth === TAY || eth === NUNG || eth === MONG) && rng.chance(0.5)) {
      prefix = eth === MONG ? 'HG' : rng.chance(0.5) ? 'CB' : 'LS'; // Hà Giang, Cao Bằng, Lạng Sơn
    } else if (p.agency && rng.chance(0.04)) {
      prefix = rng.pick(['PY', 'KH', 'GL']); // staff transferred in from neighbouring provinces
    }
    let n = this.ids.get(prefix);
    let next = (n === undefined ? this.start(prefix) : n) + 1 + rng.int(0, this.opts.idGap);
    for (let k = 0; next > 999999; k++) {
      prefix = OVERFLOW[k];
      n = this.ids.get(prefix);
      next = (n === undefined ? this.start(prefix) : n) + 1;
    }
    this.ids.set(prefix, next);
    return prefix + String(1000000 + next).slice(1);
  }

  private start(prefix: string): number {
    return prefix === HOME ? this.opts.idStart : this.opts.idGap > 0 ? this.rng.int(100000, 300000) : 0;
  }

  /** Eight digits, rising: unique by construction. */
  private cardNumber(): string {
    this.card += 1 + this.rng.int(0, this.opts.cardGap);
    return String(this.card);
  }
}
