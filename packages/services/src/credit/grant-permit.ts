import { AppError, invalidField } from '@zhixing/contracts';
import { appendFeed } from '@zhixing/db';
import { PERMISSION_REASON_LABELS, assessPermission, type PermissionReason, type Scenario } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import type { PermitGranted } from '../credit-check/feed-payloads.js';
import { refuseIneligible } from './refuse-ineligible.js';

export interface PermitInput {
  subjectId: number;
  reason: PermissionReason;
  description: string | null;
  scenarios: Scenario[];
  from: string;
  to: string;
}

/**
 * A restricted person applies in advance for a consumption needed for life or business (medical
 * treatment, a funeral, an exam…) and the court permits it (限高规定 art. 8). The permit reaches
 * the checks through the change feed: in its window and for its acts they answer `allow`.
 */
export async function grantPermit(ctx: ServiceContext, actor: Actor, decisionId: string, input: PermitInput) {
  requireRole(actor, ['judge', 'officer', 'president']);
  const { db } = ctx.database;
  const terms = refuseIneligible(assessPermission({ reason: input.reason, scenarios: input.scenarios, from: input.from, to: input.to, today: today(ctx.clock), description: input.description }));
  return db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirst();
    if (!d) throw new AppError('NOT_FOUND');
    await requireCourtInScope(trx, actor, d.court_id);
    if (d.kind !== 'consumptionRestriction' || d.status !== 'published') {
      throw new AppError('RULE_VIOLATION', { zh: '只能对已发布的限制消费令准许必要消费', en: 'Permission is given under a published consumption restriction only', details: { rule: 'PERMIT_NEEDS_PUBLISHED_RESTRICTION', kind: d.kind, status: d.status } });
    }
    const subject = await trx.selectFrom('credit_subjects').selectAll().where('id', '=', input.subjectId).where('decision_id', '=', decisionId).executeTakeFirst();
    if (!subject || subject.lifted_at) throw invalidField('subjectId', '不是该限制消费令约束的人员', 'not a person this restriction binds');
    const now = ctx.clock.now();
    const inserted = await trx
      .insertInto('consumption_permits')
      .values({ decision_id: decisionId, subject_id: subject.id, court_id: d.court_id, reason: input.reason, description: input.description ?? '', scenarios: terms.scenarios, valid_from: terms.from, valid_to: terms.to, granted_by: actor.userId, granted_at: now, revoked_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const payload: PermitGranted = { permitId: inserted.id, measureId: subject.id, subjectId: (subject.id_number ?? subject.credit_code)!, scenarios: terms.scenarios, validFrom: terms.from, validTo: terms.to };
    await appendFeed(trx, now, [{ op: 'permit', ref: inserted.id, courtId: d.court_id, payload }]);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'grantPermit',
      after: { permitId: inserted.id, subjectId: subject.id, name: subject.name, reason: input.reason, scenarios: terms.scenarios, from: terms.from, to: terms.to },
      legalBasis: terms.legalBasis,
      summaryZh: `准许${subject.name}必要消费（${PERMISSION_REASON_LABELS[input.reason].zh}，${terms.from} 至 ${terms.to}）`,
      summaryEn: `Permitted ${subject.name} a necessary consumption (${input.reason}, ${terms.from} to ${terms.to})`,
    });
    return { permitId: inserted.id, scenarios: terms.scenarios, from: terms.from, to: terms.to, legalBasis: terms.legalBasis };
  });
}
