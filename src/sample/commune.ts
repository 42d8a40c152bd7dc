/**
 * Workbooks of today's structure (from 1/7/2025): one commune committee's 2026 workbook, and a
 * province's folder (the province's plan and its communes' workbooks). Deterministic, valid under
 * the rules, every date on or before the day the books were last saved (a workbook kept during
 * the year has nothing after that day).
 *
 * A commune's TCCS: its agencies' đảng bộ cơ sở (three cells), the forces, the health station and
 * the schools as chi bộ cơ sở, then its villages (thôn, buôn, tổ dân phố) as chi bộ cơ sở. Each
 * cell has 3 core full members and at most 2 rows that count in no figure, so no cell is under
 * the Charter's minimum, the đảng bộ cơ sở has 30 members or more and a chi bộ cơ sở fewer.
 */
import type { CellValue, SheetGrid } from '../core/grid';
import { dateOfDay, dayOf } from './days';
import { MEMBER_HEADER, MemberFactory, emptyCounts, sampleCalendar, type CellCounts, type SampleCalendar } from './people';
import { MIX, cellProfile, type CellProfile, type Setting } from './profiles';
import { Rng } from './random';
import { CLASS_HEADER, TARGET_HEADER, UNIT_HEADER, childCode, titled } from './units';

export const COMMUNE_YEAR = 2026;
/** The day the books were last saved: nothing is dated after it. */
export const COMMUNE_LAST_DAY = dayOf(2026, 11, 30);

export type People = 'kinh' | 'ede' | 'migrant';

export interface CommuneSpec {
  /** The commune's code in the province's plan (its workbook's root code). */
  code: string;
  /** `xã`, `phường` or `đặc khu`. */
  level: 'xã' | 'phường' | 'đặc khu';
  place: string;
  villages: number;
  people: People;
  /** The province's own committees (Công an tỉnh …) keep a workbook of the same shape. */
  provinceCommittee?: { name: string; setting: Setting; cells: string[] };
}

/** The commune of `dangvien sample --commune`. */
export const SAMPLE_COMMUNE: CommuneSpec = { code: 'X05', level: 'xã', place: 'Ea Riêng', villages: 24, people: 'kinh' };

const VILLAGE_HEAD = ['Ea', 'Cư', 'Krông', 'Hòa', 'Tân', 'Phú', 'Đắk', 'Ia'];
const VILLAGE_TAIL = ['Bar', 'Kar', 'Sô', 'Pil', 'Lai', 'Jing', 'Prao', 'Trang', 'Hiao', 'Kly', 'Wy', 'Tul', 'Knốp', 'Drông', 'Sar', 'Bông'];

interface Tccs {
  code: string;
  name: string;
  kind: 'Đảng bộ cơ sở' | 'Chi bộ cơ sở';
  setting: Setting;
  /** The cells' names (a chi bộ cơ sở is its own single cell). */
  cells: { name: string; setting: Setting; mix: CellProfile['ethnic']; local: 'village' | 'some' | 'no' }[];
}

function tccsOf(rng: Rng, spec: CommuneSpec): Tccs[] {
  const where = spec.level === 'đặc khu' ? 'đặc khu' : spec.level;
  const staff = spec.people === 'migrant' ? MIX.migrantCommuneStaff : MIX.communeStaff;
  if (spec.provinceCommittee) {
    const c = spec.provinceCommittee;
    return c.cells.map((name, i) => ({
      code: `C${String(i + 1).padStart(2, '0')}`,
      name: `Chi bộ ${name}`,
      kind: 'Chi bộ cơ sở',
      setting: c.setting,
      cells: [{ name: `Chi bộ ${name}`, setting: c.setting, mix: MIX.district, local: 'no' }],
    }));
  }
  const one = (code: string, name: string, setting: Setting, local: 'some' | 'no' = 'some'): Tccs => ({
    code,
    name: `Chi bộ ${name}`,
    kind: 'Chi bộ cơ sở',
    setting,
    cells: [{ name: `Chi bộ ${name}`, setting, mix: staff, local }],
  });
  const out: Tccs[] = [
    {
      code: 'CQ',
      name: `Đảng bộ Cơ quan ${where} ${spec.place}`,
      kind: 'Đảng bộ cơ sở',
      setting: 'Cơ quan',
      cells: ['Cơ quan Đảng - Mặt trận - đoàn thể', 'Ủy ban nhân dân', 'Trung tâm Phục vụ hành chính công'].map((n) => ({
        name: `Chi bộ ${n} ${where}`,
        setting: 'Cơ quan' as Setting,
        mix: staff,
        local: 'some' as const,
      })),
    },
    one('QS', `Quân sự ${where} ${spec.place}`, 'Lực lượng vũ trang'),
    one('CA', `Công an ${where} ${spec.place}`, 'Lực lượng vũ trang', 'no'),
    one('YT', `Trạm Y tế ${where} ${spec.place}`, 'Y tế'),
    one('MN', `Trường Mầm non ${spec.place}`, 'Trường học'),
    one('TH', `Trường Tiểu học ${spec.place}`, 'Trường học'),
    one('THCS', `Trường THCS ${spec.place}`, 'Trường học'),
  ];
  const used = new Set<string>();
  for (let k = 1; k <= spec.villages; k++) {
    const buon = spec.people === 'ede' ? rng.chance(0.6) : rng.chance(0.12);
    let name: string;
    if (spec.level === 'phường') name = `Tổ dân phố ${k}`;
    else if (buon) {
      do name = `buôn ${rng.pick(VILLAGE_HEAD)} ${rng.pick(VILLAGE_TAIL)}`;
      while (used.has(name));
      used.add(name);
    } else name = `thôn ${k}`;
    const mix = spec.level === 'phường' ? MIX.town : buon ? MIX.buon : spec.people === 'migrant' ? MIX.migrantVillage : MIX.kinhVillage;
    const code = `T${String(k).padStart(2, '0')}`;
    out.push({ code, name: `Chi bộ ${name}`, kind: 'Chi bộ cơ sở', setting: 'Thôn/Buôn', cells: [{ name: `Chi bộ ${name}`, setting: 'Thôn/Buôn', mix, local: 'village' }] });
  }
  return out;
}

/** What each row of a cell is: 3 core members, at most 2 rows that count in no figure, nobody leaving after the year. */
function cellCounts(rng: Rng, size: number, agency: boolean): CellCounts {
  const c = emptyCounts();
  c.core = 3;
  for (let i = 3; i < size; i++) {
    const r = rng.next();
    const spare = c.gone + c.freshLeft < 2;
    if (r < 0.06) c.fresh++;
    else if (r < 0.063 && spare) c.freshLeft++;
    else if (r < 0.1 && spare) c.gone++;
    else if (r < 0.11 && !agency) c.exempt++;
    else c.old++;
  }
  return c;
}

export interface CommuneOptions {
  /** Shared by a province's communes, so profile and card numbers never repeat across files. */
  factory?: MemberFactory;
  rng?: Rng;
  /** The commune's own target row for itself; by default a little under what its TCCS's targets add up to. */
  ownTarget?: number;
}

export interface CommuneBook {
  grids: SheetGrid[];
  /** The root's code, name, and what its TCCS were given and admitted (for the province's plan). */
  code: string;
  name: string;
  kind: string;
  admitted: number;
  tccsTargets: number;
  members: number;
}

function newFactory(rng: Rng, calendar: SampleCalendar, expected: number, idStart: number, cardStart: number): MemberFactory {
  return new MemberFactory(rng, { date: dateOfDay, expected, idGap: 6, cardGap: 4, idStart, cardStart, calendar });
}

export const communeCalendar = (): SampleCalendar => sampleCalendar(COMMUNE_YEAR, COMMUNE_LAST_DAY);

/** One commune committee's 2026 workbook: ToChuc, DangVien, ChiTieu, LopBoiDuong. */
export function generateCommune(spec: CommuneSpec = SAMPLE_COMMUNE, options: CommuneOptions = {}): CommuneBook {
  const rng = options.rng ?? new Rng(20260701 ^ spec.code.charCodeAt(spec.code.length - 1));
  const calendar = communeCalendar();
  const factory = options.factory ?? newFactory(rng, calendar, 2000, rng.int(20000, 30000), 46000000 + rng.int(0, 99999));
  const rootKind = spec.provinceCommittee ? 'Đảng bộ trực thuộc tỉnh' : 'Đảng bộ xã';
  const name = spec.provinceCommittee ? spec.provinceCommittee.name : `Đảng bộ ${spec.level} ${spec.place}`;
  const units: CellValue[][] = [[spec.code, name, rootKind, null, spec.provinceCommittee ? null : 'Xã/Thị trấn']];
  const targets: CellValue[][] = [];
  const members: CellValue[][] = [];
  const style = rng.chance(0.5) ? null : 'Không';
  let admittedAll = 0;
  let targetSum = 0;
  let memberCount = 0;
  for (const t of tccsOf(rng, spec)) {
    units.push([t.code, t.name, t.kind, spec.code, t.setting]);
    let admitted = 0;
    t.cells.forEach((cell, i) => {
      const cellCode = t.kind === 'Chi bộ cơ sở' ? t.code : childCode(t.code, i);
      if (t.kind === 'Đảng bộ cơ sở') units.push([cellCode, cell.name, 'Chi bộ', t.code, cell.setting]);
      const profile = cellProfile(cellCode, cell.setting, cell.mix, { local: cell.local, noReligion: style, migrants: spec.people === 'migrant' });
      // A đảng bộ cơ sở's cells are 12–18 (30 members or more together); a chi bộ cơ sở 10–27 (under 30).
      const size = t.kind === 'Đảng bộ cơ sở' ? rng.int(12, 18) : cell.setting === 'Thôn/Buôn' ? rng.int(14, 27) : rng.int(10, 22);
      const counts = cellCounts(rng, size, profile.agency);
      factory.cellRows(profile, counts, members);
      admitted += counts.fresh + counts.freshLeft;
      memberCount += counts.core + counts.old + counts.exempt + counts.fresh;
    });
    // Targets near what was achieved: most reach theirs, some fall short.
    const target = Math.max(0, Math.round(admitted * rng.real(0.75, 1.3)));
    targets.push([t.code, COMMUNE_YEAR, target]);
    admittedAll += admitted;
    targetSum += target;
  }
  // The commune's own target, covered by its TCCS's so no rule flags a shortfall.
  const own = options.ownTarget ?? Math.min(targetSum, Math.max(1, Math.round(admittedAll * 0.95)));
  targets.unshift([spec.code, COMMUNE_YEAR, own]);

  const [, , spring, summer, autumn] = calendar.awarenessOpenings;
  const classes: CellValue[][] = [
    ['Lớp bồi dưỡng nhận thức về Đảng đợt 1/2026', 'Nhận thức về Đảng', dateOfDay(spring), rng.int(25, 45)],
    ['Lớp bồi dưỡng nhận thức về Đảng đợt 2/2026', 'Nhận thức về Đảng', dateOfDay(summer), rng.int(25, 45)],
    ['Lớp bồi dưỡng lý luận chính trị cho đảng viên mới', 'Đảng viên mới', dateOfDay(summer + 21), rng.int(15, 35)],
    ['Lớp bồi dưỡng nhận thức về Đảng đợt 3/2026', 'Nhận thức về Đảng', dateOfDay(autumn), rng.int(25, 45)],
  ];

  const upper = name.toLocaleUpperCase('vi');
  return {
    grids: [
      { name: 'ToChuc', values: titled(`DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC ${upper}`, UNIT_HEADER, units) },
      { name: 'DangVien', values: titled(`DANH SÁCH ĐẢNG VIÊN ${upper}`, MEMBER_HEADER, members) },
      { name: 'ChiTieu', values: [[...TARGET_HEADER], ...targets] },
      { name: 'LopBoiDuong', values: [[...CLASS_HEADER], ...classes] },
    ],
    code: spec.code,
    name,
    kind: rootKind,
    admitted: admittedAll,
    tccsTargets: targetSum,
    members: memberCount,
  };
}

/** The sample province's communes and wards, and one of its own committees. */
export const SAMPLE_PROVINCE = { code: 'TU', name: 'Đảng bộ tỉnh Đắk Lắk' };
export const PROVINCE_COMMUNES: readonly CommuneSpec[] = [
  { code: 'X01', level: 'xã', place: "M'Đrắk", villages: 18, people: 'kinh' },
  { code: 'X02', level: 'xã', place: "Cư M'ta", villages: 14, people: 'ede' },
  { code: 'X03', level: 'xã', place: 'Krông Á', villages: 12, people: 'ede' },
  { code: 'X04', level: 'xã', place: 'Cư Prao', villages: 13, people: 'migrant' },
  SAMPLE_COMMUNE,
  { code: 'P01', level: 'phường', place: 'Tân Lập', villages: 15, people: 'kinh' },
  {
    code: 'CAT',
    level: 'xã',
    place: '',
    villages: 0,
    people: 'kinh',
    provinceCommittee: {
      name: 'Đảng bộ Công an tỉnh',
      setting: 'Lực lượng vũ trang',
      cells: ['Phòng An ninh chính trị nội bộ', 'Phòng Cảnh sát hình sự', 'Phòng Cảnh sát giao thông', 'Phòng Tham mưu', 'Phòng Hậu cần'],
    },
  },
];

export interface SampleFile {
  /** File name inside the folder. */
  file: string;
  grids: SheetGrid[];
}

/**
 * A province's folder for 2026: each commune's workbook (its tree, members and TCCS targets) and
 * the province's plan (its ToChuc rows and the communes' targets). One commune repeats its own
 * target differently from the province's plan, as happens: an info, not an error.
 */
export function generateProvince(communes: readonly CommuneSpec[] = PROVINCE_COMMUNES): SampleFile[] {
  const rng = new Rng(20250701);
  const calendar = communeCalendar();
  // One factory for the province: profile and card numbers never repeat across the files.
  const factory = newFactory(rng, calendar, communes.length * 1500, rng.int(20000, 30000), 46000000 + rng.int(0, 99999));
  const books = communes.map((spec) => generateCommune(spec, { factory, rng }));
  const units: CellValue[][] = [[SAMPLE_PROVINCE.code, SAMPLE_PROVINCE.name, 'Đảng bộ tỉnh', null, null]];
  const plan: CellValue[][] = [];
  let sum = 0;
  books.forEach((b, i) => {
    units.push([b.code, b.name, b.kind, SAMPLE_PROVINCE.code, b.kind === 'Đảng bộ xã' ? 'Xã/Thị trấn' : 'Lực lượng vũ trang']);
    const own = b.grids[2].values.find((r) => r[0] === b.code)![2] as number;
    // The province's plan gives the second commune one more than it wrote for itself.
    const target = i === 1 ? own + 1 : own;
    plan.push([b.code, COMMUNE_YEAR, target]);
    sum += target;
  });
  plan.unshift([SAMPLE_PROVINCE.code, COMMUNE_YEAR, Math.round(sum * 0.97)]);
  const files: SampleFile[] = [
    {
      file: 'TU-KeHoach-2026.xlsx',
      grids: [
        { name: 'ToChuc', values: titled('DANH SÁCH ĐẢNG BỘ TRỰC THUỘC TỈNH ỦY ĐẮK LẮK', UNIT_HEADER, units) },
        { name: 'ChiTieu', values: [[...TARGET_HEADER], ...plan] },
      ],
    },
  ];
  for (const b of books) files.push({ file: `${b.code}-${fileWord(b.name)}-2026.xlsx`, grids: b.grids });
  return files;
}

/** `Đảng bộ xã Cư M'ta` → `CuMta`: a file name without diacritics, spaces or quotes. */
function fileWord(name: string): string {
  const bare = name.replace(/^Đảng bộ (xã|phường|đặc khu)\s+/u, '').replace(/^Đảng bộ\s+/u, '');
  return bare
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
