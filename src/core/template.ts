/**
 * The template (Tạo mẫu), as data: every standard sheet of the workbook format (schema.ts) with
 * its canonical headers, one example row, the number format and width of each column, and the
 * drop-down list of each list column (lists.ts, and the structure model's kinds). Both hosts
 * write exactly this; only how (an Excel table, ExcelJS rows) is theirs.
 *
 * The examples follow the format: a member's profile number is six digits and the province's
 * letters (`012345DL`), a card eight digits; names say "(ví dụ)" so that an example row left in
 * the sheet is recognisable; dates fall in and before the report year, so the example row is a
 * member admitted last year, full member this year.
 */
import { LISTS } from './lists';
import { SHEETS, type SheetDef } from './schema';
import { DISTRICT_MODEL_2018, type StructureModel } from './structure-model';

export const TEXT_FORMAT = '@';
export const DATE_FORMAT = 'dd/mm/yyyy';
export const WHOLE_FORMAT = '0';

export interface TemplateColumn {
  key: string;
  header: string;
  /** The example row's value: text, a number, or a date as an Excel serial (1900 system). */
  example: string | number | null;
  /** Excel number format: `@` for codes (leading zeros kept), `dd/mm/yyyy`, `0`, or `General`. */
  format: string;
  /** Width in characters. */
  width: number;
  /** The drop-down list's values, where the column takes one of a list. */
  list?: string[];
}

export interface TemplateSheet {
  def: SheetDef;
  columns: TemplateColumn[];
}

export interface TemplateOptions {
  model?: StructureModel;
  /** The report year the example dates fall in (this year by default, given by the caller). */
  year: number;
}

/** An Excel serial (1900 system) for a calendar date. */
export function dateSerial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

type Spec = Partial<Pick<TemplateColumn, 'example' | 'format' | 'list'>>;

function specs(model: StructureModel, year: number): Record<string, Record<string, Spec>> {
  const root = model.kinds.find((k) => k.root)?.value ?? '';
  const values = (id: keyof typeof LISTS) => LISTS[id].map((e) => e.value);
  const date = (y: number, m: number, d: number): Spec => ({ example: dateSerial(y, m, d), format: DATE_FORMAT });
  return {
    units: {
      code: { example: 'HU', format: TEXT_FORMAT },
      name: { example: `${root} (ví dụ)` },
      kind: { example: root, list: model.kinds.map((k) => k.value) },
      parent: { format: TEXT_FORMAT },
      setting: { list: values('setting') },
      difficultArea: { list: values('yesno') },
    },
    members: {
      id: { example: '012345DL', format: TEXT_FORMAT },
      card: { example: '12345678', format: TEXT_FORMAT },
      name: { example: 'Nguyễn Văn A (ví dụ)' },
      birth: date(1990, 5, 15),
      gender: { example: 'Nam', list: values('gender') },
      ethnicity: { example: 'Kinh', list: values('ethnicity') },
      religion: { example: 'Không' },
      cell: { example: 'CB01', format: TEXT_FORMAT },
      admitted: date(year - 1, 3, 2),
      full: date(year, 3, 2),
      training: date(year - 2, 11, 20),
      local: { example: 'Có', list: values('yesno') },
      status: { example: LISTS.status[0].value, list: values('status') },
      statusDate: { format: DATE_FORMAT },
      // The optional columns: empty in the example row, but typed right from the first entry.
      transferredIn: { format: DATE_FORMAT },
      transferPlace: { list: values('transferPlace') },
      youthUnion: { list: values('yesno') },
      readmitted: { list: values('yesno') },
      previousExit: { format: DATE_FORMAT },
      // `12/12` or `9/12` typed in a General cell becomes a date (12 December): kept as text.
      education: { format: TEXT_FORMAT },
      politicalTheory: { list: values('politicalTheory') },
      // Twelve digits, often starting with 0: as text, or Excel drops the zero and rounds past 15 digits.
      citizenId: { format: TEXT_FORMAT },
    },
    targets: {
      code: { example: 'HU', format: TEXT_FORMAT },
      year: { example: year, format: WHOLE_FORMAT },
      target: { example: 10, format: WHOLE_FORMAT },
    },
    classes: {
      name: { example: 'Lớp nhận thức về Đảng khóa 1 (ví dụ)' },
      type: { example: LISTS.classType[1].value, list: values('classType') },
      start: date(year, 3, 6),
      learners: { example: 40, format: WHOLE_FORMAT },
    },
  };
}

/** A header's width plus room for the filter button, within 12–32 characters. */
function widthOf(header: string): number {
  return Math.max(12, Math.min(32, header.length + 6));
}

export function templateSheets(options: TemplateOptions): TemplateSheet[] {
  const all = specs(options.model ?? DISTRICT_MODEL_2018, options.year);
  return SHEETS.map((def) => ({
    def,
    columns: def.columns.map((c) => {
      const s = all[def.id]?.[c.key] ?? {};
      const column: TemplateColumn = { key: c.key, header: c.name, example: s.example ?? null, format: s.format ?? 'General', width: widthOf(c.name) };
      if (s.list) column.list = s.list;
      return column;
    }),
  }));
}
