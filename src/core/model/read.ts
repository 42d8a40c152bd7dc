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

function records<T>(located: LocatedSheet, read: (r: CellReader) => T, problems: CellProblem[]): SheetRecords<T> {
  const reader = new CellReader(located, problems);
  const out: T[] = [];
  for (const _row of reader.rows()) out.push(read(reader));
  return {
    sheet: located.grid.name,
    columns: located.columns,
    headers: located.headers,
    headerRow: located.headerRow,
    records: out,
  };
}

export function readUnits(r: CellReader, kinds: Vocabulary): Unit {
  const code = r.text('code', true) ?? '';
  const kindText = r.text('kind', true);
  let kind: string | null = null;
  if (kindText !== null) {
    const m = kinds.match(kindText);
    if (m.value === null) r.reportList('kind', 'kind', m.nearest);
    kind = m.value;
  }
  const parent = r.text('parent');
  return {
    code,
    key: codeKey(code),
    name: r.text('name', true) ?? '',
    kind,
    parentKey: parent === null ? null : codeKey(parent),
    setting: r.list('setting', 'setting'),
    row: r.row,
  };
}

export function readMember(r: CellReader): Member {
  const cell = r.text('cell', true);
  const local = r.list('local', 'yesno');
  const status = r.list('status', 'status');
  const statusText = r.text('status');
  return {
    id: r.text('id', true),
    card: r.text('card'),
    name: r.text('name', true),
    birth: r.date('birth', true, true),
    gender: r.list('gender', 'gender', true) as Gender | null,
    ethnicity: r.list('ethnicity', 'ethnicity', true),
    religious: !isNoReligion(r.text('religion')),
    cellKey: cell === null ? null : codeKey(cell),
    admitted: r.date('admitted', true),
    full: r.date('full'),
    training: r.date('training'),
    local: local === 'Có',
    status: status ?? (statusText === null ? STATUS_ACTIVE : null),
    statusDate: r.date('statusDate'),
    row: r.row,
  };
}

export function readTarget(r: CellReader): Target {
  const code = r.text('code', true) ?? '';
  return { code, key: codeKey(code), year: r.year('year', true), target: r.count('target', true), row: r.row };
}

export function readClass(r: CellReader): TrainingClass {
  return {
    name: r.text('name'),
    type: r.list('type', 'classType'),
    start: r.date('start'),
    learners: r.count('learners'),
    row: r.row,
  };
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
    units: units ? records(units, (r) => readUnits(r, kinds), problems) : null,
    members: members ? records(members, readMember, problems) : null,
    targets: targets ? records(targets, readTarget, problems) : null,
    classes: classes ? records(classes, readClass, problems) : null,
    problems,
  };
}
