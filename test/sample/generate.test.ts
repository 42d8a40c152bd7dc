/**
 * The bundled sample and the scaled workbook, counted straight from the grids with a little
 * reader of our own, so the checks do not lean on the generator's internals.
 */
import type { CellValue, SheetGrid } from '../../src/core/grid';
import { generateSample, generateScaled } from '../../src/sample';

const DAY = 86_400_000;
const END_2017 = Date.UTC(2017, 11, 31);
const ACTIVE = new Set(['Đang sinh hoạt', 'Miễn sinh hoạt']);

const UNIT_HEADER = ['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'];
const MEMBER_HEADER = [
  'Số lý lịch', 'Số thẻ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Dân tộc', 'Tôn giáo', 'Mã chi bộ',
  'Ngày vào Đảng', 'Ngày chính thức', 'Ngày bồi dưỡng', 'Người tại chỗ', 'Tình trạng', 'Ngày biến động',
];
const TARGET_HEADER = ['Mã', 'Năm', 'Chỉ tiêu kết nạp'];
const CLASS_HEADER = ['Tên lớp', 'Loại lớp', 'Ngày khai giảng', 'Số học viên'];

/** Milliseconds of a date cell: a JS Date, or an Excel 1900 serial. */
function ms(v: CellValue): number | null {
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number') return (v - 25569) * DAY;
  return null;
}

/** Same calendar date `years` later, for age and probation checks (29 Feb rolls to 1 Mar). */
function plusYears(t: number, years: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate());
}

function plusMonths(t: number, months: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

const fold = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');

interface Unit {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
  setting: string | null;
}

interface Member {
  id: string;
  card: string | null;
  name: string;
  born: number;
  female: boolean;
  ethnic: string;
  cell: string;
  admitted: number;
  full: number | null;
  training: number | null;
  local: string;
  status: string;
  statusDate: number | null;
}

/** Rows below the header: the first row whose first cell is the header's first name. */
function table(grid: SheetGrid, header: string[]): CellValue[][] {
  const at = grid.values.findIndex((r) => r[0] === header[0]);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(grid.values[at].slice(0, header.length)).toEqual(header);
  return grid.values.slice(at + 1);
}

function read(grids: SheetGrid[]) {
  const [tc, dv, ct, lop] = grids;
  const units: Unit[] = table(tc, UNIT_HEADER).map((r) => ({
    code: r[0] as string,
    name: r[1] as string,
    kind: r[2] as string,
    parent: (r[3] as string) ?? null,
    setting: (r[4] as string) ?? null,
  }));
  const members: Member[] = table(dv, MEMBER_HEADER).map((r) => ({
    id: r[0] as string,
    card: (r[1] as string) ?? null,
    name: r[2] as string,
    born: ms(r[3])!,
    female: r[4] === 'Nữ',
    ethnic: r[5] as string,
    cell: r[7] as string,
    admitted: ms(r[8])!,
    full: ms(r[9]),
    training: ms(r[10]),
    local: r[11] as string,
    status: r[12] as string,
    statusDate: ms(r[13]),
  }));
  const targets = table(ct, TARGET_HEADER).map((r) => ({ code: r[0] as string, year: r[1] as number, target: r[2] as number }));
  const classes = table(lop, CLASS_HEADER).map((r) => ({ type: r[1] as string, opening: ms(r[2])!, learners: r[3] as number }));
  const byCode = new Map(units.map((u) => [u.code, u]));
  /** The TCCS (unit directly under the root) above a unit. */
  const tccsOf = (code: string): string => {
    let u = byCode.get(code)!;
    while (byCode.get(u.parent!)!.kind !== 'Đảng bộ huyện') u = byCode.get(u.parent!)!;
    return u.code;
  };
  return { units, members, targets, classes, byCode, tccsOf };
}

const isMember = (m: Member, t = END_2017) =>
  m.admitted <= t && (ACTIVE.has(m.status) || (m.statusDate !== null && m.statusDate > t));
const isFull = (m: Member, t = END_2017) => isMember(m, t) && m.full !== null && m.full <= t;
const in2017 = (t: number) => new Date(t).getUTCFullYear() === 2017;

function countBy<T>(items: T[], key: (x: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) out.set(key(x), (out.get(key(x)) ?? 0) + 1);
  return out;
}

/**
 * What every valid workbook satisfies, whichever generator made it. Problems are collected
 * (code and what is wrong) and compared once: a per-member `expect` is slow on 10,000 rows.
 */
function problems(w: ReturnType<typeof read>): string[] {
  const { units, members, targets, byCode, tccsOf } = w;
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  const cellKinds = new Set(['Chi bộ', 'Chi bộ cơ sở']);
  // Units: unique codes, one root, parents exist.
  check(new Set(units.map((u) => u.code)).size === units.length, 'duplicate unit code');
  check(units.filter((u) => u.kind === 'Đảng bộ huyện').length === 1, 'not one root');
  for (const u of units) if (u.kind !== 'Đảng bộ huyện') check(byCode.has(u.parent!), `${u.code}: unknown parent`);
  // Members: unique ids (6 digits after a province code), unique 8-digit cards, for full members only.
  check(new Set(members.map((m) => m.id)).size === members.length, 'duplicate member id');
  const cards = members.filter((m) => m.card !== null).map((m) => m.card!);
  check(new Set(cards).size === cards.length, 'duplicate card number');
  // Never the same folded name and birth date twice (rule M13).
  check(new Set(members.map((m) => `${fold(m.name)}|${m.born}`)).size === members.length, 'same name and birth date twice');
  const lastDate = Date.UTC(2019, 11, 31);
  for (const m of members) {
    const at = (what: string) => `${m.id}: ${what}`;
    check(/^[A-Z]{1,3}\d{6}$/.test(m.id), at('id format'));
    check((m.card === null) === (m.full === null), at('card iff full member'));
    check(m.card === null || /^\d{8}$/.test(m.card), at('card format'));
    check(cellKinds.has(byCode.get(m.cell)?.kind ?? ''), at('not in a cell'));
    check(m.ethnic.length > 0 && m.name.length > 0, at('empty name or ethnicity'));
    check(m.local === 'Có' || m.local === 'Không', at('local'));
    // 18–60 at admission; probation at least 12 months; status change after admission; nothing after 2019.
    check(m.admitted >= plusYears(m.born, 18), at('under 18 at admission'));
    check(m.admitted < plusYears(m.born, 60), at('over 60 at admission'));
    if (m.full !== null) {
      check(m.full >= plusYears(m.admitted, 1), at('probation under 12 months'));
      check(m.full <= m.admitted + 400 * DAY, at('probation far over 12 months'));
    } else {
      check(in2017(m.admitted), at('probationary but admitted before 2017'));
    }
    if (ACTIVE.has(m.status)) check(m.statusDate === null, at('status date on an active member'));
    else {
      check(m.statusDate !== null && m.statusDate > m.admitted, at('status change not after admission'));
      check(m.full === null || (m.statusDate ?? 0) > m.full, at('status change before full membership'));
    }
    for (const t of [m.born, m.admitted, m.full, m.training, m.statusDate]) check(t === null || t <= lastDate, at('date after 2019'));
    if (in2017(m.admitted)) {
      // Awareness class 1–6 months before admission.
      const t = m.training;
      check(t !== null && t <= plusMonths(m.admitted, -1) && t >= plusMonths(m.admitted, -6), at('awareness class not 1–6 months before'));
    } else {
      // Nobody admitted before 2017 is still probationary at 31/12/2017 (nobody overdue).
      check(m.full !== null && m.full <= END_2017, at('not full by 31/12/2017'));
    }
  }
  // Every cell has at least 3 full members; đảng bộ cơ sở ≥ 30 members; chi bộ cơ sở < 30.
  const full = countBy(members.filter((m) => isFull(m)), (m) => m.cell);
  for (const u of units) if (cellKinds.has(u.kind)) check((full.get(u.code) ?? 0) >= 3, `${u.code}: under 3 full members`);
  const perTccs = countBy(members.filter((m) => isMember(m)), (m) => tccsOf(m.cell));
  for (const u of units) {
    if (u.kind === 'Đảng bộ cơ sở') check((perTccs.get(u.code) ?? 0) >= 30, `${u.code}: under 30 members`);
    if (u.kind === 'Chi bộ cơ sở') check((perTccs.get(u.code) ?? 0) < 30, `${u.code}: 30 members or more`);
  }
  // One target per TCCS and for the root, all for 2017, and the TCCS ones cover the district's.
  const tccs = units.filter((u) => u.kind === 'Đảng bộ cơ sở' || u.kind === 'Chi bộ cơ sở');
  const root = units.find((u) => u.kind === 'Đảng bộ huyện')!;
  const expected = [root.code, ...tccs.map((u) => u.code)].sort();
  check(JSON.stringify(targets.map((t) => t.code).sort()) === JSON.stringify(expected), 'targets not exactly root + TCCS');
  for (const t of targets) check(t.year === 2017 && Number.isInteger(t.target) && t.target >= 0, `${t.code}: bad target row`);
  const rootTarget = targets.find((t) => t.code === root.code)?.target ?? 0;
  const sum = targets.filter((t) => t.code !== root.code).reduce((s, t) => s + t.target, 0);
  check(sum >= rootTarget, 'TCCS targets under the district target');
  return bad;
}

function expectValid(w: ReturnType<typeof read>) {
  expect(problems(w)).toEqual([]);
}

describe("generateSample: M'Đrắk 2017", () => {
  const grids = generateSample();
  const w = read(grids);
  const { units, members, targets, classes, tccsOf } = w;

  test('four sheets in order, with title rows on ToChuc and DangVien', () => {
    expect(grids.map((g) => g.name)).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
    for (const g of grids.slice(0, 2)) {
      expect(String(g.values[0][0])).toMatch(/^DANH SÁCH .*M'ĐRẮK$/);
      expect(g.values[1].every((v) => v === null || v === undefined || v === '')).toBe(true);
    }
    expect(grids[2].values[0]).toEqual(TARGET_HEADER);
    expect(grids[3].values[0]).toEqual(CLASS_HEADER);
  });

  test('structure: 39 TCCS (21 + 18), 300 cells under the đảng bộ cơ sở, 13 communes', () => {
    const root = units.filter((u) => u.kind === 'Đảng bộ huyện');
    expect(root).toEqual([expect.objectContaining({ code: 'HU', name: "Đảng bộ huyện M'Đrắk", parent: null })]);
    const dbcs = units.filter((u) => u.kind === 'Đảng bộ cơ sở');
    const cbcs = units.filter((u) => u.kind === 'Chi bộ cơ sở');
    expect(dbcs).toHaveLength(21);
    expect(cbcs).toHaveLength(18);
    for (const u of [...dbcs, ...cbcs]) expect(u.parent).toBe('HU');
    const cells = units.filter((u) => u.kind === 'Chi bộ');
    expect(cells).toHaveLength(300);
    const dbcsCodes = new Set(dbcs.map((u) => u.code));
    for (const c of cells) expect(dbcsCodes.has(tccsOf(c.code))).toBe(true);
    expect(units.some((u) => u.kind === 'Đảng bộ bộ phận')).toBe(true);
    expect(dbcs.filter((u) => u.setting === 'Xã/Thị trấn')).toHaveLength(13);
  });

  test('figures: 3,044 members at 31/12/2017, 167 admitted in 2017, district target 150', () => {
    expect(members.filter((m) => isMember(m))).toHaveLength(3044);
    expect(members.filter((m) => in2017(m.admitted))).toHaveLength(167);
    expect(targets.find((t) => t.code === 'HU')!.target).toBe(150);
    const tccsSum = targets.filter((t) => t.code !== 'HU').reduce((s, t) => s + t.target, 0);
    expect(tccsSum).toBeGreaterThanOrEqual(150);
    expect(tccsSum).toBeLessThanOrEqual(165);
  });

  test('Cư San: target 8, 13 admitted, 125 members, 20 cells', () => {
    const cuSan = units.find((u) => u.name === 'Đảng bộ xã Cư San')!;
    expect(cuSan.setting).toBe('Xã/Thị trấn');
    const mine = members.filter((m) => tccsOf(m.cell) === cuSan.code);
    expect(targets.find((t) => t.code === cuSan.code)!.target).toBe(8);
    expect(mine.filter((m) => in2017(m.admitted))).toHaveLength(13);
    expect(mine.filter((m) => isMember(m))).toHaveLength(125);
    const cells = units.filter((u) => u.kind === 'Chi bộ' && tccsOf(u.code) === cuSan.code);
    expect(cells).toHaveLength(20);
    const settings = new Set(cells.map((c) => c.setting));
    for (const s of ['Thôn/Buôn', 'Trường học', 'Y tế', 'Cơ quan']) expect(settings).toContain(s);
    // Many are migrants from the northern mountains.
    const groups = new Set(mine.map((m) => m.ethnic));
    for (const g of ['Tày', 'Nùng', 'Mông']) expect(groups).toContain(g);
  });

  test('attainment varies: most TCCS reach their target, several do not', () => {
    const admitted = countBy(members.filter((m) => in2017(m.admitted)), (m) => tccsOf(m.cell));
    const withTarget = targets.filter((t) => t.code !== 'HU' && t.target > 0);
    const reached = withTarget.filter((t) => (admitted.get(t.code) ?? 0) >= t.target).length;
    expect(reached).toBeGreaterThan(withTarget.length / 2);
    expect(withTarget.length - reached).toBeGreaterThanOrEqual(4);
  });

  test('training: 22 classes, 2,739 learners; 3 awareness classes with 310', () => {
    expect(classes).toHaveLength(22);
    expect(classes.reduce((s, c) => s + c.learners, 0)).toBe(2739);
    const awareness = classes.filter((c) => c.type === 'Nhận thức về Đảng');
    expect(awareness).toHaveLength(3);
    expect(awareness.reduce((s, c) => s + c.learners, 0)).toBe(310);
    for (const c of classes) expect(in2017(c.opening)).toBe(true);
  });

  test('every member and unit keeps the rules', () => {
    expectValid(w);
  });

  test('dates are JS Dates at UTC midnight', () => {
    const odd: unknown[] = [];
    for (const r of grids[1].values.slice(3)) {
      for (const c of [3, 8, 9, 10, 13]) {
        const v = r[c];
        if (v !== null && !(v instanceof Date && v.toISOString().endsWith('T00:00:00.000Z'))) odd.push(v);
      }
    }
    expect(odd).toEqual([]);
  });

  test('the checker itself catches broken rows', () => {
    const broken = read(generateSample());
    broken.members[1].id = broken.members[0].id;
    broken.members[2].born = broken.members[2].admitted - 17 * 365 * DAY;
    broken.members[3].full = broken.members[3].admitted + 300 * DAY;
    expect(problems(broken)).toEqual([
      'duplicate member id',
      `${broken.members[2].id}: under 18 at admission`,
      `${broken.members[3].id}: probation under 12 months`,
    ]);
  });

  test('realistic mix: leavers, late changes, exempt members, women, minorities, locals', () => {
    const left = members.filter((m) => !ACTIVE.has(m.status) && m.statusDate! <= END_2017);
    expect(left.length).toBeGreaterThan(50);
    for (const m of left) if (!in2017(m.admitted)) expect(new Date(m.statusDate!).getUTCFullYear()).toBeGreaterThanOrEqual(2010);
    expect(new Set(left.map((m) => m.status))).toEqual(new Set(['Chuyển đi', 'Từ trần', 'Xóa tên']));
    expect(members.filter((m) => !ACTIVE.has(m.status) && m.statusDate! > END_2017).length).toBeGreaterThan(5);
    expect(members.filter((m) => m.status === 'Miễn sinh hoạt').length).toBeGreaterThan(2);
    const fresh = members.filter((m) => in2017(m.admitted));
    const women = fresh.filter((m) => m.female).length / fresh.length;
    expect(women).toBeGreaterThan(0.3);
    expect(women).toBeLessThan(0.45);
    const groups = countBy(members, (m) => m.ethnic);
    expect([...groups.keys()].sort()).toEqual(['Kinh', "M'Nông", 'Mông', 'Nùng', 'Tày', 'Ê Đê'].sort());
    expect(groups.get('Kinh')! / members.length).toBeGreaterThan(0.55);
    expect(groups.get('Ê Đê')! / members.length).toBeGreaterThan(0.15);
    // Same name, different birth dates: it happens in a district.
    const names = countBy(members, (m) => fold(m.name));
    expect([...names.values()].some((n) => n > 1)).toBe(true);
  });

  test('indicators: most village cells have an active local member; 10 of 13 communes a health cell', () => {
    const villages = units.filter((u) => u.kind === 'Chi bộ' && u.setting === 'Thôn/Buôn');
    const withLocal = new Set(members.filter((m) => m.status === 'Đang sinh hoạt' && m.local === 'Có').map((m) => m.cell));
    const share = villages.filter((v) => withLocal.has(v.code)).length / villages.length;
    expect(share).toBeGreaterThanOrEqual(0.85);
    expect(share).toBeLessThanOrEqual(0.95);
    const communes = units.filter((u) => u.setting === 'Xã/Thị trấn');
    const withHealth = communes.filter((c) => units.some((u) => u.kind === 'Chi bộ' && u.setting === 'Y tế' && tccsOf(u.code) === c.code));
    expect(withHealth).toHaveLength(10);
  });

  test('deterministic: two calls give the same workbook', () => {
    expect(generateSample()).toEqual(grids);
  });
});

describe('generateScaled', () => {
  const grids = generateScaled(10_000);
  const w = read(grids);

  test('exactly the rows asked for, in the standard sheets', () => {
    expect(grids.map((g) => g.name)).toEqual(['ToChuc', 'DangVien', 'ChiTieu', 'LopBoiDuong']);
    expect(w.members).toHaveLength(10_000);
    // 10–30 members per cell.
    const perCell = countBy(w.members, (m) => m.cell);
    for (const n of perCell.values()) {
      expect(n).toBeGreaterThanOrEqual(10);
      expect(n).toBeLessThanOrEqual(30);
    }
    const kinds = countBy(w.units, (u) => u.kind);
    expect(kinds.get('Đảng bộ cơ sở')).toBeGreaterThan(5);
    expect(kinds.get('Chi bộ cơ sở')).toBeGreaterThan(5);
  });

  test('valid under the rules', () => {
    expectValid(w);
  });

  test('dates are Excel serials marked by number formats shared between rows', () => {
    const dv = grids[1];
    expect(typeof dv.values[1][8]).toBe('number');
    expect(dv.numberFormats).toHaveLength(dv.values.length);
    expect(dv.numberFormats![1][8]).toBe('dd/mm/yyyy');
    expect(dv.numberFormats![1][2]).toBeNull();
    expect(dv.numberFormats![2]).toBe(dv.numberFormats![1]);
  });

  test('JS Dates on request', () => {
    const g = generateScaled(500, 3, { dates: 'date' });
    expect(g[1].values[1][8]).toBeInstanceOf(Date);
    expect(g[1].numberFormats).toBeUndefined();
    expectValid(read(g));
  });

  test('deterministic for a seed, different across seeds', () => {
    expect(generateScaled(2_000, 42)).toEqual(generateScaled(2_000, 42));
    expect(generateScaled(2_000, 43)[1].values).not.toEqual(generateScaled(2_000, 42)[1].values);
  });

  test.each([100, 101, 157, 999, 4_321])('%i rows: exact and valid', (n) => {
    const s = read(generateScaled(n, n));
    expect(s.members).toHaveLength(n);
    expectValid(s);
  });

  test('refuses sizes outside 100–1,048,575', () => {
    expect(() => generateScaled(99)).toThrow(RangeError);
    expect(() => generateScaled(1_048_576)).toThrow(RangeError);
    expect(() => generateScaled(1000.5)).toThrow(RangeError);
  });
});
