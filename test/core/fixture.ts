/**
 * A small VALID standard workbook, as the hosts hand it to the core (SheetGrid[]), and helpers
 * to break exactly one thing in it. Rows are addressed as the user sees them: 1-based sheet rows
 * (title rows and the grid's origin included); columns by their header text.
 *
 * The workbook (report year 2017, report date 31/12/2017):
 *
 *   ToChuc   row 2  H       Đảng bộ huyện     (root)
 *            row 3  XA      Đảng bộ cơ sở     under H, Xã/Thị trấn   — 31 members in 3 cells
 *            row 4  XA-T1   Chi bộ            under XA, Thôn/Buôn    — 12 members (11 full)
 *            row 5  XA-YT   Chi bộ            under XA, Y tế         —  8 members (7 full)
 *            row 6  XA-BP   Đảng bộ bộ phận   under XA
 *            row 7  XA-BP1  Chi bộ            under XA-BP, Thôn/Buôn — 11 members (10 full)
 *            row 8  TH      Chi bộ cơ sở      under H, Trường học    — 29 members (27 full)
 *            row 9  TH-T1   Tổ đảng           under TH
 *   DangVien rows 2–61: members 0–59 (member i on row i + 2); the last member of each cell was
 *            admitted in 2017 (rows 13, 21, 32, and 60, 61 in TH), is probationary and has no card.
 *   ChiTieu  2017: H 5 (row 2), XA 3 (row 3), TH 2 (row 4).
 *   LopBoiDuong two classes in 2017.
 */
import { analyze, type AnalyzeOptions } from '../../src/core/analyze';
import { findingMessage, type Finding, type ShownFinding } from '../../src/core/findings';
import { RULE_TEXTS } from '../../src/core/rules/registry';
import { columnLetter, type CellValue, type SheetGrid } from '../../src/core/grid';

export const YEAR = 2017;
export const TODAY = '2026-11-25';

export const UNIT_HEADERS = ['Mã', 'Tên tổ chức', 'Loại', 'Mã cấp trên', 'Loại hình'];
export const MEMBER_HEADERS = [
  'Số lý lịch', // A
  'Số thẻ', // B
  'Họ và tên', // C
  'Ngày sinh', // D
  'Giới tính', // E
  'Dân tộc', // F
  'Tôn giáo', // G
  'Mã chi bộ', // H
  'Ngày vào Đảng', // I
  'Ngày chính thức', // J
  'Ngày bồi dưỡng', // K
  'Người tại chỗ', // L
  'Tình trạng', // M
  'Ngày biến động', // N
];
export const TARGET_HEADERS = ['Mã', 'Năm', 'Chỉ tiêu kết nạp'];
export const CLASS_HEADERS = ['Tên lớp', 'Loại lớp', 'Ngày khai giảng', 'Số học viên'];

export const UNIT_ROWS: CellValue[][] = [
  ['H', "Đảng bộ huyện M'Đrắk", 'Đảng bộ huyện', '', ''],
  ['XA', 'Đảng bộ xã Cư San', 'Đảng bộ cơ sở', 'H', 'Xã/Thị trấn'],
  ['XA-T1', 'Chi bộ thôn 1', 'Chi bộ', 'XA', 'Thôn/Buôn'],
  ['XA-YT', 'Chi bộ Trạm y tế xã', 'Chi bộ', 'XA', 'Y tế'],
  ['XA-BP', 'Đảng bộ bộ phận cụm buôn', 'Đảng bộ bộ phận', 'XA', 'Khác'],
  ['XA-BP1', "Chi bộ buôn M'Lốc", 'Chi bộ', 'XA-BP', 'Thôn/Buôn'],
  ['TH', 'Chi bộ Trường THPT Nguyễn Trãi', 'Chi bộ cơ sở', 'H', 'Trường học'],
  ['TH-T1', 'Tổ đảng khối 10', 'Tổ đảng', 'TH', 'Trường học'],
];

/** Members per cell, in sheet order, and how many of them (the last ones) were admitted in the report year. */
export const CELL_SIZES: [string, number, number][] = [
  ['XA-T1', 12, 1],
  ['XA-YT', 8, 1],
  ['XA-BP1', 11, 1],
  ['TH', 29, 2],
];

export const TARGET_ROWS: CellValue[][] = [
  ['H', 2017, 5],
  ['XA', 2017, 3],
  ['TH', 2017, 2],
];

export const CLASS_ROWS: CellValue[][] = [
  ['Lớp bồi dưỡng nhận thức về Đảng khóa 1', 'Nhận thức về Đảng', '06/02/2017', 45],
  ['Lớp bồi dưỡng đảng viên mới', 'Đảng viên mới', '10/04/2017', 30],
];

// ---------------------------------------------------------------------------------------------
// Members

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = {
  Nam: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Bá', 'Xuân'],
  Nữ: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Mai', 'Bích', 'Hồng'],
};
const GIVEN = {
  Nam: ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Sơn'],
  Nữ: ['Anh', 'Chi', 'Dung', 'Hà', 'Hoa', 'Lan', 'Linh', 'Nga', 'Thảo', 'Yến'],
};

export const dmy = (y: number, m: number, d: number): string => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${String(t.getUTCDate()).padStart(2, '0')}/${String(t.getUTCMonth() + 1).padStart(2, '0')}/${t.getUTCFullYear()}`;
};

export function memberId(i: number): string {
  return `DL${100001 + i}`;
}

export function memberName(i: number): string {
  const g = memberGender(i);
  const suffix = i >= 80 ? ` ${GIVEN[g][Math.floor(i / 80) % 10]}` : '';
  return `${FAMILY[i % 10]} ${MIDDLE[g][Math.floor(i / 10) % 8]}${suffix} ${GIVEN[g][(i * 3) % 10]}`;
}

function memberGender(i: number): 'Nam' | 'Nữ' {
  return i % 3 === 1 ? 'Nữ' : 'Nam';
}

const ADMITTED_IN_YEAR = ['15/03/2017', '20/05/2017', '02/09/2017', '18/11/2017', '06/06/2017'];

/** A valid member row for member number `i` in `cell`; `inYear` = admitted in 2017 (probationary). */
export function memberRecord(i: number, cell: string, inYear = false): Record<string, CellValue> {
  const by = 1968 + ((i * 7) % 26);
  const bm = ((i * 5) % 12) + 1;
  const bd = ((i * 11) % 28) + 1;
  let admitted: string;
  let full = '';
  let training: string;
  let card = '';
  if (inYear) {
    admitted = ADMITTED_IN_YEAR[i % ADMITTED_IN_YEAR.length];
    const [d, m] = admitted.split('/').map(Number);
    training = dmy(2017, m - 1, d);
  } else {
    const ay = Math.min(by + 23 + (i % 8), 2015);
    const am = ((i * 7) % 12) + 1;
    const ad = ((i * 3) % 28) + 1;
    admitted = dmy(ay, am, ad);
    full = dmy(ay + 1, am, ad + 20);
    training = dmy(ay, am - 3, ad);
    card = String(10_000_001 + i * 37);
  }
  const village = cell === 'XA-T1' || cell === 'XA-BP1';
  const ethnicity = i % 7 === 3 ? 'Ê Đê' : i % 11 === 5 ? 'Mnông' : i % 13 === 6 ? 'Tày' : 'Kinh';
  const religion = i % 9 === 4 ? 'Công giáo' : i % 9 === 7 ? 'Không' : '';
  const exempt = i === 40;
  return {
    'Số lý lịch': memberId(i),
    'Số thẻ': card,
    'Họ và tên': memberName(i),
    'Ngày sinh': dmy(by, bm, bd),
    'Giới tính': memberGender(i),
    'Dân tộc': ethnicity,
    'Tôn giáo': religion,
    'Mã chi bộ': cell,
    'Ngày vào Đảng': admitted,
    'Ngày chính thức': full,
    'Ngày bồi dưỡng': training,
    'Người tại chỗ': village ? (i % 2 === 0 ? 'Có' : 'Không') : '',
    'Tình trạng': exempt ? 'Miễn sinh hoạt' : i % 10 === 9 ? 'Đang sinh hoạt' : '',
    'Ngày biến động': exempt ? '01/07/2016' : '',
  };
}

function memberRows(): CellValue[][] {
  const rows: CellValue[][] = [];
  let i = 0;
  for (const [cell, n, inYear] of CELL_SIZES) {
    for (let k = 0; k < n; k++, i++) {
      const rec = memberRecord(i, cell, k >= n - inYear);
      rows.push(MEMBER_HEADERS.map((h) => rec[h]));
    }
  }
  return rows;
}

export const MEMBER_COUNT = CELL_SIZES.reduce((a, [, n]) => a + n, 0);

// ---------------------------------------------------------------------------------------------
// The builder

export type Row = number;

export class Book {
  /** Index in `values` of each sheet's header row, by sheet name. */
  private readonly headerAt = new Map<string, number>();
  /** Next member number for `addMember` (ids, names and cards stay unique). */
  private nextMember = MEMBER_COUNT;

  constructor(readonly grids: SheetGrid[]) {
    for (const g of grids) this.headerAt.set(g.name, 0);
  }

  clone(): Book {
    const b = new Book(
      this.grids.map((g) => ({
        ...g,
        values: g.values.map((r) => [...r]),
        numberFormats: g.numberFormats?.map((r) => [...r]),
        origin: g.origin ? { ...g.origin } : undefined,
      })),
    );
    for (const [k, v] of this.headerAt) b.headerAt.set(k, v);
    b.nextMember = this.nextMember;
    return b;
  }

  sheet(name: string): SheetGrid {
    const g = this.grids.find((x) => x.name === name);
    if (!g) throw new Error(`no sheet ${name} in the fixture (${this.grids.map((x) => x.name).join(', ')})`);
    return g;
  }

  private originRow(name: string): number {
    return this.sheet(name).origin?.row ?? 0;
  }

  private originCol(name: string): number {
    return this.sheet(name).origin?.col ?? 0;
  }

  /** Index in `values` of the header row. */
  headerIndex(name: string): number {
    return this.headerAt.get(name) ?? 0;
  }

  /** 1-based sheet row of the header. */
  headerRow(name: string): Row {
    return this.originRow(name) + this.headerIndex(name) + 1;
  }

  headers(name: string): CellValue[] {
    return this.sheet(name).values[this.headerIndex(name)];
  }

  /** Index in a row of `values` of the column headed `header`. */
  colIndex(name: string, header: string): number {
    const j = this.headers(name).findIndex((h) => typeof h === 'string' && h.trim() === header);
    if (j < 0) throw new Error(`no column "${header}" on ${name}: ${this.headers(name).join(' | ')}`);
    return j;
  }

  private rowIndex(name: string, row: Row): number {
    return row - 1 - this.originRow(name);
  }

  /** The A1 address the user sees for a column and a 1-based sheet row. */
  address(name: string, header: string, row: Row): string {
    return columnLetter(this.originCol(name) + this.colIndex(name, header)) + row;
  }

  /** 1-based sheet row of the last data row. */
  lastRow(name: string): Row {
    return this.originRow(name) + this.sheet(name).values.length;
  }

  get(name: string, header: string, row: Row): CellValue {
    return this.sheet(name).values[this.rowIndex(name, row)]?.[this.colIndex(name, header)];
  }

  set(name: string, header: string, row: Row, value: CellValue): this {
    const r = this.rowIndex(name, row);
    if (r <= this.headerIndex(name)) throw new Error(`row ${row} of ${name} is not a data row`);
    const values = this.sheet(name).values;
    while (values.length <= r) values.push([]);
    values[r][this.colIndex(name, header)] = value;
    return this;
  }

  /** Sets a number format (as Office.js gives them) for one cell. */
  setFormat(name: string, header: string, row: Row, format: string): this {
    const g = this.sheet(name);
    g.numberFormats ??= g.values.map(() => []);
    const r = this.rowIndex(name, row);
    while (g.numberFormats.length <= r) g.numberFormats.push([]);
    g.numberFormats[r][this.colIndex(name, header)] = format;
    return this;
  }

  /** 1-based sheet row of the first data row whose `header` cell is `value`. */
  rowOf(name: string, header: string, value: CellValue): Row {
    const j = this.colIndex(name, header);
    const values = this.sheet(name).values;
    for (let i = this.headerIndex(name) + 1; i < values.length; i++) {
      if (values[i]?.[j] === value) return this.originRow(name) + i + 1;
    }
    throw new Error(`no row with ${header} = ${String(value)} on ${name}`);
  }

  /** The row as a record by header. */
  record(name: string, row: Row): Record<string, CellValue> {
    const out: Record<string, CellValue> = {};
    const r = this.sheet(name).values[this.rowIndex(name, row)] ?? [];
    this.headers(name).forEach((h, j) => {
      if (typeof h === 'string') out[h] = r[j];
    });
    return out;
  }

  private toRow(name: string, cells: Record<string, CellValue>): CellValue[] {
    const row: CellValue[] = this.headers(name).map(() => null);
    for (const [h, v] of Object.entries(cells)) row[this.colIndex(name, h)] = v;
    return row;
  }

  /** Appends a row below the last one; returns its 1-based sheet row. */
  addRow(name: string, cells: Record<string, CellValue>): Row {
    this.sheet(name).values.push(this.toRow(name, cells));
    this.sheet(name).numberFormats?.push([]);
    return this.lastRow(name);
  }

  /** Inserts a row (wholly empty by default) before the 1-based sheet row `row`. */
  insertRow(name: string, row: Row, cells: Record<string, CellValue> | CellValue[] = []): this {
    const r = this.rowIndex(name, row);
    if (r <= this.headerIndex(name)) throw new Error('use insertTitleRows above the header');
    const values = Array.isArray(cells) ? cells : this.toRow(name, cells);
    this.sheet(name).values.splice(r, 0, values);
    this.sheet(name).numberFormats?.splice(r, 0, []);
    return this;
  }

  removeRow(name: string, row: Row): this {
    const r = this.rowIndex(name, row);
    if (r <= this.headerIndex(name)) throw new Error(`row ${row} of ${name} is not a data row`);
    this.sheet(name).values.splice(r, 1);
    this.sheet(name).numberFormats?.splice(r, 1);
    return this;
  }

  /** Inserts a column before `before` (a header) or at the end; `value(row)` fills the data rows. */
  addColumn(name: string, header: string, before?: string, value: (row: Row) => CellValue = () => null): this {
    const at = before === undefined ? this.headers(name).length : this.colIndex(name, before);
    const h = this.headerIndex(name);
    this.sheet(name).values.forEach((r, i) => {
      while (r.length < at) r.push(null);
      r.splice(at, 0, i === h ? header : i > h ? value(this.originRow(name) + i + 1) : null);
    });
    this.sheet(name).numberFormats?.forEach((r) => r.splice(at, 0, null));
    return this;
  }

  removeColumn(name: string, header: string): this {
    const j = this.colIndex(name, header);
    this.sheet(name).values.forEach((r) => r.splice(j, 1));
    this.sheet(name).numberFormats?.forEach((r) => r.splice(j, 1));
    return this;
  }

  renameColumn(name: string, header: string, to: string): this {
    this.headers(name)[this.colIndex(name, header)] = to;
    return this;
  }

  /** Puts the listed columns first, in this order; the others follow in their order. */
  reorderColumns(name: string, first: string[]): this {
    const all = this.headers(name).map((h) => String(h));
    const order = [...first.map((h) => this.colIndex(name, h))];
    all.forEach((_, j) => {
      if (!order.includes(j)) order.push(j);
    });
    const g = this.sheet(name);
    g.values = g.values.map((r) => order.map((j) => r[j] ?? null));
    if (g.numberFormats) g.numberFormats = g.numberFormats.map((r) => order.map((j) => r[j] ?? null));
    return this;
  }

  renameSheet(from: string, to: string): this {
    this.sheet(from).name = to;
    this.headerAt.set(to, this.headerIndex(from));
    this.headerAt.delete(from);
    return this;
  }

  removeSheet(name: string): this {
    const i = this.grids.indexOf(this.sheet(name));
    this.grids.splice(i, 1);
    return this;
  }

  /** `n` rows above the header: a title (as if merged across the table) and blank rows. */
  insertTitleRows(name: string, n: number, title = 'DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ HUYỆN M’ĐRẮK'): this {
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => (i === 0 ? [title] : i === 1 ? ['(Kèm theo báo cáo năm 2017)'] : []));
    this.sheet(name).values.unshift(...rows);
    this.sheet(name).numberFormats?.unshift(...rows.map(() => []));
    this.headerAt.set(name, this.headerIndex(name) + n);
    return this;
  }

  /** The used range starts at (1-based) `row`, `col` instead of A1, as Office.js may give it. */
  setOrigin(name: string, row: number, col: number): this {
    this.sheet(name).origin = { row: row - 1, col: col - 1 };
    return this;
  }

  // --- shortcuts for the standard sheets (their default names) ---

  /** Row of a member on `DangVien` by id. */
  memberRow(id: string, sheet = 'DangVien', header = 'Số lý lịch'): Row {
    return this.rowOf(sheet, header, id);
  }

  /** Row of a unit on `ToChuc` by code. */
  unitRow(code: string): Row {
    return this.rowOf('ToChuc', 'Mã', code);
  }

  /** Appends a valid full member (admitted long before the report year) to `cell`. */
  addMember(cell: string, overrides: Record<string, CellValue> = {}, sheet = 'DangVien'): Row {
    const rec = { ...memberRecord(this.nextMember++, cell), ...overrides };
    return this.addRow(sheet, rec);
  }

  /** Appends a unit to `ToChuc`. */
  addUnit(code: string, name: string, kind: string, parent: string, setting = ''): Row {
    return this.addRow('ToChuc', { Mã: code, 'Tên tổ chức': name, Loại: kind, 'Mã cấp trên': parent, 'Loại hình': setting });
  }

  /** Every member id and name on the members sheet (to check no message quotes them). */
  personalValues(sheet = 'DangVien', headers = ['Số lý lịch', 'Họ và tên', 'Số thẻ']): string[] {
    const out: string[] = [];
    const g = this.sheet(sheet);
    const cols = headers.map((h) => this.colIndex(sheet, h));
    for (let i = this.headerIndex(sheet) + 1; i < g.values.length; i++) {
      for (const j of cols) {
        const v = g.values[i]?.[j];
        if (v !== null && v !== undefined && String(v).trim().length >= 4) out.push(String(v).trim());
      }
    }
    return out;
  }
}

function grid(name: string, headers: string[], rows: CellValue[][]): SheetGrid {
  return { name, values: [[...headers], ...rows.map((r) => [...r])] };
}

/** A fresh valid workbook (a new copy each call). */
export function validBook(): Book {
  return new Book([
    grid('ToChuc', UNIT_HEADERS, UNIT_ROWS),
    grid('DangVien', MEMBER_HEADERS, memberRows()),
    grid('ChiTieu', TARGET_HEADERS, TARGET_ROWS),
    grid('LopBoiDuong', CLASS_HEADERS, CLASS_ROWS),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Running the check

/** The findings with their messages rendered in the analysis's language (Vietnamese unless asked). */
export function check(book: Book | SheetGrid[], options: AnalyzeOptions = {}): ShownFinding[] {
  const grids = Array.isArray(book) ? book : book.grids;
  const lang = options.lang ?? 'vi';
  return analyze(grids, { today: TODAY, layouts: false, ...options }).findings.map((f) => ({ ...f, message: findingMessage(f, lang, RULE_TEXTS) }));
}

export interface Issue {
  rule: string;
  severity: Finding['severity'];
  sheet: string;
  cell: string;
}

/** Findings with their messages rendered, as the pane hands them to a host's marks. */
export function shown(findings: readonly Finding[], lang: 'vi' | 'en' = 'vi'): ShownFinding[] {
  return findings.map((f) => ({ ...f, message: findingMessage(f, lang, RULE_TEXTS) }));
}

/** The findings without their messages, for exact comparisons. */
export function issues(findings: Finding[]): Issue[] {
  return findings.map(({ rule, severity, sheet, cell }) => ({ rule, severity, sheet, cell }));
}

export function issue(rule: string, severity: Finding['severity'], sheet: string, cell: string): Issue {
  return { rule, severity, sheet, cell };
}

/** Errors and warnings only. */
export function serious<F extends Finding>(findings: F[]): F[] {
  return findings.filter((f) => f.severity !== 'info');
}

export function byRule<F extends Finding>(findings: F[], rule: string): F[] {
  return findings.filter((f) => f.rule === rule);
}
