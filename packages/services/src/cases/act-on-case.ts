import { AppError, invalidField, type ActOnCaseRequest, type CaseDetail } from '@zhixing/contracts';
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
      throw invalidField('action.handlerId', '承办人须为执行法官或执行员', 'the handler must be an enforcement judge or officer');
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
        throw invalidField('action.handlerId', '承办人须为本案所属法院的人员', 'the handler must belong to the court of the case');
      }
    }
    const before = snapshotOf(current);
    // The domain names handlers by id; the history a person reads names them.
    const names = new Map<string, string>();
    for (const id of [before.handlerId, action.type === 'assignHandler' ? action.handlerId : null]) {
      const user = id ? await findUserById(trx, id) : undefined;
      if (user) names.set(user.id, user.display_name);
    }
    const named = (text: string) => [...names].reduce((t, [id, name]) => t.replaceAll(id, name), text);
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
      summaryZh: named(decision.summaryZh),
      summaryEn: named(decision.summaryEn),
    });
    return updated;
  });
  return caseView(db, calendar, actor, row, todayDate);
}
