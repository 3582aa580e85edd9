import { AppError } from '@zhixing/contracts';
import { appendFeed, findCreditDecision, findDecisionPermitForUpdate, listCreditSubjects, revokePermitRow } from '@zhixing/db';
import { PERMISSION_REASON_LABELS, type PermissionReason } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import type { PermitRevoked } from '../credit-check/feed-payloads.js';

/** The permit's own basis, as grant-permit records it (the domain's legal-sources). */
const PERMIT_BASIS = '最高人民法院关于限制被执行人高消费及有关消费的若干规定第八条';

/**
 * The feed entry of a revocation. The check runtime drops the permit by (subjectId, permitId);
 * the agencies' feed (agencies/read-change-feed.ts) sends permit entries only to agencies whose
 * scenarios they concern, so the revocation carries the permit's scenarios like the grant did —
 * an airline that was told of a flight permit is told it is gone.
 */
export type PermitRevokedEntry = PermitRevoked & { measureId: number; scenarios: string[] };

/**
 * The court withdraws a permission it gave for a necessary consumption (限高规定 art. 8: the act
 * may be taken only "获批准后", so the permission is the court's to take back — the need ended,
 * the facts were untrue, the dates changed). From the next sync the checks answer `deny` again.
 * A permit already revoked, or whose last day has passed, has nothing left to withdraw: 409.
 */
export async function revokePermit(ctx: ServiceContext, actor: Actor, decisionId: string, permitId: number, input: { reason: string }): Promise<{ ok: true }> {
  requireRole(actor, ['judge', 'officer', 'president']);
  const { db } = ctx.database;
  const d = await findCreditDecision(db, decisionId);
  if (!d) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, d.court_id);
  const todayDate = today(ctx.clock);
  await db.transaction().execute(async (trx) => {
    const permit = await findDecisionPermitForUpdate(trx, decisionId, permitId);
    if (!permit) throw new AppError('NOT_FOUND', { details: { permitId } });
    if (permit.revoked_at) throw new AppError('PERMIT_NOT_ACTIVE', { details: { permitId, revokedAt: permit.revoked_at.toISOString() } });
    if (permit.valid_to < todayDate) throw new AppError('PERMIT_NOT_ACTIVE', { details: { permitId, validTo: permit.valid_to, today: todayDate } });
    const now = ctx.clock.now();
    if (!(await revokePermitRow(trx, permit.id, { at: now, by: actor.userId, reason: input.reason }))) throw new AppError('PERMIT_NOT_ACTIVE', { details: { permitId } });
    const subject = (await listCreditSubjects(trx, [decisionId])).find((s) => s.id === permit.subject_id)!;
    // The same identity string the grant keyed the permit by (grant-permit.ts).
    const payload: PermitRevokedEntry = { permitId: permit.id, measureId: subject.id, subjectId: (subject.id_number ?? subject.credit_code)!, scenarios: permit.scenarios };
    await appendFeed(trx, now, [{ op: 'revokePermit', ref: permit.id, courtId: d.court_id, payload }]);
    const reason = PERMISSION_REASON_LABELS[permit.reason as PermissionReason] ?? { zh: permit.reason, en: permit.reason };
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'revokePermit',
      before: { permitId: permit.id, revokedAt: null },
      after: { permitId: permit.id, decisionId, subjectId: subject.id, name: subject.name, scenarios: permit.scenarios, from: permit.valid_from, to: permit.valid_to, reason: input.reason },
      legalBasis: PERMIT_BASIS,
      summaryZh: `撤销准许${subject.name}必要消费（${reason.zh}，${permit.valid_from} 至 ${permit.valid_to}）：${input.reason}`,
      summaryEn: `Revoked the permit for ${subject.name}'s necessary consumption (${permit.reason}, ${permit.valid_from} to ${permit.valid_to}): ${input.reason}`,
    });
  });
  return { ok: true };
}
