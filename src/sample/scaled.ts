/**
 * A standard workbook of any size (100 to 1,048,575 member rows) for benchmarks and fuzzing:
 * deterministic for a seed, valid under the rules, with units scaled to fit.
 *
 * Sizes by construction: about one cell per 18 rows, each cell 10–29 rows (the exact total is
 * dealt out first, then shuffled between cells); cells grouped into đảng bộ cơ sở of 4–24 cells
 * and single-cell chi bộ cơ sở. Each cell has 3 core full members and at most 2 rows that count
 * in no figure, so every cell has ≥ 3 full members, every đảng bộ cơ sở ≥ 32 members and
 * every chi bộ cơ sở < 30.
 *
 * Dates: by default Excel serials (1900 system) with `numberFormats` marking the date columns
 * `dd/mm/yyyy`, as Office.js hands them over. Serials are small integers that V8 stores inline,
 * and every data row shares one format row, so a million rows carry no Date objects at all.
 * `{ dates: 'date' }` gives JS Dates at UTC midnight instead, as ExcelJS reads them.
 *
 * DangVien has its header in row 1 (no title rows), so 1,048,575 members plus the header fill
 * an Excel sheet exactly.
 */
import type { CellValue, SheetGrid } from '../core/grid';
import { dateOfDay, dayOf, serialOfDay } from './days';
import { MEMBER_DATE_COLUMNS, MEMBER_HEADER, MemberFactory, emptyCounts, type CellCounts } from './people';
import { MIX, cellProfile, type CellProfile, type Setting } from './profiles';
import { Rng } from './random';
import { CLASS_HEADER, KIND, TARGET_HEADER, UNIT_HEADER, childCode, titled, type UnitRow } from './units';

export interface ScaledOptions {
  /** `serial` (default): Excel serial numbers with date number formats; `date`: JS Dates. */
  dates?: 'serial' | 'date';
}

export const MIN_ROWS = 100;
/** Excel's last row, less the header. */
export const MAX_ROWS = 1_048_575;

const YEAR = 2017;
const MIN_CELL = 10;
const MAX_CELL = 29;
const DATE_FORMAT = 'dd/mm/yyyy';

const PLACE_HEAD = ['Ea', 'Cư', 'Krông', 'Buôn', 'Hòa', 'Tân', 'Phú', 'Quảng', 'Đắk', 'Yang', 'Ia', 'Chư'];
const PLACE_TAIL = [
  'Bar', 'Kar', 'Sô', 'Pil', 'Lai', 'Jing', 'Prao', 'Riêng', 'Trang', 'San', 'Hiao', 'Kly', 'Wy', 'Tul',
  'Knốp', 'Păl', 'Drông', 'Sar', 'Bông', 'Mơ', 'Thành', 'Lợi', 'Hiệp', 'An', 'Xuân', 'Phong', 'Tiến', 'Lạc',
];
const OTHER_SETTINGS: Setting[] = ['Cơ quan', 'Lực lượng vũ trang', 'Doanh nghiệp', 'Trường học'];
const BASE_SETTINGS: Setting[] = ['Cơ quan', 'Cơ quan', 'Y tế', 'Trường học', 'Doanh nghiệp', 'Khác'];
const OTHER_NAMES: Record<string, [committee: string, cell: string]> = {
  'Cơ quan': ['Đảng bộ Khối cơ quan', 'Chi bộ Phòng'],
  'Lực lượng vũ trang': ['Đảng bộ Lực lượng vũ trang', 'Chi bộ Đội'],
  'Doanh nghiệp': ['Đảng bộ Công ty', 'Chi bộ Đội sản xuất'],
  'Trường học': ['Đảng bộ Trường', 'Chi bộ Tổ'],
};
const CLASS_TYPES = ['Lý luận chính trị', 'Lý luận chính trị', 'Khác', 'Khác', 'Đảng viên mới', 'Nhận thức về Đảng'];

/** A standard workbook of about `memberRows` member rows (exactly that many), deterministic for a seed. */
export function generateScaled(memberRows: number, seed = 1, options: ScaledOptions = {}): SheetGrid[] {
  if (!Number.isInteger(memberRows) || memberRows < MIN_ROWS || memberRows > MAX_ROWS) {
    throw new RangeError(`generateScaled: memberRows must be a whole number from ${MIN_ROWS} to ${MAX_ROWS}`);
  }
  const rng = new Rng(seed ^ 0x2017);
  const serial = options.dates !== 'date';
  const date = serial ? serialOfDay : dateOfDay;

  const sizes = cellSizes(rng, memberRows);
  const units: UnitRow[] = [['HU', 'Đảng bộ huyện Mẫu', KIND.root, null, null]];
  const targets: CellValue[][] = [];
  const members: CellValue[][] = [[...MEMBER_HEADER]];
  const factory = new MemberFactory(rng, {
    date,
    expected: memberRows,
    idGap: 0,
    cardGap: 2,
    idStart: 0,
    cardStart: 10_000_000,
  });
  const width = String(Math.ceil(sizes.length / 4) + 1).length;
  const serialNo = { X: 0, D: 0, C: 0 };
  const nextCode = (p: 'X' | 'D' | 'C') => p + String(++serialNo[p]).padStart(width, '0');

  let totalAdmitted = 0;
  let sumTargets = 0;
  const fill = (profile: CellProfile, size: number): number => {
    const c = cellCounts(rng, size, profile.agency);
    factory.cellRows(profile, c, members);
    return c.fresh + c.freshLeft;
  };
  const closeUnit = (code: string, admitted: number) => {
    // Targets near what was achieved: most units reach theirs, some fall short.
    const target = Math.round(admitted * rng.real(0.75, 1.3));
    targets.push([code, YEAR, target]);
    totalAdmitted += admitted;
    sumTargets += target;
  };

  let p = 0;
  while (p < sizes.length) {
    const remaining = sizes.length - p;
    const style = rng.chance(0.5) ? null : 'Không';
    if (remaining >= 4 && (p === 0 || rng.chance(0.55))) {
      const k = Math.min(remaining, rng.int(4, 24));
      const commune = rng.chance(0.6);
      const code = nextCode(commune ? 'X' : 'D');
      const place = `${rng.pick(PLACE_HEAD)} ${rng.pick(PLACE_TAIL)}`;
      const setting: Setting = commune ? 'Xã/Thị trấn' : rng.pick(OTHER_SETTINGS);
      units.push([code, commune ? `Đảng bộ xã ${place}` : `${OTHER_NAMES[setting][0]} ${place}`, KIND.committee, 'HU', setting]);
      // Large committees sometimes group their last three cells under a đảng bộ bộ phận.
      const sub = k >= 10 && rng.chance(0.25) ? k - 3 : k;
      const subCode = `${code}-B1`;
      if (sub < k) units.push([subCode, `Đảng bộ bộ phận ${place}`, KIND.subCommittee, code, commune ? 'Khác' : setting]);
      const people = rng.pick(['kinh', 'kinh', 'ede', 'migrant'] as const);
      let admitted = 0;
      for (let i = 0; i < k; i++) {
        const parent = i < sub ? code : subCode;
        const cellCode = childCode(parent, i < sub ? i : i - sub);
        let cellSetting: Setting;
        let name: string;
        let profile: CellProfile;
        if (commune) {
          const cell = communeCell(rng, i, place, people);
          cellSetting = cell.setting;
          name = cell.name;
          profile = cellProfile(cellCode, cellSetting, cell.mix, {
            local: cellSetting !== 'Thôn/Buôn' ? 'some' : rng.chance(0.1) ? 'none' : 'village',
            noReligion: style,
            migrants: people === 'migrant',
          });
        } else {
          cellSetting = setting;
          name = `${OTHER_NAMES[setting][1]} ${i + 1}`;
          profile = cellProfile(cellCode, cellSetting, MIX.district, { local: 'no', noReligion: style });
        }
        units.push([cellCode, name, KIND.cell, parent, cellSetting]);
        admitted += fill(profile, sizes[p + i]);
      }
      closeUnit(code, admitted);
      p += k;
    } else {
      const code = nextCode('C');
      const setting = rng.pick(BASE_SETTINGS);
      units.push([code, `Chi bộ cơ sở ${rng.pick(PLACE_HEAD)} ${rng.pick(PLACE_TAIL)}`, KIND.baseCell, 'HU', setting]);
      const profile = cellProfile(code, setting, MIX.district, { local: 'no', noReligion: style });
      closeUnit(code, fill(profile, sizes[p]));
      p += 1;
    }
  }
  // The district's own target, covered by the TCCS targets so no rule flags a shortfall.
  targets.unshift(['HU', YEAR, Math.min(sumTargets, Math.floor(totalAdmitted / 1.1))]);

  const classes: CellValue[][] = [];
  const classCount = Math.max(4, Math.round(memberRows / 140));
  for (let i = 0; i < classCount; i++) {
    const type = i < 3 ? 'Nhận thức về Đảng' : rng.pick(CLASS_TYPES);
    const opening = dayOf(YEAR, 1, 9) + rng.int(0, 330);
    classes.push([`Lớp ${type.toLowerCase()} số ${i + 1}`, type, date(opening), rng.int(30, type === 'Lý luận chính trị' ? 400 : 120)]);
  }

  const memberGrid: SheetGrid = { name: 'DangVien', values: members };
  const classGrid: SheetGrid = { name: 'LopBoiDuong', values: [[...CLASS_HEADER], ...classes] };
  if (serial) {
    memberGrid.numberFormats = sharedFormats(members.length, MEMBER_HEADER.length, MEMBER_DATE_COLUMNS);
    classGrid.numberFormats = sharedFormats(classGrid.values.length, CLASS_HEADER.length, [2]);
  }
  return [
    { name: 'ToChuc', values: titled('DANH SÁCH TỔ CHỨC ĐẢNG (DỮ LIỆU MỞ RỘNG)', UNIT_HEADER, units) },
    memberGrid,
    { name: 'ChiTieu', values: [[...TARGET_HEADER], ...targets] },
    classGrid,
  ];
}

/** Exactly `total` rows dealt to cells of MIN_CELL–MAX_CELL rows, evened out then shuffled pairwise. */
function cellSizes(rng: Rng, total: number): Int32Array {
  const n = Math.round(total / 18);
  const sizes = new Int32Array(n);
  const base = Math.floor(total / n);
  const extra = total - base * n;
  for (let i = 0; i < n; i++) sizes[i] = base + (i < extra ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const j = rng.int(0, n - 1);
    const d = Math.min(rng.int(0, 8), MAX_CELL - sizes[i], sizes[j] - MIN_CELL);
    if (i !== j && d > 0) {
      sizes[i] += d;
      sizes[j] -= d;
    }
  }
  return sizes;
}

/** What each row of a cell is; at most 2 rows that count in no figure. */
function cellCounts(rng: Rng, size: number, agency: boolean): CellCounts {
  const c = emptyCounts();
  c.core = 3;
  for (let i = 3; i < size; i++) {
    const r = rng.next();
    const spare = c.gone + c.freshLeft < 2;
    if (r < 0.0545) c.fresh++;
    else if (r < 0.0555 && spare) c.freshLeft++;
    else if (r < 0.095 && spare) c.gone++;
    else if (r < 0.106) c.late++;
    else if (r < 0.116 && !agency) c.exempt++;
    else c.old++;
  }
  return c;
}

/** A commune's i-th cell: its agency, health station, schools, then villages. */
function communeCell(
  rng: Rng,
  i: number,
  place: string,
  people: 'kinh' | 'ede' | 'migrant',
): { setting: Setting; name: string; mix: CellProfile['ethnic'] } {
  const staff = people === 'migrant' ? MIX.migrantCommuneStaff : MIX.communeStaff;
  if (i === 0) return { setting: 'Cơ quan', name: `Chi bộ Cơ quan xã ${place}`, mix: staff };
  if (i === 1) return { setting: 'Y tế', name: `Chi bộ Trạm Y tế xã ${place}`, mix: staff };
  if (i <= 3) return { setting: 'Trường học', name: `Chi bộ Trường ${i === 2 ? 'Tiểu học' : 'THCS'} ${place}`, mix: staff };
  const r = rng.next();
  if (people === 'ede' ? r < 0.6 : r < 0.15) {
    return { setting: 'Thôn/Buôn', name: `Chi bộ buôn ${rng.pick(PLACE_HEAD)} ${rng.pick(PLACE_TAIL)}`, mix: MIX.buon };
  }
  return {
    setting: 'Thôn/Buôn',
    name: `Chi bộ thôn ${i - 3}`,
    mix: people === 'migrant' ? MIX.migrantVillage : MIX.kinhVillage,
  };
}

/** Same shape as `values`: the header row, then one format row shared by every data row. */
function sharedFormats(rows: number, width: number, dateColumns: readonly number[]): (string | null)[][] {
  const header: (string | null)[] = new Array(width).fill(null);
  const row: (string | null)[] = new Array(width).fill(null);
  for (const c of dateColumns) row[c] = DATE_FORMAT;
  const out = new Array<(string | null)[]>(rows);
  out[0] = header;
  for (let i = 1; i < rows; i++) out[i] = row;
  return out;
}
