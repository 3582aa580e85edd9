/**
 * Test support only (not exported from the package): builders for the lifecycle tests, in
 * the style of `createTestCase({ … })` (style-by-example §8).
 */
import type { Role } from '../roles.js';
import type { CaseSnapshot } from './case-snapshot.js';
import type { Actor } from './case-snapshot.js';

export const COURT = 'court-dalian-zhongshan';
export const OTHER_COURT = 'court-dalian-xigang';
export const HANDLER = 'u-handler';

/**
 * A first-instance case filed on Monday 2025-09-01 on a judgment: assignment due 09-08,
 * notice due 09-11, closing due 2026-03-01 (a Sunday) → 2026-03-02.
 */
export function createTestCase(overrides: Partial<CaseSnapshot> = {}): CaseSnapshot {
  const stage = overrides.stage ?? 'filed';
  const assigned = stage !== 'filed';
  const notified = !['filed', 'assigned'].includes(stage);
  return {
    stage,
    courtId: COURT,
    handlerId: assigned ? HANDLER : null,
    filedOn: '2025-09-01',
    basisType: 'judgment',
    nonLitigation: false,
    noticeServedOn: notified ? '2025-09-05' : null,
    suspension: null,
    excludedDays: 0,
    extensionMonths: 0,
    pendingExtension: null,
    closingMethod: null,
    closedOn: null,
    ...overrides,
  };
}

export function actor(role: Role, userId: string = HANDLER, courtId: string = COURT): Actor {
  return { userId, role, courtId };
}
