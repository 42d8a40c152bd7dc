/** Reads the located standard sheets into records, collecting the cell problems on the way. */
import type { SheetGrid } from '../grid';
import { isNoReligion, STATUS_ACTIVE } from '../lists';
import type { SheetId } from '../schema';
import { locateSheets, type LocatedSheet, type SheetLookup } from '../sheets';
import type { StructureModel } from '../structure-model';
import { Vocabulary } from '../lists';
import { CellReader } from './cell-reader';
import type { CellProblem, Gender, Member, SheetRecords, Target, TrainingClass, Unit } from './types';

export interface ParsedWorkbook {
  lookup: SheetLookup;
  units: SheetRecords<Unit> | null;
  members: SheetRecords<Member> | null;
  targets: SheetRecords<Target> | null;
  classes: SheetRecords<TrainingClass> | null;
  problems: CellProblem[];
}

export function codeKey(code: string): string {
  return code.trim().toUpperCase();
}

/** Reads every data row of a sheet with a row reader made once for the sheet. */
function records<T>(located: LocatedSheet, makeReader: (r: CellReader) => () => T, problems: CellProblem[]): SheetRecords<T> {
  const reader = new CellReader(located, problems);
  const readRow = makeReader(reader);
  const out: T[] = [];
  reader.forEachRow(() => out.push(readRow()));
  return {
    sheet: located.grid.name,
    columns: located.columns,
    headers: located.headers,
    headerRow: located.headerRow,
    records: out,
  };
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
    // One object literal of fixed shape (no spread): a million members share one hidden class.
    return {
      id,
      card,
      name,
      birth,
      gender,
      ethnicity,
      religious,
      religion: religious ? religion : null,
      cellKey: cell === null ? null : lastCellKey,
      admitted: r.date(f.admitted, true),
      full: r.date(f.full),
      training: r.date(f.training),
      local: local === 'Có',
      // Empty means active; an unreadable status is reported (M04) and kept null.
      status: status ?? (r.isBlank(f.status) ? STATUS_ACTIVE : null),
      statusDate: r.date(f.statusDate),
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
      row: r.row,
    };
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

export function readWorkbook(grids: SheetGrid[], models: StructureModel[]): ParsedWorkbook {
  const lookup = locateSheets(grids);
  const problems: CellProblem[] = [];
  const get = (id: SheetId) => lookup.found.get(id);
  const kinds = kindVocabulary(models);
  const units = get('units');
  const members = get('members');
  const targets = get('targets');
  const classes = get('classes');
  return {
    lookup,
    units: units ? records(units, (r) => unitReader(r, kinds), problems) : null,
    members: members ? records(members, memberReader, problems) : null,
    targets: targets ? records(targets, targetReader, problems) : null,
    classes: classes ? records(classes, classReader, problems) : null,
    problems,
  };
}
