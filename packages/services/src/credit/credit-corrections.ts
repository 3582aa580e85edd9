import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { AppError, type zCorrection } from '@zhixing/contracts';
import type { CreditCorrectionsTable, Executor } from '@zhixing/db';
import type { Selectable } from 'kysely';
import { CORRECTION_GROUND_LABELS, correctionFixDueOn, correctionReviewDueOn, diffDays, reconsiderationApplyBy, type CivilDate, type CorrectionGround } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole, scopedCourtIds } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';

type Correction = z.infer<typeof zCorrection>;

async function view(db: Executor, rows: ReadonlyArray<Selectable<CreditCorrectionsTable>>, todayDate: CivilDate): Promise<Correction[]> {
  if (rows.length === 0) return [];
  const decisions = await db
    .selectFrom('credit_decisions as d')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select(['d.id', 'd.case_id', 'd.document_number', 'k.case_number'])
    .where('d.id', 'in', rows.map((r) => r.decision_id))
    .execute();
  return rows.map((r) => {
    const d = decisions.find((x) => x.id === r.decision_id)!;
    return {
      id: r.id,
      decisionId: r.decision_id,
      courtId: r.court_id,
      caseId: d.case_id,
      caseNumber: d.case_number,
      documentNumber: d.document_number,
      applicantName: r.applicant_name,
      ground: r.ground as CorrectionGround,
      reason: r.reason,
      receivedOn: r.received_on,
      reviewDueOn: r.review_due_on,
      daysLeft: diffDays(todayDate, r.review_due_on),
      status: r.status,
      decidedOn: r.decided_on,
      decisionNote: r.decision_note,
      fixDueOn: r.fix_due_on,
      reconsiderationApplyBy: r.reconsideration_apply_by,
    };
  });
}

/** A written correction request (失信规定 art. 11), registered with its 15-day review limit (art. 12). */
export async function fileCorrection(ctx: ServiceContext, actor: Actor, decisionId: string, input: { applicantName: string; ground: CorrectionGround; reason: string; receivedOn: CivilDate }): Promise<Correction> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  if (input.receivedOn > todayDate) throw new AppError('VALIDATION_FAILED', { zh: 'receivedOn：收到日期不能晚于今天', en: 'receivedOn: the date received cannot be after today', details: { issues: [{ in: 'body', path: ['receivedOn'], messageZh: '收到日期不能晚于今天', messageEn: 'cannot be after today' }] } });
  const calendar = await ctx.calendar();
  const row = await db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', decisionId).executeTakeFirst();
    if (!d) throw new AppError('NOT_FOUND');
    await requireCourtInScope(trx, actor, d.court_id);
    if (d.kind !== 'dishonestListing') throw new AppError('RULE_VIOLATION', { zh: '纠正申请针对失信名单信息', en: 'A correction request concerns a dishonest-list entry', details: { rule: 'CORRECTION_NOT_A_LISTING' } });
    const id = randomUUID();
    const inserted = await trx
      .insertInto('credit_corrections')
      .values({ id, court_id: d.court_id, decision_id: d.id, applicant_name: input.applicantName, ground: input.ground, reason: input.reason, received_on: input.receivedOn, review_due_on: correctionReviewDueOn(input.receivedOn, calendar).dueDate, status: 'pending', decided_on: null, decided_by: null, decision_note: null, fix_due_on: null, reconsideration_apply_by: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'fileCorrection',
      after: { correctionId: id, decisionId: d.id, applicantName: input.applicantName, ground: input.ground, receivedOn: input.receivedOn, reviewDueOn: inserted.review_due_on },
      legalBasis: '最高人民法院关于公布失信被执行人名单信息的若干规定第十一条、第十二条',
      summaryZh: `收到${input.applicantName}的纠正申请（${CORRECTION_GROUND_LABELS[input.ground].zh}），应于 ${inserted.review_due_on} 前审查`,
      summaryEn: `Correction request from ${input.applicantName} (${input.ground}); review due by ${inserted.review_due_on}`,
    });
    return inserted;
  });
  return (await view(db, [row], todayDate))[0]!;
}

/**
 * Grant: the entry must be corrected or deleted within 3 working days — for a wrongly listed or
 * deletable entry the decision gets that removal due date, so the list page and the supervisors'
 * warnings follow it. Dismiss: the applicant may seek reconsideration within 10 days (art. 12).
 */
export async function decideCorrection(ctx: ServiceContext, actor: Actor, id: string, input: { grant: boolean; note: string }): Promise<Correction> {
  requireRole(actor, ['judge', 'officer', 'president']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const calendar = await ctx.calendar();
  const row = await db.transaction().execute(async (trx) => {
    const c = await trx.selectFrom('credit_corrections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!c) throw new AppError('NOT_FOUND');
    await requireCourtInScope(trx, actor, c.court_id);
    if (c.status !== 'pending') throw new AppError('RULE_VIOLATION', { zh: '该纠正申请已审查', en: 'This correction request has been decided', details: { rule: 'CORRECTION_ALREADY_DECIDED', status: c.status } });
    const fixDueOn = input.grant ? correctionFixDueOn(todayDate, calendar).dueDate : null;
    const applyBy = input.grant ? null : reconsiderationApplyBy(todayDate, calendar).dueDate;
    const updated = await trx
      .updateTable('credit_corrections')
      .set({ status: input.grant ? 'granted' : 'dismissed', decided_on: todayDate, decided_by: actor.userId, decision_note: input.note, fix_due_on: fixDueOn, reconsideration_apply_by: applyBy })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const d = (await trx.selectFrom('credit_decisions').selectAll().where('id', '=', c.decision_id).executeTakeFirst())!;
    if (input.grant && c.ground !== 'inaccurateInformation' && (d.status === 'published' || d.status === 'inGrace')) {
      await trx
        .updateTable('credit_decisions')
        .set({ removal_ground: c.ground === 'shouldNotBeListed' ? 'wronglyListed' : 'correctionGranted', removal_arisen_on: todayDate, removal_due_on: fixDueOn })
        .where('id', '=', d.id)
        .execute();
    }
    await recordEvent(trx, ctx.clock, actor, {
      courtId: c.court_id,
      caseId: d.case_id,
      action: 'decideCorrection',
      after: { correctionId: id, grant: input.grant, note: input.note, fixDueOn, reconsiderationApplyBy: applyBy },
      legalBasis: '最高人民法院关于公布失信被执行人名单信息的若干规定第十二条',
      summaryZh: input.grant ? `纠正申请理由成立，应于 ${fixDueOn} 前纠正` : `驳回纠正申请，申请人可于 ${applyBy} 前向上一级法院申请复议`,
      summaryEn: input.grant ? `Correction request granted; to be corrected by ${fixDueOn}` : `Correction request dismissed; reconsideration may be sought by ${applyBy}`,
    });
    return updated;
  });
  return (await view(db, [row], todayDate))[0]!;
}

export async function listCorrections(ctx: ServiceContext, actor: Actor, query: { courtId?: string | undefined; status?: 'pending' | 'granted' | 'dismissed' | undefined }) {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor']);
  const { db } = ctx.database;
  const courtIds = await scopedCourtIds(db, actor, query.courtId);
  let q = db.selectFrom('credit_corrections').selectAll().where('court_id', 'in', courtIds);
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q.orderBy('status', 'desc').orderBy('review_due_on').limit(500).execute();
  return { items: await view(db, rows, today(ctx.clock)) };
}
