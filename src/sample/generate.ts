/**
 * The bundled sample: M'Đrắk district's workbook for 2017, with the article's figures.
 *
 * Balance by construction: each unit's members (M), admissions (A) and targets come from
 * mdrak.ts; a unit's cells share its M − A + (admitted who left) older members, at least 3 core
 * full members each, by largest remainder; its A admissions are dealt to its cells. Rows that
 * count in no figure (members who left before 2018) are added on top. No retry loop anywhere.
 */
import type { CellValue, SheetGrid } from '../core/grid';
import { dateOfDay, dayOf } from './days';
import {
  BASE_CELLS,
  BUON_NAMES,
  CELLS_UNDER_COMMITTEES,
  CLASSES,
  COMMITTEES,
  COMMUNES,
  DISTRICT,
  DISTRICT_TARGET,
  TOTAL_ADMITTED,
  TOTAL_MEMBERS,
  YEAR,
  type CommuneSpec,
} from './mdrak';
import { MEMBER_HEADER, MemberFactory, emptyCounts, type CellCounts } from './people';
import { MIX, cellProfile, type CellProfile, type Setting } from './profiles';
import { Rng, Weighted, apportion } from './random';
import { CLASS_HEADER, KIND, TARGET_HEADER, UNIT_HEADER, childCode, titled, type UnitRow } from './units';

/** The article's date: 9 January 2018. */
const SAMPLE_SEED = 20180109;
/** Share of village cells whose members all live elsewhere (so about 89% have a local member). */
const VILLAGES_WITHOUT_LOCALS = 18;

interface CellDraft {
  setting: Setting;
  profile: CellProfile;
  /** Weight for sharing the unit's older members, and for its admissions. */
  size: number;
  intake: number;
}

interface UnitDraft {
  code: string;
  members: number;
  admitted: number;
  admittedLeft: number;
  cells: CellDraft[];
}

/** The M'Đrắk 2017 workbook: sheets ToChuc, DangVien, ChiTieu, LopBoiDuong, in that order. Same output on every call. */
export function generateSample(): SheetGrid[] {
  const rng = new Rng(SAMPLE_SEED);
  const units: UnitRow[] = [[DISTRICT.code, DISTRICT.name, KIND.root, null, null]];
  const targets: CellValue[][] = [[DISTRICT.code, YEAR, DISTRICT_TARGET]];
  const drafts: UnitDraft[] = [];
  const noReligion = (): null | 'Không' => (rng.chance(0.5) ? null : 'Không');

  // Communes and the town first (X01–X13); the town takes the remaining cells, members and admissions.
  const fixed = (f: (c: CommuneSpec) => number) => COMMUNES.filter((c) => !c.town).reduce((s, c) => s + f(c), 0);
  const committeeCells = COMMITTEES.reduce((s, c) => s + c.cells.length + (c.sub?.cells.length ?? 0), 0);
  const otherMembers = COMMITTEES.reduce((s, c) => s + c.members, 0) + BASE_CELLS.reduce((s, c) => s + c.members, 0);
  const otherAdmitted = COMMITTEES.reduce((s, c) => s + c.admitted, 0) + BASE_CELLS.reduce((s, c) => s + c.admitted, 0);
  let buon = 0;
  COMMUNES.forEach((spec, i) => {
    const code = `X${String(i + 1).padStart(2, '0')}`;
    const c = { ...spec };
    if (c.town) {
      c.villages = CELLS_UNDER_COMMITTEES - committeeCells - fixed((x) => x.villages + x.schools.length + (x.health ? 1 : 0) + 2) - c.schools.length - (c.health ? 1 : 0) - 2;
      c.members = TOTAL_MEMBERS - otherMembers - fixed((x) => x.members);
      c.admitted = TOTAL_ADMITTED - otherAdmitted - fixed((x) => x.admitted);
      if (c.villages < 3 || c.admitted < 0 || c.members < 100) throw new Error('sample: the town cannot balance the totals');
    }
    const where = c.town ? 'thị trấn' : 'xã';
    units.push([code, `Đảng bộ ${where} ${c.place}`, KIND.committee, DISTRICT.code, 'Xã/Thị trấn']);
    targets.push([code, YEAR, c.target]);
    const style = noReligion();
    const migrant = c.people === 'migrant';
    const staff = migrant ? MIX.migrantCommuneStaff : MIX.communeStaff;
    const labels: Array<[string, Setting, CellProfile['ethnic']]> = [
      [`Cơ quan ${where} ${c.place}`, 'Cơ quan', staff],
      [`Quân sự ${where} ${c.place}`, 'Lực lượng vũ trang', staff],
    ];
    if (c.health) labels.push([`Trạm Y tế ${where} ${c.place}`, 'Y tế', staff]);
    for (const s of c.schools) labels.push([s, 'Trường học', staff]);
    const thon = c.villages - c.buon;
    for (let k = 1; k <= thon; k++) {
      labels.push([
        c.town ? `Tổ dân phố ${k}` : `thôn ${k}`,
        'Thôn/Buôn',
        c.town ? MIX.town : migrant ? MIX.migrantVillage : MIX.kinhVillage,
      ]);
    }
    for (let k = 0; k < c.buon; k++) {
      labels.push([`buôn ${BUON_NAMES[buon++]}`, 'Thôn/Buôn', c.people === 'mnong' ? MIX.mnongBuon : MIX.buon]);
    }
    const cells = labels.map(([label, setting, mix], k): CellDraft => {
      const cellCode = childCode(code, k);
      units.push([cellCode, `Chi bộ ${label}`, KIND.cell, code, setting]);
      const village = setting === 'Thôn/Buôn';
      const profile = cellProfile(cellCode, setting, mix, {
        local: village ? 'village' : 'some',
        noReligion: style,
        migrants: migrant,
      });
      return { setting, profile, ...communeWeights(rng, setting) };
    });
    drafts.push({ code, members: c.members, admitted: c.admitted, admittedLeft: 0, cells });
  });

  // Other đảng bộ cơ sở (D01–D08), one with a đảng bộ bộ phận.
  COMMITTEES.forEach((c, i) => {
    const code = `D${String(i + 1).padStart(2, '0')}`;
    units.push([code, c.name, KIND.committee, DISTRICT.code, c.setting]);
    targets.push([code, YEAR, c.target]);
    const style = noReligion();
    const cells: CellDraft[] = [];
    const addCell = (parent: string, k: number, label: string) => {
      const cellCode = childCode(parent, k);
      units.push([cellCode, `Chi bộ ${label}`, KIND.cell, parent, c.setting]);
      const profile = cellProfile(cellCode, c.setting, MIX.district, { local: 'no', noReligion: style });
      cells.push({ setting: c.setting, profile, size: rng.real(0.6, 1.5), intake: 1 });
    };
    c.cells.forEach((label, k) => addCell(code, k, label));
    if (c.sub) {
      const subCode = `${code}-B1`;
      units.push([subCode, c.sub.name, KIND.subCommittee, code, c.setting]);
      c.sub.cells.forEach((label, k) => addCell(subCode, k, label));
    }
    drafts.push({ code, members: c.members, admitted: c.admitted, admittedLeft: c.admittedLeft ?? 0, cells });
  });

  // Chi bộ cơ sở (C01–C18): a single cell each.
  BASE_CELLS.forEach((c, i) => {
    const code = `C${String(i + 1).padStart(2, '0')}`;
    units.push([code, c.name, KIND.baseCell, DISTRICT.code, c.setting]);
    targets.push([code, YEAR, c.target]);
    const profile = cellProfile(code, c.setting, MIX.district, { local: 'no', noReligion: noReligion() });
    drafts.push({
      code,
      members: c.members,
      admitted: c.admitted,
      admittedLeft: 0,
      cells: [{ setting: c.setting, profile, size: 1, intake: 1 }],
    });
  });

  // A few village cells are run by cadres who live elsewhere (the 2018 plan wants over 90% with a local member).
  const villages = drafts.flatMap((d) => d.cells).filter((c) => c.profile.local === 'village');
  for (const c of rng.shuffle(villages).slice(0, VILLAGES_WITHOUT_LOCALS)) c.profile.local = 'none';

  // Members, unit by unit and cell by cell.
  const factory = new MemberFactory(rng, {
    date: dateOfDay,
    expected: 4000,
    idGap: 12,
    cardGap: 8,
    idStart: rng.int(12000, 15000),
    cardStart: 36000000 + rng.int(0, 99999),
  });
  const members: CellValue[][] = [];
  for (const d of drafts) {
    for (const { profile, counts } of splitUnit(rng, d)) factory.cellRows(profile, counts, members);
  }

  const classes: CellValue[][] = CLASSES.map(([name, type, opening, learners]) => {
    const [y, m, dd] = opening.split('-').map(Number);
    return [name, type, dateOfDay(dayOf(y, m, dd)), learners];
  });

  return [
    { name: 'ToChuc', values: titled("DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC ĐẢNG BỘ HUYỆN M'ĐRẮK", UNIT_HEADER, units) },
    { name: 'DangVien', values: titled("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ HUYỆN M'ĐRẮK", MEMBER_HEADER, members) },
    { name: 'ChiTieu', values: [[...TARGET_HEADER], ...targets] },
    { name: 'LopBoiDuong', values: [[...CLASS_HEADER], ...classes] },
  ];
}

/** How big a commune cell is, and how many candidates it brings, relative to its siblings. */
function communeWeights(rng: Rng, setting: Setting): { size: number; intake: number } {
  switch (setting) {
    case 'Thôn/Buôn':
      return { size: rng.real(0.6, 1.5), intake: 1 };
    case 'Cơ quan':
      return { size: 1.3, intake: 0.8 };
    case 'Lực lượng vũ trang':
      return { size: 0.5, intake: 0.5 };
    case 'Y tế':
      return { size: 0.35, intake: 0.4 };
    default:
      return { size: rng.real(0.4, 0.8), intake: 0.6 };
  }
}

/** A unit's counts dealt to its cells: the members exactly, the leavers on top. */
function splitUnit(rng: Rng, d: UnitDraft): Array<{ profile: CellProfile; counts: CellCounts }> {
  const older = d.members - (d.admitted - d.admittedLeft);
  const k = d.cells.length;
  if (older < 3 * k) throw new Error(`sample: ${d.code} has too few members for its cells`);
  const extra = apportion(older - 3 * k, d.cells.map((c) => c.size));
  const intake = new Weighted(d.cells.map((c, i) => [i, c.intake] as const));
  const fresh = d.cells.map(() => 0);
  for (let a = 0; a < d.admitted; a++) fresh[intake.pick(rng)]++;
  let left = d.admittedLeft;
  return d.cells.map((cell, i) => {
    const counts = emptyCounts();
    counts.core = 3;
    for (let j = 0; j < extra[i]; j++) {
      const r = rng.next();
      if (r < 0.01 && !cell.profile.agency) counts.exempt++;
      else if (r < 0.021) counts.late++;
      else counts.old++;
    }
    const leaving = Math.min(left, fresh[i]);
    left -= leaving;
    counts.freshLeft = leaving;
    counts.fresh = fresh[i] - leaving;
    counts.gone = rng.binomial(3 + extra[i], 0.055);
    return { profile: cell.profile, counts };
  });
}
