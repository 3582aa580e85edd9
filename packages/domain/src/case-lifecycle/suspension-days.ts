/**
 * How many days a stay or deferral keeps out of the enforcement time limit.
 */
import { compareCivil, diffDays } from '../civil-date.js';
import type { CivilDate } from '../civil-date.js';
import type { Suspension } from './case-snapshot.js';

/**
 * Days of `suspension` excluded from the time limit when it ends on `endOn` (the resume day,
 * or today while it lasts): `diffDays(since, endOn)`.
 *
 * The suspension is counted like any period (民事诉讼法 art. 85): its first day (`since`) is
 * not counted in it and its last day — the resume day — is. So the day the stay begins still
 * counts toward the time limit, the resume day does not, and a stay lifted the same day
 * excludes nothing. 审理期限规定 art. 9(9)–(11), 2006 期限规定 art. 13 and 执行程序解释 art. 13
 * exclude the period "from the stay until resumption" and the deferral period.
 *
 * A deferral excludes only the period the court decided (审理期限规定 art. 9(10): "执行法院决定
 * 暂缓执行的期间"; 民诉法解释 art. 467): days after `until` without a resumption are the court's
 * own delay and count. An `endOn` before `since` excludes nothing.
 */
export function suspensionDays(suspension: Suspension, endOn: CivilDate): number {
  const end = suspension.kind === 'deferral' && suspension.until !== undefined && compareCivil(endOn, suspension.until) > 0 ? suspension.until : endOn;
  return Math.max(0, diffDays(suspension.since, end));
}

/** A suspension still holds the clock on `today` (a deferral lapses after its last day). */
export function suspensionHolds(suspension: Suspension, today: CivilDate): boolean {
  return suspension.kind === 'stay' || suspension.until === undefined || compareCivil(today, suspension.until) <= 0;
}
