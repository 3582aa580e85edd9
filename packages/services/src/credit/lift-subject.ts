import { AppError } from '@zhixing/contracts';
import { appendFeed } from '@zhixing/db';
import { assessLifting, type SubjectRole } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { creditDecisionViews, type CreditDecisionView } from './credit-decision-view.js';
import { removeEntries } from './feed-entries.js';
import { loadDecisionForChange } from './load-decision.js';
import { refuseIneligible } from './refuse-ineligible.js';

/**
 * A former legal representative or principal officer, replaced for genuine business reasons and
 * neither actual controller nor directly responsible, is released from the company's restriction
 * (善意文明执行意见 para. 17(2)); the court then restricts the new one (a new proposal). Only this
 * person's measure leaves the index.
 */
export async function liftSubject(ctx: ServiceContext, actor: Actor, decisionId: string, subjectId: number, input: { ground: 'formerOfficerReplaced'; note: string; expectedVersion: number }): Promise<CreditDecisionView> {
  requireRole(actor, ['judge', 'officer', 'president']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const row = await db.transaction().execute(async (trx) => {
    const d = await loadDecisionForChange(trx, actor, decisionId, input.expectedVersion);
    if (d.kind !== 'consumptionRestriction' || (d.status !== 'published' && d.status !== 'inGrace')) {
      throw new AppError('RULE_VIOLATION', { zh: '只能从生效的限制消费令中解除个人', en: 'A person is released from a consumption restriction in force only', details: { rule: 'CREDIT_DECISION_NOT_IN_FORCE', status: d.status } });
    }
    const subject = await trx.selectFrom('credit_subjects').selectAll().where('id', '=', subjectId).where('decision_id', '=', decisionId).executeTakeFirst();
    if (!subject || subject.lifted_at) throw new AppError('NOT_FOUND');
    const terms = refuseIneligible(assessLifting({ ground: input.ground, role: subject.role as SubjectRole }));
    const now = ctx.clock.now();
    await trx.updateTable('credit_subjects').set({ lifted_at: now, lift_ground: input.ground }).where('id', '=', subjectId).execute();
    await trx.updateTable('credit_decisions').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', decisionId).execute();
    if (d.status === 'published') await appendFeed(trx, now, removeEntries(d, [subject], input.ground));
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'liftSubject',
      after: { decisionId, subjectId, role: subject.role, name: subject.name, ground: input.ground, note: input.note, restrictSuccessor: terms.restrictSuccessor },
      legalBasis: terms.legalBasis,
      summaryZh: `解除${subject.name}（原法定代表人/主要负责人）的限制消费，应对现任人员另行限制（${d.document_number}）`,
      summaryEn: `Released ${subject.name} (former officer) from the restriction; the successor is to be restricted instead (${d.document_number})`,
    });
    return trx.selectFrom('credit_decisions').selectAll().where('id', '=', decisionId).executeTakeFirstOrThrow();
  });
  const [view] = await creditDecisionViews(db, [row], todayDate);
  return view!;
}
