/** Who counts as a member on a given day, and as a full member. */
import type { Day } from './dates';
import { STATUS_ACTIVE, STATUS_EXEMPT, STATUS_RESTORED } from './lists';
import type { Member } from './model/types';

/**
 * Admitted (and, with `Ngày chuyển đến`, transferred in) on or before `day`, and still active, or
 * left only after `day`. A restored member belongs again from the status date (from admission
 * when it is missing, which M12 reports).
 */
export function isMemberAt(m: Member, day: Day): boolean {
  if (m.admitted === null || m.admitted > day) return false;
  if (m.transferredIn !== null && m.transferredIn > day) return false;
  // An unreadable status is reported (M04) and read as active rather than dropping the person.
  if (m.status === null || m.status === STATUS_ACTIVE || m.status === STATUS_EXEMPT) return true;
  if (m.status === STATUS_RESTORED) return m.statusDate === null || m.statusDate <= day;
  return m.statusDate !== null && m.statusDate > day;
}

export function isFullAt(m: Member, day: Day): boolean {
  return m.full !== null && m.full <= day;
}
