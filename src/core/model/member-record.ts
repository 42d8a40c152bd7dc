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

export class MemberRecord implements Member {
  constructor(
    readonly id: string | null,
    readonly card: string | null,
    readonly name: string | null,
    readonly birth: Day | null,
    readonly gender: Gender | null,
    readonly ethnicity: string | null,
    readonly religion: string | null,
    readonly cellKey: string | null,
    readonly admitted: Day | null,
    readonly full: Day | null,
    readonly training: Day | null,
    readonly local: boolean,
    readonly status: string | null,
    readonly statusDate: Day | null,
    readonly row: number,
    private readonly forms: FormColumns | null,
  ) {}

  /** A religion is kept only for a member who has one. */
  get religious(): boolean {
    return this.religion !== null;
  }

  get transferredIn(): Day | null {
    return this.forms === null ? null : this.forms.transferredIn;
  }

  get transferPlace(): string | null {
    return this.forms === null ? null : this.forms.transferPlace;
  }

  get youthUnion(): boolean | null {
    return this.forms === null ? null : this.forms.youthUnion;
  }

  get readmitted(): boolean | null {
    return this.forms === null ? null : this.forms.readmitted;
  }

  get previousExit(): Day | null {
    return this.forms === null ? null : this.forms.previousExit;
  }

  get education(): string | null {
    return this.forms === null ? null : this.forms.education;
  }

  get professional(): string | null {
    return this.forms === null ? null : this.forms.professional;
  }

  get politicalTheory(): string | null {
    return this.forms === null ? null : this.forms.politicalTheory;
  }

  get occupation(): string | null {
    return this.forms === null ? null : this.forms.occupation;
  }

  get citizenId(): string | null {
    return this.forms === null ? null : this.forms.citizenId;
  }
}
