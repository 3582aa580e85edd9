import { AppError, type ActOnCaseRequest, type CaseDetail } from '@zhixing/contracts';
import { findUserById, lockCase, updateCaseIfVersion } from '@zhixing/db';
import { decide, type CaseAction } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';
import { unwrapRule } from '../domain-errors.js';
import { eventState, patchOf, snapshotOf } from './case-snapshot.js';
import { caseView } from './case-view.js';
import { recordEvent } from './record-event.js';
import { deadlinesOf, storeDeadlines } from './refresh-deadlines.js';

/**
 * Takes one process act on a case. The domain state machine decides (who may, what must be true
 * first); the case row, its deadlines and the audit event change together or not at all. The row
 * lock plus `expectedVersion` turns concurrent edits into a clean 409.
 */
export async function actOnCase(ctx: ServiceContext, actor: Actor, caseId: string, request: ActOnCaseRequest): Promise<CaseDetail> {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const calendar = await ctx.calendar();
  const action: CaseAction = request.action;
  if (action.type === 'assignHandler') {
    const handler = await findUserById(db, action.handlerId);
    if (!handler || !['judge', 'officer'].includes(handler.role)) {
      throw new AppError('VALIDATION_FAILED', {
        zh: '承办人须为执行法官或执行员',
        en: 'The handler must be an enforcement judge or officer',
        details: { issues: [{ path: ['action', 'handlerId'], message: '承办人须为执行法官或执行员 / The handler must be an enforcement judge or officer' }] },
      });
    }
  }
  const row = await db.transaction().execute(async (trx) => {
    const current = await lockCase(trx, caseId);
    if (!current) throw new AppError('NOT_FOUND');
    await requireCourtInScope(trx, actor, current.court_id);
    if (current.version !== request.expectedVersion) {
      throw new AppError('VERSION_CONFLICT', { details: { expectedVersion: request.expectedVersion, currentVersion: current.version } });
    }
    if (action.type === 'assignHandler') {
      const handler = await findUserById(trx, action.handlerId);
      if (handler?.court_id !== current.court_id) {
        throw new AppError('VALIDATION_FAILED', {
          zh: '承办人须为本案所属法院的人员',
          en: 'The handler must belong to the court of the case',
          details: { issues: [{ path: ['action', 'handlerId'], message: '承办人须为本院人员 / The handler must belong to the case\'s court' }] },
        });
      }
    }
    const before = snapshotOf(current);
    const decision = unwrapRule(decide(before, action, { userId: actor.userId, role: actor.role, courtId: actor.courtId }, todayDate, calendar));
    const deadlines = deadlinesOf(calendar, decision.next, todayDate);
    const updated = await updateCaseIfVersion(trx, caseId, current.version, {
      ...patchOf(decision.next),
      next_due_date: deadlines.nextDueDate,
      overdue: deadlines.overdue,
      last_action_on: todayDate,
      updated_at: ctx.clock.now(),
    });
    if (!updated) throw new AppError('VERSION_CONFLICT');
    await storeDeadlines(trx, updated, deadlines);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: current.court_id,
      caseId,
      action: action.type,
      before: eventState(before),
      after: { ...eventState(decision.next), input: action },
      legalBasis: decision.legalBasis,
      summaryZh: decision.summaryZh,
      summaryEn: decision.summaryEn,
    });
    return updated;
  });
  return caseView(db, calendar, actor, row, todayDate);
}
