/** What a rule is: a small declaration with its id, severity, source, messages and check. */
import type { Day } from '../dates';
import type { Severity, Text } from '../findings';
import type { Hierarchy } from '../model/hierarchy';
import type { ParsedWorkbook } from '../model/read';
import type { StructureModel } from '../structure-model';

export type RuleGroup = 'S' | 'T' | 'M' | 'P' | 'B';

export interface RuleContext {
  wb: ParsedWorkbook;
  model: StructureModel;
  hierarchy: Hierarchy;
  /** The report year, or null when the plan names none. */
  year: number | null;
  /** The report date (31/12 of the year unless set). */
  asOf: Day;
  /** Today: dates after it are in the future (M08). */
  today: Day;
  /**
   * A province's plan: its units and targets with no TCCS and no members sheet (the communes'
   * workbooks hold those). The members sheet is not required then.
   */
  planOnly?: boolean;
  /** The board's own validity of the awareness-class certificate in months (a setting, off when null or absent). */
  trainingValidMonths?: number | null;
}

export interface RawFinding {
  sheet: string;
  cell: string;
  /** Which of the rule's messages; `default` when absent. */
  variant?: string;
  params?: Record<string, string | number>;
  suggestion?: string;
  personal?: boolean;
  /** Who and what, for the pane and the user's own workbook only (see Finding.detail). */
  detail?: Record<string, string | number>;
  /** A conflicting cell on the same sheet. */
  related?: string;
}

export type Emit = (f: RawFinding) => void;

export interface Rule {
  id: string;
  group: RuleGroup;
  /** The severity of its findings; a variant listed in `variantSeverity` has its own. */
  severity: Severity;
  /** Variants whose severity differs from the rule's (an admission over the age limit only warns). */
  variantSeverity?: Record<string, Severity>;
  /** Where the rule comes from (the Charter, its regulation, the workbook format). */
  source: string;
  title: Text;
  /** Message templates by variant, with `{param}` placeholders; `default` is required. */
  messages: Record<string, Text> & { default: Text };
  /** The sentence naming who and what (`{placeholders}` from the finding's detail and params). */
  detail?: Text;
  check(ctx: RuleContext, emit: Emit): void;
}

export const SOURCE_FORMAT = 'Định dạng sổ chuẩn (docs/workbook-format.md)';
export const SOURCE_CHARTER = 'Điều lệ Đảng (2011)';
export const SOURCE_REGULATION = 'Quy định thi hành Điều lệ Đảng';
export const SOURCE_GUIDANCE = 'Hướng dẫn thi hành Điều lệ Đảng';
export const SOURCE_PLAN = 'Kế hoạch phát triển đảng viên';
