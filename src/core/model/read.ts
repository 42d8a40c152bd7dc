/** Reads the located standard sheets into records, collecting the cell problems on the way. */
import { gridOf, putGrid, RowsOutOfOrder, shapeOf, type CellValue, type FormatRow, type SheetGrid, type SheetRows, type SheetShape, type WorkbookRows } from '../grid';
import { isNoReligion, STATUS_ACTIVE } from '../lists';
import { SHEETS, type SheetDef, type SheetId } from '../schema';
import { HEADER_SEARCH_ROWS, isSheetOf, locateHeader, lookupOf, type LocatedSheet, type SheetLookup } from '../sheets';
import type { StructureModel } from '../structure-model';
import { Vocabulary } from '../lists';
import { CellReader } from './cell-reader';
import { FORM_COLUMNS, memberRecord } from './member-record';
import type { CellProblem, FormColumns, Gender, Member, SheetRecords, Target, TrainingClass, Unit } from './types';

export interface ParsedWorkbook {
  lookup: SheetLookup;
  units: SheetRecords<Unit> | null;
  members: SheetRecords<Member> | null;
  targets: SheetRecords<Target> | null;
  classes: SheetRecords<TrainingClass> | null;
  problems: CellProblem[];
  /**
   * The workbook's sheets: whole when read from grids; read as rows came, without the rows made
   * into records (the other sheets, such as the report's settings, are whole).
   */
  grids: SheetGrid[];
}

export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

export function unitReader(r: CellReader, kinds: Vocabulary): () => Unit {
  const [code, name, kind, parent, setting, difficult] = ['code', 'name', 'kind', 'parent', 'setting', 'difficultArea'].map((k) => r.field(k));
  return () => {
    const c = r.text(code, true) ?? '';
    const kindText = r.text(kind, true);
    let k: string | null = null;
    if (kindText !== null) {
      const m = kinds.match(kindText);
      if (m.value === null) r.reportList(kind, 'kind', m.nearest, kindText);
      k = m.value;
    }
    const p = r.text(parent);
    return {
      code: c,
      key: codeKey(c),
      name: r.text(name, true) ?? '',
      kind: k,
      kindText,
      parentKey: p === null ? null : codeKey(p),
      setting: r.list(setting, 'setting'),
      difficultArea: yesNo(r.list(difficult, 'yesno')),
      row: r.row,
    };
  };
}

function yesNo(v: string | null): boolean | null {
  return v === null ? null : v === 'Có';
}

export function memberReader(r: CellReader): () => Member {
  // An object literal, so of fixed shape: one made by Object.fromEntries with this many fields is a
  // dictionary, and looking 24 fields up in it for each member cost more than reading the cells.
  const f = {
    cell: r.field('cell'),
    local: r.field('local'),
    status: r.field('status'),
    id: r.field('id'),
    card: r.field('card'),
    name: r.field('name'),
    birth: r.field('birth'),
    gender: r.field('gender'),
    ethnicity: r.field('ethnicity'),
    religion: r.field('religion'),
    admitted: r.field('admitted'),
    full: r.field('full'),
    training: r.field('training'),
    statusDate: r.field('statusDate'),
    transferredIn: r.field('transferredIn'),
    transferPlace: r.field('transferPlace'),
    youthUnion: r.field('youthUnion'),
    readmitted: r.field('readmitted'),
    previousExit: r.field('previousExit'),
    education: r.field('education'),
    professional: r.field('professional'),
    politicalTheory: r.field('politicalTheory'),
    occupation: r.field('occupation'),
    citizenId: r.field('citizenId'),
  };
  const formColumns = FORM_COLUMNS.some((k) => f[k].index >= 0);
  /** The forms' columns of the row, null when all are empty. */
  const readFormColumns = (): FormColumns | null => {
    const c: FormColumns = {
      transferredIn: r.date(f.transferredIn),
      transferPlace: r.list(f.transferPlace, 'transferPlace'),
      youthUnion: yesNo(r.list(f.youthUnion, 'yesno')),
      readmitted: yesNo(r.list(f.readmitted, 'yesno')),
      previousExit: r.date(f.previousExit),
      education: r.text(f.education),
      professional: r.text(f.professional),
      politicalTheory: r.list(f.politicalTheory, 'politicalTheory'),
      occupation: r.text(f.occupation),
      citizenId: r.text(f.citizenId),
    };
    for (const k of FORM_COLUMNS) if (c[k] !== null) return c;
    return null;
  };
  // Members come cell by cell: the key of the last cell code read, kept.
  let lastCell: string | null = null;
  let lastCellKey = '';
  return () => {
    const cell = r.text(f.cell, true);
    if (cell !== null && cell !== lastCell) {
      lastCell = cell;
      lastCellKey = codeKey(cell);
    }
    const local = r.list(f.local, 'yesno');
    const status = r.list(f.status, 'status');
    // Read in column order: the problems of a row keep the order the user reads them in.
    const id = r.text(f.id, true);
    const card = r.text(f.card);
    const name = r.text(f.name, true);
    const birth = r.date(f.birth, true, true);
    const gender = r.list(f.gender, 'gender', true) as Gender | null;
    const ethnicity = r.list(f.ethnicity, 'ethnicity', true);
    const religion = r.text(f.religion);
    const religious = !isNoReligion(religion);
    const admitted = r.date(f.admitted, true);
    const full = r.date(f.full);
    const training = r.date(f.training);
    // Empty means active; an unreadable status is reported (M04) and kept null.
    const statusValue = status ?? (r.isBlank(f.status) ? STATUS_ACTIVE : null);
    const statusDate = r.date(f.statusDate);
    return memberRecord(
      id,
      card,
      name,
      birth,
      gender,
      ethnicity,
      religious ? religion : null,
      cell === null ? null : lastCellKey,
      admitted,
      full,
      training,
      local === 'Có',
      statusValue,
      statusDate,
      r.row,
      formColumns ? readFormColumns() : null,
    );
  };
}

export function targetReader(r: CellReader): () => Target {
  const [code, year, target] = ['code', 'year', 'target'].map((k) => r.field(k));
  return () => {
    const c = r.text(code, true) ?? '';
    return { code: c, key: codeKey(c), year: r.year(year, true), target: r.count(target, true), row: r.row };
  };
}

export function classReader(r: CellReader): () => TrainingClass {
  const [name, type, start, learners] = ['name', 'type', 'start', 'learners'].map((k) => r.field(k));
  return () => ({
    name: r.text(name),
    type: r.list(type, 'classType'),
    start: r.date(start),
    learners: r.count(learners),
    row: r.row,
  });
}

/** Every kind any model knows, so the model can be chosen after the units are read. */
export function kindVocabulary(models: StructureModel[]): Vocabulary {
  const seen = new Map<string, { value: string; variants: string[] }>();
  for (const m of models) {
    for (const k of m.kinds) {
      const e = seen.get(k.value) ?? { value: k.value, variants: [] };
      e.variants.push(...(k.variants ?? []));
      seen.set(k.value, e);
    }
  }
  return new Vocabulary([...seen.values()]);
}

/** The records of one standard sheet, read row by row as its rows come. */
class RecordsReading<T> {
  readonly problems: CellProblem[] = [];
  private readonly reader: CellReader;
  private readonly readRow: () => T;
  private readonly out: T[] = [];

  constructor(
    readonly located: LocatedSheet,
    makeReader: (r: CellReader) => () => T,
  ) {
    this.reader = new CellReader(located, this.problems);
    this.readRow = makeReader(this.reader);
  }

  row(index: number, values: CellValue[], formats: FormatRow | null): void {
    if (this.reader.at(index, values, formats)) this.out.push(this.readRow());
  }

  records(): SheetRecords<T> {
    const l = this.located;
    return { sheet: l.grid.name, columns: l.columns, headers: l.headers, headerRow: l.headerRow, records: this.out };
  }
}

type AnyReading = RecordsReading<Unit> | RecordsReading<Member> | RecordsReading<Target> | RecordsReading<TrainingClass>;

/**
 * One sheet's rows as they come. A standard sheet's first rows are kept until its header row is
 * found among them; every row after goes straight into records and is let go. Any other sheet,
 * or one whose header is not found, is kept whole.
 */
class SheetReading implements SheetRows {
  readonly grid: SheetGrid;
  private formats: FormatRow[] | undefined;
  /** The standard sheets this one may be: all rows are kept while it has none. */
  private readonly defs: SheetDef[];
  /** Set once the header row has been looked for. */
  private readings: AnyReading[] | null = null;
  private last = -1;

  constructor(
    private readonly book: WorkbookReading,
    shape: SheetShape,
    defs: SheetDef[],
  ) {
    this.grid = gridOf(shape);
    this.defs = defs;
  }

  row(index: number, values: CellValue[], formats: FormatRow | null): void {
    if (index <= this.last) throw new RowsOutOfOrder(`${this.grid.name}: row ${index + 1} after row ${this.last + 1}`);
    this.last = index;
    if (this.readings === null && index >= HEADER_SEARCH_ROWS && this.defs.length) this.locate();
    const readings = this.readings;
    if (readings === null || readings.length === 0) return this.keep(index, values, formats);
    for (let i = 0; i < readings.length; i++) readings[i].row(index, values, formats);
  }

  end(): void {
    if (this.readings === null && this.defs.length) this.locate();
  }

  restart(): void {
    this.grid.values.length = 0;
    this.formats = undefined;
    delete this.grid.numberFormats;
    if (this.readings !== null) this.book.unlocate(this.defs);
    this.readings = null;
    this.last = -1;
  }

  private keep(index: number, values: CellValue[], formats: FormatRow | null): void {
    this.grid.values[index] = values;
    if (formats) (this.formats ??= this.grid.numberFormats = [])[index] = formats;
  }

  /** Looks for the header among the rows kept, then reads the rows below it into records. */
  private locate(): void {
    const readings: AnyReading[] = [];
    for (const def of this.defs) {
      const located = locateHeader(def, this.grid);
      this.book.located(def, this.grid, located);
      if (located) readings.push(this.book.reading(located));
    }
    this.readings = readings;
    const v = this.grid.values;
    for (const r of readings) for (let i = 0; i < v.length; i++) if (v[i]) r.row(i, v[i], this.formats?.[i] ?? null);
  }
}

/**
 * A workbook's rows made into records as a host reads them (WorkbookRows): the members' million
 * rows are never held as a grid. `readWorkbook` puts whole grids through the same reading.
 */
export class WorkbookReading implements WorkbookRows {
  private readonly kinds: Vocabulary;
  private readonly sheets: SheetReading[] = [];
  private readonly results = new Map<SheetId, { grid: SheetGrid; located: LocatedSheet | null }>();
  private readonly readings = new Map<SheetId, AnyReading>();

  constructor(models: StructureModel[]) {
    this.kinds = kindVocabulary(models);
  }

  sheet(shape: SheetShape): SheetRows {
    // A standard sheet is the first sheet of its name, as `findSheet` takes it.
    const defs = SHEETS.filter((d) => isSheetOf(d, shape.name) && !this.sheets.some((s) => isSheetOf(d, s.grid.name)));
    const s = new SheetReading(this, shape, defs);
    this.sheets.push(s);
    return s;
  }

  /** A sheet's rows come again (they came out of order): what was located and read in it is void. */
  unlocate(defs: SheetDef[]): void {
    for (const d of defs) {
      this.results.delete(d.id);
      this.readings.delete(d.id);
    }
  }

  located(def: SheetDef, grid: SheetGrid, located: LocatedSheet | null): void {
    this.results.set(def.id, { grid, located });
  }

  reading(located: LocatedSheet): AnyReading {
    const id = located.def.id;
    const r: AnyReading =
      id === 'units'
        ? new RecordsReading(located, (c) => unitReader(c, this.kinds))
        : id === 'members'
          ? new RecordsReading(located, memberReader)
          : id === 'targets'
            ? new RecordsReading(located, targetReader)
            : new RecordsReading(located, classReader);
    this.readings.set(id, r);
    return r;
  }

  /**
   * The records, the problems in the order of the standard sheets, and the sheets as kept (whole,
   * but for the rows made into records), unless the caller holds the grids whole (`grids`).
   */
  finish(grids: SheetGrid[] = this.sheets.map((s) => s.grid)): ParsedWorkbook {
    const lookup = lookupOf((def) => this.results.get(def.id));
    const problems: CellProblem[] = [];
    for (const def of SHEETS) {
      const reading = this.readings.get(def.id);
      if (reading) for (const p of reading.problems) problems.push(p);
    }
    const records = <T>(id: SheetId) => (this.readings.get(id) as RecordsReading<T> | undefined)?.records() ?? null;
    return {
      lookup,
      units: records<Unit>('units'),
      members: records<Member>('members'),
      targets: records<Target>('targets'),
      classes: records<TrainingClass>('classes'),
      problems,
      grids,
    };
  }
}

/** Reads the standard sheets of whole grids into records. */
export function readWorkbook(grids: SheetGrid[], models: StructureModel[]): ParsedWorkbook {
  const book = new WorkbookReading(models);
  for (const g of grids) putGrid(g, book.sheet(shapeOf(g)));
  return book.finish(grids);
}
