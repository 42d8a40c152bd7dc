/** The records read from the standard sheets. Row numbers are zero-based sheet rows. */
import type { Day } from '../dates';

export interface Unit {
  code: string;
  /** Code as compared: trimmed, upper case. */
  key: string;
  name: string;
  /** Canonical kind, or null when empty or unknown (reported). */
  kind: string | null;
  /** The kind as written (the model is chosen, and the kind resolved in it, after reading). */
  kindText?: string | null;
  /** The kind as written when the model reads it as another (a `Chi bộ` under a commune committee). */
  readFrom?: string;
  parentKey: string | null;
  setting: string | null;
  /** `Vùng khó khăn`: true, false, or null when not said (then the unit above decides). */
  difficultArea: boolean | null;
  row: number;
}

export type Gender = 'Nam' | 'Nữ';

export interface Member extends FormColumns {
  id: string | null;
  card: string | null;
  name: string | null;
  birth: Day | null;
  gender: Gender | null;
  ethnicity: string | null;
  religious: boolean;
  /** The religion as written, when there is one (the forms count by religion). */
  religion: string | null;
  cellKey: string | null;
  admitted: Day | null;
  full: Day | null;
  training: Day | null;
  local: boolean;
  /** Canonical status; `Đang sinh hoạt` when empty. Null when unreadable (reported). */
  status: string | null;
  statusDate: Day | null;
  row: number;
}

/** The members sheet's optional columns for the statistical forms: null when empty or the column is missing. */
export interface FormColumns {
  transferredIn: Day | null;
  /** `Trong tỉnh` / `Ngoài tỉnh`. */
  transferPlace: string | null;
  youthUnion: boolean | null;
  readmitted: boolean | null;
  previousExit: Day | null;
  education: string | null;
  professional: string | null;
  politicalTheory: string | null;
  occupation: string | null;
  citizenId: string | null;
}

export interface Target {
  code: string;
  key: string;
  year: number | null;
  target: number | null;
  row: number;
}

export interface TrainingClass {
  name: string | null;
  type: string | null;
  start: Day | null;
  learners: number | null;
  row: number;
}

/** A problem with one cell's value, found while reading; rules turn these into findings. */
export interface CellProblem {
  kind: 'error' | 'empty' | 'date' | 'yearOnly' | 'list' | 'legacy' | 'number' | 'year';
  sheet: string;
  row: number;
  col: number;
  /** Column key and the header as the user wrote it. */
  column: string;
  header: string;
  /** For dates: why it could not be read. For lists: which list. */
  detail?: string;
  /** The corrected value, where one can be suggested. */
  suggestion?: string;
  /** The value as read, for a value outside its list (shown to the user, never sent on). */
  value?: string;
}

export interface SheetRecords<T> {
  sheet: string;
  /** Column key → zero-based sheet column. */
  columns: Map<string, number>;
  headers: Map<string, string>;
  headerRow: number;
  records: T[];
}
