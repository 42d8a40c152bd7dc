/**
 * The fuzzing engine of the core: standard workbooks from the generators, mutated at random, and
 * the properties every analysis must keep. Shared by the seed-fixed suite in `npm test`
 * (test/fuzz/core.fuzz.test.ts) and the long run of `npm run fuzz` (scripts/fuzz.js).
 *
 * A case is a base workbook (generateScaled with a small size, or now and then the bundled
 * sample) and a list of mutations. Mutations are plain data with raw indices taken modulo the
 * sheet at hand, so fast-check shrinks them into readable counterexamples.
 *
 * The properties, for every case:
 *  - `analyze` returns (never throws) within a time bound linear in the input;
 *  - every finding has a registered rule id, a severity, a message with no unfilled
 *    placeholder and no member's name or id, and an A1 address inside its sheet: the sheet is
 *    one of the input's, and the cell lies within the sheet's values plus origin (S01 alone has
 *    an empty cell and names the missing sheet);
 *  - the figures add up (the district's counts are the sums of the TCCS', full + probationary =
 *    members, no negative or fractional count);
 *  - the figures of every TCCS the mutations did not touch are exactly those of the base
 *    workbook (see `touchedTccs` for what "touched" means: conservative, never guessed);
 *  - the layouts of a file sent on carry no member's name, id or card number.
 */
import fc from 'fast-check';
import { analyze, exportLayouts, type Analysis } from '../../src/core/analyze';
import type { UnitFigures } from '../../src/core/figures';
import { parseA1, type CellValue, type SheetGrid } from '../../src/core/grid';
import type { SheetLayout } from '../../src/core/layouts/types';
import { codeKey, kindVocabulary } from '../../src/core/model/read';
import { findingMessage } from '../../src/core/findings';
import { RULE_TEXTS, RULES_BY_ID, variantSeverity } from '../../src/core/rules/registry';
import { SHEETS, type SheetId } from '../../src/core/schema';
import { locateSheets } from '../../src/core/sheets';
import { STRUCTURE_MODELS } from '../../src/core/structure-model';
import { fromLegacy } from '../../src/core/text/legacy';
import { cleanText, foldKey } from '../../src/core/text/normalize';
import { generateSample, generateScaled } from '../../src/sample';

// ---------------------------------------------------------------------------------------------
// Values

/** A value written into a cell. Long strings stay a recipe, so that a counterexample prints short. */
export type ValueSpec = CellValue | { repeat: string; times: number } | { invalidDate: true };

export function materialize(v: ValueSpec): CellValue {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('repeat' in v) return v.repeat.repeat(v.times);
    return new Date(NaN);
  }
  return v;
}

export const EXCEL_ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', ' #n/a ', '#ref!'];

/** Characters that break naive text handling. */
const NASTY = [
  '\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D\uDE00', '👨‍👩‍👧', '🇻🇳', '\u0301', '\u0323', '\u0300', '\u0309', '\u0303',
  '\u202E', '\u202D', '\u200F', '\u200E', '\u0627\u0644', '\u05D0', '\uFEFF', '\u00A0', '\u200B', '\u2028', '\u3000', '\t', '\r', '\n',
  '=', '+', '-', '@', '#', '"', "'", '<', '>', '&', ']]>', '{x}', '{sheet}', '$', '%', '\\', 'ệ', 'Ệ', 'Đ', 'đ', 'ư', 'ơ', 'µ', 'ã', 'Õ',
  '¬', 'ƒ', 'Ð', 'ò', '€', '™', '\u0080', '\u009F', 'ÿ', 'İ', 'ß', 'Σ', 'ς', 'ﬁ', 'Ａ', '０', '٣',
];

/** Text typed in the legacy encodings, as it survives in .xlsx (TCVN3, then VNI). */
const LEGACY = ['NguyÔn V¨n An', 'Bu«n Ma Thuét', 'ª §ª', 'Nguyeãn Vaên An', 'Ñaûng boä', 'Kinh', 'Tµy', 'N÷'];

const charUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
);

export const nastyString = fc.string({ unit: charUnit, maxLength: 24 });

/** Text staff might type in any column: list values, dates as text, codes, blanks. */
const plausible = fc.constantFrom(
  'Nam', 'Nữ', 'NU', 'nữ ', 'M', 'F', 'Kinh', 'Ê Đê', 'Ede', "H'Mông", 'Mnông', 'Không', 'Phật giáo', 'x', 'Có', '1', '0',
  'Đang sinh hoạt', 'Chuyển đi', 'Từ trần', 'Chết', 'Miễn sinh hoạt', 'Xóa tên', 'Chi bộ', 'Chi bộ cơ sở', 'Đảng bộ cơ sở',
  'Đảng bộ bộ phận', 'Tổ đảng', 'Đảng bộ huyện', 'Xã/Thị trấn', 'Thôn/Buôn', 'Y tế', 'HU', 'KHONG-CO', 'X01', 'C01', 'D01',
  '31/02/2017', '29/02/2016', '29/02/2017', '01/01/17', '2017-06-15', '15.06.2017', '15-6-2017', '1975', '06/15/2017', '00/00/0000',
  '0', '-1', '1e9', '12.5', '150', '  ', '', 'null', 'undefined', 'NaN', 'TRUE', '=1+1', '+84', '-3', '@SUM(A1)', "'",
);

export const valueSpec: fc.Arbitrary<ValueSpec> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: plausible },
  { weight: 2, arbitrary: fc.constantFrom(...EXCEL_ERRORS) },
  { weight: 2, arbitrary: fc.constantFrom(...LEGACY) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1900, max: 2200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20_000, max: 50_000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, 60, 61, 0.5) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constant<ValueSpec>({ invalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom<ValueSpec>(null, undefined, '') },
  {
    weight: 1,
    arbitrary: fc.record({ repeat: fc.oneof(nastyString.filter((s) => s.length > 0), fc.constantFrom('a', 'ệ', '\u0301', ' ', 'Nguyễn ', '9', '\uD800')), times: fc.integer({ min: 100, max: 20_000 }) }),
  },
);

/** Header texts: aliases of any standard column (so columns collide), garbage, and blanks. */
const ALL_HEADERS = SHEETS.flatMap((s) => s.columns.flatMap((c) => [c.name, ...c.aliases]));
export const headerSpec = fc.oneof(fc.constantFrom(...ALL_HEADERS), nastyString, fc.constantFrom(null, '', 'Ghi chú', 'STT', 'MÃ', 'ma_chi_bo'));
const ALL_SHEET_NAMES = SHEETS.flatMap((s) => [s.name, ...s.aliases]);
export const sheetNameSpec = fc.oneof(
  fc.constantFrom(...ALL_SHEET_NAMES, 'DANG VIEN', 'dang_vien', 'to-chuc', 'CHI TIEU', 'Sheet1', 'Kiểm tra 2017', 'TH Kết nạp 2017', ''),
  nastyString,
);

// ---------------------------------------------------------------------------------------------
// Mutations

export type Retype = 'number' | 'date' | 'text' | 'dmyText' | 'bool';

export type Mutation =
  | { kind: 'blank'; s: number; r: number; c: number }
  | { kind: 'set'; s: number; r: number; c: number; value: ValueSpec }
  | { kind: 'retype'; s: number; r: number; c: number; to: Retype }
  | { kind: 'fillDown'; s: number; r: number; c: number; n: number; blank: boolean }
  | { kind: 'dupRow'; s: number; r: number; to: number }
  | { kind: 'delRow'; s: number; r: number }
  | { kind: 'insertRow'; s: number; r: number; values: ValueSpec[] }
  | { kind: 'truncateRow'; s: number; r: number; len: number }
  | { kind: 'shuffle'; s: number; seed: number }
  | { kind: 'dropCol'; s: number; c: number }
  | { kind: 'dupCol'; s: number; c: number; to: number }
  | { kind: 'renameCol'; s: number; c: number; name: CellValue }
  | { kind: 'titleRows'; s: number; n: number; text: CellValue }
  | { kind: 'renameSheet'; s: number; name: string }
  | { kind: 'dropSheet'; s: number }
  | { kind: 'addSheet'; at: number; name: string; values: ValueSpec[][] }
  | { kind: 'moveSheet'; s: number; to: number }
  | { kind: 'origin'; s: number; row: number; col: number };

const nat = (max = 1 << 20) => fc.nat({ max });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('blank' as const), s: nat(), r: nat(), c: nat() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('set' as const), s: nat(), r: nat(), c: nat(), value: valueSpec }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('retype' as const), s: nat(), r: nat(), c: nat(), to: fc.constantFrom<Retype>('number', 'date', 'text', 'dmyText', 'bool') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fillDown' as const), s: nat(), r: nat(), c: nat(), n: fc.integer({ min: 1, max: 30 }), blank: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('dupRow' as const), s: nat(), r: nat(), to: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delRow' as const), s: nat(), r: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('insertRow' as const), s: nat(), r: nat(), values: fc.array(valueSpec, { maxLength: 16 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncateRow' as const), s: nat(), r: nat(), len: nat(16) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shuffle' as const), s: nat(), seed: fc.integer() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropCol' as const), s: nat(), c: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dupCol' as const), s: nat(), c: nat(), to: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameCol' as const), s: nat(), c: nat(), name: headerSpec }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('titleRows' as const), s: nat(), n: fc.integer({ min: 1, max: 12 }), text: fc.oneof(fc.constantFrom<CellValue>('DANH SÁCH ĐẢNG VIÊN', null, 'Đảng bộ huyện M’Đrắk'), nastyString) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('renameSheet' as const), s: nat(), name: sheetNameSpec }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropSheet' as const), s: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addSheet' as const), at: nat(), name: sheetNameSpec, values: fc.array(fc.array(valueSpec, { maxLength: 8 }), { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveSheet' as const), s: nat(), to: nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('origin' as const), s: nat(), row: nat(40), col: nat(30) }) },
);

export interface BaseSpec {
  /** 0: the bundled sample; otherwise generateScaled(rows, seed). */
  rows: number;
  seed: number;
  dates: 'serial' | 'date';
}

export interface FuzzCase {
  base: BaseSpec;
  mutations: Mutation[];
  lang: 'vi' | 'en';
}

/** Generated workbooks of 100 to `maxRows` member rows (1 to about 8 TCCS), and now and then the bundled sample (39 TCCS). */
export function baseSpecUpTo(maxRows: number): fc.Arbitrary<BaseSpec> {
  return fc.oneof(
    { weight: 30, arbitrary: fc.record({ rows: fc.integer({ min: 100, max: maxRows }), seed: fc.integer({ min: 1, max: 1_000_000 }), dates: fc.constantFrom<'serial' | 'date'>('serial', 'date') }) },
    { weight: 1, arbitrary: fc.constant<BaseSpec>({ rows: 0, seed: 0, dates: 'date' }) },
  );
}

/** A case: a base workbook, 1 to 10 mutations, a language. */
export function fuzzCaseUpTo(maxRows: number): fc.Arbitrary<FuzzCase> {
  return fc.record({
    base: baseSpecUpTo(maxRows),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 10 }),
    lang: fc.constantFrom<'vi' | 'en'>('vi', 'en'),
  });
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fuzzCaseUpTo(1200);

// ---------------------------------------------------------------------------------------------
// A workbook being mutated, and what the mutations touched

type Formats = (string | null | undefined)[];

interface Row {
  v: CellValue[];
  f?: Formats;
  /** The base row this one came from (null for a new row); the same array while unchanged. */
  base: CellValue[] | null;
  dirty: boolean;
}

interface WSheet {
  name: string;
  /** The standard sheet this was in the base workbook, if any. */
  id: SheetId | null;
  rows: Row[];
  /** The base header row (found by identity), null for other sheets. */
  header: Row | null;
  formats: boolean;
  origin?: { row: number; col: number };
}

export interface Touched {
  /** Standard sheets whose every figure may have changed. */
  global: Set<string>;
  /** Rows changed, added or removed, per standard sheet: the base values and the new ones. */
  rows: Map<SheetId, { base: CellValue[] | null; now: CellValue[] | null }[]>;
}

/** Columns of DangVien that no figure reads. */
const MEMBER_COLUMNS_OUTSIDE_FIGURES = new Set(['id', 'card', 'name', 'training']);

function headerKeyOf(id: SheetId, header: CellValue): string | null {
  if (typeof header !== 'string') return null;
  const k = foldKey(header);
  const def = SHEETS.find((s) => s.id === id)!;
  return def.columns.find((c) => [c.name, ...c.aliases].some((a) => foldKey(a) === k))?.key ?? null;
}

function sheetIdOfName(name: string): SheetId | null {
  const k = foldKey(name);
  return SHEETS.find((s) => [s.name, ...s.aliases].some((a) => foldKey(a) === k))?.id ?? null;
}

const SERIAL_EPOCH = 25569;
const DAY_MS = 86_400_000;

function retype(v: CellValue, to: Retype): CellValue {
  const num = (): number => {
    if (typeof v === 'number') return v;
    if (v instanceof Date) return v.getTime() / DAY_MS + SERIAL_EPOCH;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'string') return Number(v);
    return 0;
  };
  switch (to) {
    case 'number':
      return num();
    case 'date':
      return v instanceof Date ? v : new Date((num() - SERIAL_EPOCH) * DAY_MS);
    case 'text':
      return v instanceof Date ? v.toString() : String(v);
    case 'dmyText': {
      const d = v instanceof Date ? v : new Date((num() - SERIAL_EPOCH) * DAY_MS);
      if (Number.isNaN(d.getTime())) return String(v);
      return `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
    }
    case 'bool':
      return Boolean(v);
  }
}

/** A small deterministic shuffle (the case's own seed, not Math.random). */
function shuffled<T>(items: T[], seed: number): T[] {
  let x = seed | 0 || 1;
  const rnd = () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export class MutableWorkbook {
  readonly sheets: WSheet[];
  readonly global = new Set<string>();
  private readonly removed = new Map<SheetId, CellValue[][]>();

  constructor(grids: SheetGrid[]) {
    const lookup = locateSheets(grids);
    this.sheets = grids.map((g) => {
      const located = [...lookup.found.values()].find((l) => l.grid === g);
      const rows: Row[] = g.values.map((v, i) => ({ v, f: g.numberFormats?.[i] ?? undefined, base: v, dirty: false }));
      return {
        name: g.name,
        id: located ? located.def.id : null,
        rows,
        header: located ? rows[located.headerIndex] : null,
        formats: !!g.numberFormats,
        origin: g.origin,
      };
    });
  }

  private sheet(s: number): WSheet | undefined {
    return this.sheets.length ? this.sheets[s % this.sheets.length] : undefined;
  }

  private globalize(ws: WSheet): void {
    if (ws.id) this.global.add(ws.id);
  }

  /** A row to change: copied once, marked dirty; a change at or above the header row is a change of columns. */
  private own(ws: WSheet, r: number): Row | undefined {
    if (!ws.rows.length) return undefined;
    const row = ws.rows[r % ws.rows.length];
    if (!row.dirty) {
      row.v = [...row.v];
      row.dirty = true;
    }
    if (ws.header && row === ws.header) this.globalize(ws);
    return row;
  }

  private width(ws: WSheet): number {
    return ws.rows.reduce((w, r) => Math.max(w, r.v.length), 0);
  }

  private eachRowColumns(ws: WSheet, edit: (values: CellValue[], formats: Formats | undefined, row: Row) => void): void {
    for (const row of ws.rows) {
      row.v = [...row.v];
      const f = row.f ? [...row.f] : undefined;
      edit(row.v, f, row);
      row.f = f;
    }
  }

  apply(m: Mutation): void {
    if (m.kind === 'addSheet') {
      const values = m.values.map((r) => r.map(materialize));
      this.sheets.splice(m.at % (this.sheets.length + 1), 0, {
        name: m.name,
        id: null,
        rows: values.map((v) => ({ v, base: null, dirty: true })),
        header: null,
        formats: false,
      });
      const id = sheetIdOfName(m.name);
      if (id) this.global.add(id);
      return;
    }
    const ws = this.sheet(m.s);
    if (!ws) return;
    switch (m.kind) {
      case 'blank':
      case 'set':
      case 'retype': {
        const row = this.own(ws, m.r);
        if (!row) return;
        const c = m.c % (this.width(ws) + 2);
        row.v[c] = m.kind === 'blank' ? null : m.kind === 'set' ? materialize(m.value) : retype(row.v[c], m.to);
        return;
      }
      case 'fillDown': {
        if (!ws.rows.length) return;
        const r0 = m.r % ws.rows.length;
        const c = m.c % Math.max(1, this.width(ws));
        const value = ws.rows[r0].v[c];
        for (let k = 1; k <= m.n && r0 + k < ws.rows.length; k++) this.own(ws, r0 + k)!.v[c] = m.blank ? null : value;
        return;
      }
      case 'dupRow': {
        if (!ws.rows.length) return;
        const src = ws.rows[m.r % ws.rows.length];
        ws.rows.splice(m.to % (ws.rows.length + 1), 0, { v: [...src.v], f: src.f, base: null, dirty: true });
        return;
      }
      case 'delRow': {
        if (!ws.rows.length) return;
        const [row] = ws.rows.splice(m.r % ws.rows.length, 1);
        if (row === ws.header) this.globalize(ws);
        if (ws.id && row.base) {
          const list = this.removed.get(ws.id) ?? [];
          list.push(row.base);
          this.removed.set(ws.id, list);
        }
        return;
      }
      case 'insertRow': {
        ws.rows.splice(m.r % (ws.rows.length + 1), 0, { v: m.values.map(materialize), base: null, dirty: true });
        return;
      }
      case 'truncateRow': {
        const row = this.own(ws, m.r);
        if (row) row.v.length = Math.min(row.v.length, m.len);
        return;
      }
      case 'shuffle': {
        // Data rows only: the rows below the header keep their meaning in any order.
        const h = ws.header ? ws.rows.indexOf(ws.header) : -1;
        if (h < 0) return;
        ws.rows.splice(h + 1, ws.rows.length, ...shuffled(ws.rows.slice(h + 1), m.seed));
        return;
      }
      case 'dropCol':
      case 'dupCol':
      case 'renameCol': {
        const width = this.width(ws);
        if (!width) return;
        const c = m.c % width;
        const headerValue = ws.header?.v[c];
        const key = ws.id ? headerKeyOf(ws.id, headerValue ?? null) : null;
        if (m.kind === 'dupCol') {
          // An identical copy changes no value; a later change to one copy marks its row.
          const to = m.to % (width + 1);
          this.eachRowColumns(ws, (v, f) => {
            const value = v[c];
            if (v.length < to) v.length = to; // a short (ragged) row keeps its columns in place
            v.splice(to, 0, value);
            if (f) {
              const format = f[c];
              if (f.length < to) f.length = to;
              f.splice(to, 0, format);
            }
          });
          if (ws.id !== 'members') this.globalize(ws); // unit and plan columns are read by position below
          return;
        }
        const outside = ws.id === 'members' && key !== null && MEMBER_COLUMNS_OUTSIDE_FIGURES.has(key);
        if (m.kind === 'dropCol') {
          this.eachRowColumns(ws, (v, f) => {
            v.splice(c, 1);
            f?.splice(c, 1);
          });
          if (!outside) this.globalize(ws);
          return;
        }
        if (ws.header) {
          ws.header.v = [...ws.header.v];
          ws.header.v[c] = m.name;
        } else if (ws.rows.length) {
          const row = this.own(ws, 0)!;
          row.v[c] = m.name;
        }
        const newKey = ws.id ? headerKeyOf(ws.id, m.name) : null;
        if (!outside || newKey !== null) this.globalize(ws);
        return;
      }
      case 'titleRows': {
        const rows: Row[] = Array.from({ length: m.n }, (_, i) => ({ v: i === 0 ? [m.text] : [], base: null, dirty: false }));
        ws.rows.unshift(...rows);
        return;
      }
      case 'renameSheet': {
        const was = ws.id;
        ws.name = m.name;
        const id = sheetIdOfName(m.name);
        if (was && id !== was) this.global.add(was);
        if (id && id !== was) this.global.add(id);
        return;
      }
      case 'dropSheet': {
        this.sheets.splice(this.sheets.indexOf(ws), 1);
        this.globalize(ws);
        return;
      }
      case 'moveSheet': {
        this.sheets.splice(this.sheets.indexOf(ws), 1);
        this.sheets.splice(m.to % (this.sheets.length + 1), 0, ws);
        return;
      }
      case 'origin': {
        ws.origin = { row: m.row, col: m.col };
        return;
      }
    }
  }

  grids(): SheetGrid[] {
    return this.sheets.map((ws) => {
      const g: SheetGrid = { name: ws.name, values: ws.rows.map((r) => r.v) };
      if (ws.formats) g.numberFormats = ws.rows.map((r) => r.f ?? []);
      if (ws.origin) g.origin = ws.origin;
      return g;
    });
  }

  touched(): Touched {
    const t: Touched = { global: new Set(this.global), rows: new Map() };
    // Two sheets taken for the same role: which one the core reads depends on their order.
    const roles = new Map<SheetId, number>();
    for (const ws of this.sheets) {
      const id = sheetIdOfName(ws.name);
      if (id) roles.set(id, (roles.get(id) ?? 0) + 1);
    }
    for (const [id, n] of roles) if (n > 1) t.global.add(id);
    for (const ws of this.sheets) {
      if (!ws.id) continue;
      const h = ws.header ? ws.rows.indexOf(ws.header) : -1;
      // The header must still be found: within the first 10 rows, and first of its kind.
      if (h < 0 || h >= 10) t.global.add(ws.id);
      // A changed or new row above the header may be taken for the header itself.
      for (let i = 0; i < h; i++) if (ws.rows[i].dirty) t.global.add(ws.id);
      const list = t.rows.get(ws.id) ?? [];
      for (const r of ws.rows) if (r.dirty) list.push({ base: r.base, now: r.v });
      t.rows.set(ws.id, list);
    }
    for (const [id, rows] of this.removed) {
      const list = t.rows.get(id) ?? [];
      for (const base of rows) list.push({ base, now: null });
      t.rows.set(id, list);
    }
    return t;
  }
}

// ---------------------------------------------------------------------------------------------
// Building and running a case

let sampleCache: SheetGrid[] | null = null;
let lastBase: { key: string; grids: SheetGrid[] } | null = null;

/** The base workbook of a case; read-only (the mutations copy what they change). */
export function baseGrids(b: BaseSpec): SheetGrid[] {
  if (b.rows === 0) {
    sampleCache ??= generateSample();
    return sampleCache;
  }
  const key = `${b.rows}|${b.seed}|${b.dates}`;
  if (lastBase?.key !== key) lastBase = { key, grids: generateScaled(b.rows, b.seed, { dates: b.dates }) };
  return lastBase.grids;
}

export const OPTIONS = { year: 2017, asOf: '2017-12-31', today: '2026-11-25' } as const;

/** How much there is to read: cells plus characters (a long string costs in proportion). */
export function inputSize(grids: SheetGrid[]): number {
  let n = 0;
  for (const g of grids) {
    for (const row of g.values) {
      if (!row) continue;
      n += row.length;
      for (const v of row) if (typeof v === 'string') n += v.length / 16;
    }
  }
  return n;
}

export interface CaseResult {
  grids: SheetGrid[];
  analysis: Analysis;
  ms: number;
  size: number;
  touched: Touched;
}

export function runCase(c: FuzzCase): CaseResult {
  const wb = new MutableWorkbook(baseGrids(c.base));
  for (const m of c.mutations) wb.apply(m);
  const grids = wb.grids();
  const t0 = performance.now();
  const analysis = analyze(grids, { ...OPTIONS, lang: c.lang });
  const ms = performance.now() - t0;
  return { grids, analysis, ms, size: inputSize(grids), touched: wb.touched() };
}

// ---------------------------------------------------------------------------------------------
// Properties

export class PropertyError extends Error {}

function fail(msg: string): never {
  throw new PropertyError(msg);
}

/** Generous: catches hangs and super-linear blow-ups, not a slow machine. `scale` loosens it further. */
export function timeBound(size: number, scale = 1): number {
  return scale * (1500 + 0.05 * size);
}

const placeholderCache = new Map<string, string[]>();

/** The `{param}` names of a rule's message templates. */
function placeholders(rule: string): string[] {
  let names = placeholderCache.get(rule);
  if (!names) {
    const r = RULES_BY_ID.get(rule)!;
    const text = Object.values(r.messages).flatMap((t) => [t.vi, t.en]).join(' ');
    names = [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
    placeholderCache.set(rule, names);
  }
  return names;
}

export function checkFindings(grids: SheetGrid[], a: Analysis): void {
  // A message may quote what the user typed, `{braces}` included.
  const inputHas = (s: string) => grids.some((g) => g.name.includes(s) || g.values.some((r) => r?.some((v) => typeof v === 'string' && v.includes(s))));
  const bounds = new Map<string, { r0: number; r1: number; c0: number; c1: number }[]>();
  for (const g of grids) {
    const width = g.values.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
    const r0 = g.origin?.row ?? 0;
    const c0 = g.origin?.col ?? 0;
    const list = bounds.get(g.name) ?? [];
    list.push({ r0, r1: r0 + Math.max(1, g.values.length), c0, c1: c0 + Math.max(1, width) });
    bounds.set(g.name, list);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of a.findings) {
    const where = `${f.rule} ${JSON.stringify(f.sheet)}!${f.cell}`;
    if (!RULES_BY_ID.has(f.rule)) fail(`unregistered rule id: ${where}`);
    if (!(f.severity in counts)) fail(`bad severity ${f.severity}: ${where}`);
    counts[f.severity]++;
    const rule = RULES_BY_ID.get(f.rule);
    if (rule && !(f.variant in rule.messages)) fail(`undeclared variant ${f.variant}: ${where}`);
    if (rule && f.severity !== variantSeverity(rule, f.variant)) fail(`severity ${f.severity} is not the one declared for ${f.variant}: ${where}`);
    const message = findingMessage(f, a.lang, RULE_TEXTS);
    if (!message) fail(`empty message: ${where}`);
    for (const name of placeholders(f.rule)) {
      if (message.includes(`{${name}}`) && !inputHas(`{${name}}`)) fail(`unfilled placeholder {${name}} in ${JSON.stringify(message)}: ${where}`);
    }
    if (f.cell === '') {
      if (f.rule !== 'S01') fail(`empty cell outside S01: ${where}`);
      if (!SHEETS.some((s) => s.name === f.sheet)) fail(`S01 names no standard sheet: ${where}`);
      continue;
    }
    const sheets = bounds.get(f.sheet);
    if (!sheets) fail(`finding on a sheet that is not in the input: ${where}`);
    const p = parseA1(f.cell);
    if (!p) fail(`not an A1 address: ${where}`);
    if (!sheets.some((b) => p.row >= b.r0 && p.row < b.r1 && p.col >= b.c0 && p.col < b.c1)) {
      fail(`address outside the sheet (${JSON.stringify(sheets)}): ${where}`);
    }
  }
  if (counts.error !== a.counts.error || counts.warning !== a.counts.warning || counts.info !== a.counts.info) {
    fail(`counts ${JSON.stringify(a.counts)} differ from the findings ${JSON.stringify(counts)}`);
  }
}

const COUNT_FIELDS = ['admitted', 'members', 'full', 'probationary', 'cells', 'cellsUnder3Full'] as const;

export function checkFigureSums(a: Analysis): void {
  const f = a.figures;
  if (!f) return;
  const d = f.district;
  const isCount = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  for (const u of [d, ...f.units]) {
    for (const k of COUNT_FIELDS) if (!isCount(u[k])) fail(`${u.code}.${k} = ${u[k]} is not a count`);
    for (const [k, v] of Object.entries(u.breakdown)) {
      if (!isCount(v) || v > u.admitted) fail(`${u.code}.breakdown.${k} = ${v} (admitted ${u.admitted})`);
    }
    if (u.full + u.probationary !== u.members) fail(`${u.code}: full ${u.full} + probationary ${u.probationary} ≠ members ${u.members}`);
    if (u.target !== null && !isCount(u.target)) fail(`${u.code}.target = ${u.target}`);
    if (u.attainment !== null && !(Number.isFinite(u.attainment) && u.attainment >= 0)) fail(`${u.code}.attainment = ${u.attainment}`);
    if ((u.attainment === null) !== (u.target === null || u.target === 0)) fail(`${u.code}: attainment ${u.attainment} with target ${u.target}`);
  }
  for (const k of COUNT_FIELDS) {
    const sum = f.units.reduce((s, u) => s + u[k], 0);
    if (sum !== d[k]) fail(`district ${k} ${d[k]} ≠ sum over the TCCS ${sum}`);
  }
  if (d.tccs !== f.units.length || d.dangBoCoSo + d.chiBoCoSo !== d.tccs) fail(`TCCS counts ${d.tccs}/${d.dangBoCoSo}/${d.chiBoCoSo} for ${f.units.length} units`);
  for (const ind of Object.values(f.indicators)) {
    if (ind.met > ind.total || (ind.share !== null && !(ind.share >= 0 && ind.share <= 1))) fail(`indicator ${JSON.stringify(ind)}`);
  }
}

const personalCache = new WeakMap<SheetGrid[], string[]>();

/** The personal values of a workbook: member ids, names and card numbers (long enough to mean something). */
export function personalValues(grids: SheetGrid[]): string[] {
  let values = personalCache.get(grids);
  if (!values) personalCache.set(grids, (values = findPersonalValues(grids)));
  return values;
}

function findPersonalValues(grids: SheetGrid[]): string[] {
  const lookup = locateSheets(grids);
  const m = lookup.found.get('members');
  if (!m) return [];
  const cols = ['id', 'name', 'card'].map((k) => m.columns.get(k)).filter((c): c is number => c !== undefined);
  const originCol = m.grid.origin?.col ?? 0;
  const out = new Set<string>();
  for (const row of m.grid.values.slice(m.headerIndex + 1)) {
    for (const c of cols) {
      const v = row?.[c - originCol];
      if ((typeof v === 'string' || typeof v === 'number') && String(v).trim().length >= 8) out.add(String(v).trim());
    }
  }
  return [...out];
}

function layoutStrings(layouts: SheetLayout[]): string {
  return layouts.map((l) => [l.name, ...l.rows.flat().map((v) => (v === null ? '' : String(v))), ...l.formulas.map((f) => f.formula)].join('\u0001')).join('\u0002');
}

const TOKEN_SPLIT = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * Finds which of `values` occur in `text`: a value made of digits only must stand alone (a card
 * number inside a longer number is no leak); others are searched as substrings once all their
 * words are seen, so thousands of values cost one pass over the text.
 */
export function occurrences(values: readonly string[], text: string): string[] {
  const tokens = new Set(text.split(TOKEN_SPLIT));
  const found: string[] = [];
  for (const v of values) {
    const words = v.split(TOKEN_SPLIT).filter(Boolean);
    if (!words.length || !words.every((w) => tokens.has(w))) continue;
    if (/^\d+$/.test(v) || text.includes(v)) found.push(v);
  }
  return found;
}

/** No message quotes a member, and no layout of a file sent on holds a member's name, id or card. */
export function checkNoPersonalData(base: SheetGrid[], a: Analysis): void {
  const personal = personalValues(base);
  const inMessages = occurrences(personal, a.findings.map((f) => findingMessage(f, a.lang, RULE_TEXTS)).join('\u0001'));
  if (inMessages.length) fail(`a message quotes a member's value ${JSON.stringify(inMessages[0])}`);
  const exported = occurrences(personal, layoutStrings(exportLayouts(a)));
  if (exported.length) fail(`an exported layout holds a member's value ${JSON.stringify(exported[0])}`);
}

const kinds = kindVocabulary(STRUCTURE_MODELS);
const ROOT_KINDS = new Set(STRUCTURE_MODELS.flatMap((m) => m.kinds.filter((k) => k.root).map((k) => k.value)));

/** The keys a cell could be read as: the core cleans text and converts legacy encodings. */
function keysOf(v: CellValue): string[] {
  if (v === null || v === undefined) return [];
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? [] : [codeKey(v.toISOString().slice(0, 10))];
  if (typeof v !== 'string') return [codeKey(String(v))];
  const clean = cleanText(v);
  const legacy = fromLegacy(clean);
  return legacy ? [codeKey(clean), codeKey(legacy.text)] : [codeKey(clean)];
}

/**
 * The TCCS (by key) whose figures the mutations may have changed, or `'all'`. Conservative: a
 * TCCS is touched when a changed, added or removed row of any standard sheet names it or any unit
 * under it, in any cell; the root, a root kind or a change of columns or sheets touches all.
 */
export function touchedTccs(base: Analysis, t: Touched): Set<string> | 'all' {
  if (t.global.has('units') || t.global.has('members') || t.global.has('targets')) return 'all';
  const h = base.hierarchy;
  const root = h.root;
  if (!root || !base.parsed.units) return 'all';
  const out = new Set<string>();
  const touch = (key: string) => {
    const tccs = h.byKey.has(key) ? h.tccsOf(key) : null;
    if (tccs) out.add(tccs.key);
  };
  // Unit columns stay where they were (a change of the unit sheet's columns touches all).
  const units = base.parsed.units;
  const originCol = base.parsed.lookup.found.get('units')!.grid.origin?.col ?? 0;
  const codeCol = units.columns.get('code')! - originCol;
  const kindCol = units.columns.get('kind')! - originCol;
  for (const [id, rows] of t.rows) {
    for (const { base: b, now } of rows) {
      for (const v of [...(b ?? []), ...(now ?? [])]) for (const k of keysOf(v)) touch(k);
      if (id !== 'units') continue;
      // The root's own row, a second unit with its code, or a second root: every TCCS hangs on it.
      for (const r of [b, now]) if (r && keysOf(r[codeCol]).includes(root.key)) return 'all';
      const kind = now?.[kindCol];
      if (typeof kind === 'string') {
        const m = kinds.match(cleanText(kind));
        if (m.value !== null && ROOT_KINDS.has(m.value)) return 'all';
      }
    }
  }
  return out;
}

function sameFigures(a: UnitFigures, b: UnitFigures): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The figures of the TCCS the mutations did not touch are those of the base workbook. */
export function checkUntouchedFigures(base: Analysis, after: Analysis, t: Touched): { compared: number } {
  const touched = touchedTccs(base, t);
  if (touched === 'all' || !base.figures) return { compared: 0 };
  if (!after.figures) fail('no figures although no sheet or column was touched');
  if (after.model.id !== base.model.id) fail(`the structure model changed: ${base.model.id} → ${after.model.id}`);
  const now = new Map(after.figures.units.map((u) => [codeKey(u.code), u]));
  let compared = 0;
  for (const u of base.figures.units) {
    const key = codeKey(u.code);
    if (touched.has(key)) continue;
    const v = now.get(key);
    if (!v) fail(`untouched TCCS ${u.code} is gone from the figures`);
    if (!sameFigures(u, v)) fail(`untouched TCCS ${u.code} changed: ${JSON.stringify(u)} → ${JSON.stringify(v)}`);
    compared++;
  }
  return { compared };
}

const baseCache = new Map<string, Analysis>();

export function baseAnalysis(b: BaseSpec): Analysis {
  const key = `${b.rows}|${b.seed}|${b.dates}`;
  let a = baseCache.get(key);
  if (!a) {
    a = analyze(baseGrids(b), { ...OPTIONS, layouts: false });
    if (baseCache.size > 64) baseCache.clear();
    baseCache.set(key, a);
  }
  return a;
}

export interface CaseStats {
  ms: number;
  size: number;
  findings: number;
  compared: number;
}

/** Runs one case and checks every property; throws a PropertyError (or the core's own error). */
export function checkCase(c: FuzzCase, timeScale = 1): CaseStats {
  const base = baseAnalysis(c.base);
  const r = runCase(c);
  const bound = timeBound(r.size, timeScale);
  if (r.ms > bound) fail(`analyze took ${Math.round(r.ms)} ms on ${Math.round(r.size)} cells (bound ${Math.round(bound)} ms)`);
  checkFindings(r.grids, r.analysis);
  checkFigureSums(r.analysis);
  checkNoPersonalData(baseGrids(c.base), r.analysis);
  const { compared } = checkUntouchedFigures(base, r.analysis, r.touched);
  return { ms: r.ms, size: r.size, findings: r.analysis.findings.length, compared };
}

