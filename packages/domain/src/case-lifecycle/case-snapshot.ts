/**
 * The state of an enforcement case that the lifecycle rules read and write, and the staff
 * member acting on it. The services layer projects it from the case's events.
 */
import type { CivilDate } from '../civil-date.js';
import type { Role } from '../roles.js';
import type { BasisType } from './basis-types.js';
import type { CaseStage } from './case-stages.js';
import type { ClosingMethod } from './closing-methods.js';
import type { StayGround } from './stay-grounds.js';

/** A stay (中止, 民事诉讼法 art. 267) or deferral (暂缓, art. 242) in force. */
export interface Suspension {
  kind: 'stay' | 'deferral';
  since: CivilDate;
  /** Deferral only: the last day of the deferral the court decided (民诉法解释 art. 467). */
  until?: CivilDate;
  /** The ruling's stated reason. */
  ground: string;
  /** Stay only: its statutory ground (STAY_GROUNDS); absent on stays recorded before the code existed. */
  groundCode?: StayGround;
}

export interface PendingExtension {
  months: number;
  requestedOn: CivilDate;
  reason: string;
}

export interface CaseSnapshot {
  stage: CaseStage;
  courtId: string;
  handlerId: string | null;
  filedOn: CivilDate;
  /**
   * The day the court received the application (on or before filing; 审理期限规定 art. 6 gives
   * 7 days to file). The 10-day notice period runs from it (民诉法解释 art. 480). Absent: filedOn.
   */
  receivedOn?: CivilDate;
  basisType: BasisType;
  /** 非诉执行案件: 3-month closing limit instead of 6 (审理期限规定 art. 5). */
  nonLitigation: boolean;
  noticeServedOn: CivilDate | null;
  suspension: Suspension | null;
  /** Days of completed suspensions, not counted in the closing limit (审理期限规定 art. 9). */
  excludedDays: number;
  /** Months of approved extensions (审理期限规定 art. 5). */
  extensionMonths: number;
  pendingExtension: PendingExtension | null;
  closingMethod: ClosingMethod | null;
  closedOn: CivilDate | null;
}

export interface Actor {
  userId: string;
  role: Role;
  courtId: string;
}
