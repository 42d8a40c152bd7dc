/** Who counts as a member on a given day, and as a full member (reports.md). */
import type { Day } from './dates';
import { STATUS_ACTIVE, STATUS_EXEMPT } from './lists';
import type { Member } from './model/types';

/** Admitted on or before `day`, and still active, or left only after `day`. */
export function isMemberAt(m: Member, day: Day): boolean {
  if (m.admitted === null || m.admitted > day) return false;
  // An unreadable status is reported (M04) and read as active rather than dropping the person.
  if (m.status === null || m.status === STATUS_ACTIVE || m.status === STATUS_EXEMPT) return true;
  return m.statusDate !== null && m.statusDate > day;
}

export function isFullAt(m: Member, day: Day): boolean {
  return m.full !== null && m.full <= day;
}
