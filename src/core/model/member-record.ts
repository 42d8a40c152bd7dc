/**
 * A member as read from the members sheet, laid out for a million of them. The standard sheet's
 * fourteen columns are fields; the columns the statistical forms add (optional, and missing from
 * most workbooks) sit in one object of their own, made only for a row that fills one of them.
 * A member of a workbook without them is 16 fields, not 26: at a million members that is about
 * 80 MB less to allocate and for the garbage collector to walk.
 */
import type { Day } from '../dates';
import type { FormColumns, Gender, Member } from './types';

export const FORM_COLUMNS: readonly (keyof FormColumns)[] = [
  'transferredIn',
  'transferPlace',
  'youthUnion',
  'readmitted',
  'previousExit',
  'education',
  'professional',
  'politicalTheory',
  'occupation',
  'citizenId',
];

/** What a member holds itself; the rest its prototype reads (MEMBER_PROTOTYPE). */
interface OwnFields {
  religion: string | null;
  forms: FormColumns | null;
}

const formColumn = <K extends keyof FormColumns>(key: K) =>
  function (this: OwnFields): FormColumns[K] | null {
    return this.forms === null ? null : this.forms[key];
  };

/** The fields a member reads rather than holds: whether it has a religion, and the forms' columns. */
const MEMBER_PROTOTYPE = Object.defineProperties(
  {},
  {
    // A religion is kept only for a member who has one.
    religious: {
      get(this: OwnFields) {
        return this.religion !== null;
      },
    },
    ...Object.fromEntries(FORM_COLUMNS.map((k) => [k, { get: formColumn(k) }])),
  },
);

/**
 * A member record. An object literal, not a class: V8 learns at the literal that the objects made
 * there live long and allocates a million of them straight into the old generation; each one a
 * class made was copied twice by the young generation's collector first.
 */
export function memberRecord(
  id: string | null,
  card: string | null,
  name: string | null,
  birth: Day | null,
  gender: Gender | null,
  ethnicity: string | null,
  religion: string | null,
  cellKey: string | null,
  admitted: Day | null,
  full: Day | null,
  training: Day | null,
  local: boolean,
  status: string | null,
  statusDate: Day | null,
  row: number,
  forms: FormColumns | null,
): Member {
  const m = { __proto__: MEMBER_PROTOTYPE, id, card, name, birth, gender, ethnicity, religion, cellKey, admitted, full, training, local, status, statusDate, row, forms };
  return m as unknown as Member;
}
