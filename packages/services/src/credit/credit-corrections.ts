import { randomUUID } from 'node:crypto';
import { AppError } from '@zhixing/contracts';
import { appendFeed, listCreditSubjects, resolveWarning } from '@zhixing/db';
import { removeEntries } from './feed-entries.js';
import { correctionView, type Correction } from './correction-view.js';
import {
  CORRECTION_GROUND_LABELS,
  correctionFixDueOn,
  correctionReviewDueOn,
  exitReconsiderationApplyBy,
  exitReconsiderationDecideBy,
  reconsiderationApplyBy,
  reconsiderationDecideBy,
  type CivilDate,
  type CorrectionGround,
} from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole, scopedCourtIds } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';

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
  return (await correctionView(db, [row], todayDate))[0]!;
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
    // A dismissed correction may go to the higher court; a reconsideration decision is final.
    const applyBy = input.grant || c.kind === 'reconsideration' ? null : reconsiderationApplyBy(todayDate, calendar).dueDate;
    await resolveWarning(trx, (await trx.selectFrom('credit_decisions').select('case_id').where('id', '=', c.decision_id).executeTakeFirstOrThrow()).case_id, 'creditCorrectionOverdue', `creditCorrection:${id}`, todayDate);
    const updated = await trx
      .updateTable('credit_corrections')
      .set({ status: input.grant ? 'granted' : 'dismissed', decided_on: todayDate, decided_by: actor.userId, decision_note: input.note, fix_due_on: fixDueOn, reconsideration_apply_by: applyBy })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const d = (await trx.selectFrom('credit_decisions').selectAll().where('id', '=', c.decision_id).executeTakeFirst())!;
    const inForce = d.status === 'published' || d.status === 'inGrace';
    if (input.grant && inForce && d.kind === 'exitRestriction') {
      // The higher court quashes the restriction itself: it ends now, and every check allows.
      const now = ctx.clock.now();
      await trx
        .updateTable('credit_decisions')
        .set((eb) => ({ status: 'removed', removal_ground: 'reconsiderationGranted', removal_arisen_on: todayDate, removal_due_on: todayDate, removal_note: input.note, removed_at: now, removed_by: actor.userId, version: eb('version', '+', 1) }))
        .where('id', '=', d.id)
        .execute();
      if (d.status === 'published') await appendFeed(trx, now, removeEntries(d, (await listCreditSubjects(trx, [d.id])).filter((s) => s.lifted_at === null), 'reconsiderationGranted'));
    } else if (input.grant && inForce && c.ground !== 'inaccurateInformation') {
      // The entry must come off within 3 working days: the removal is due and followed like any
      // other (list page, supervisors' warnings), and the handler records it (art. 9 / art. 12).
      const ground = c.ground === 'shouldNotBeListed' ? 'wronglyListed' : 'correctionGranted';
      await trx.updateTable('credit_decisions').set({ removal_ground: ground, removal_arisen_on: todayDate, removal_due_on: fixDueOn }).where('id', '=', d.id).execute();
    }
    await recordEvent(trx, ctx.clock, actor, {
      courtId: c.court_id,
      caseId: d.case_id,
      action: 'decideCorrection',
      after: { correctionId: id, grant: input.grant, note: input.note, fixDueOn, reconsiderationApplyBy: applyBy },
      legalBasis: '最高人民法院关于公布失信被执行人名单信息的若干规定第十二条',
      summaryZh: c.kind === 'reconsideration' ? (input.grant ? `上一级法院复议：撤销，应于 ${fixDueOn} 前删除或解除` : '上一级法院复议：驳回') : input.grant ? `纠正申请理由成立，应于 ${fixDueOn} 前纠正` : `驳回纠正申请，申请人可于 ${applyBy} 前向上一级法院申请复议`,
      summaryEn: c.kind === 'reconsideration' ? (input.grant ? `Reconsideration by the higher court: quashed; to be removed by ${fixDueOn}` : 'Reconsideration by the higher court: dismissed') : input.grant ? `Correction request granted; to be corrected by ${fixDueOn}` : `Correction request dismissed; reconsideration may be sought by ${applyBy}`,
    });
    return updated;
  });
  return (await correctionView(db, [row], todayDate))[0]!;
}

/**
 * An application for reconsideration to the next-higher court, which decides within 15 days; the
 * decision stays in force meanwhile. Of a dismissed correction: within 10 days of the dismissal
 * (失信规定 art. 12). Of an exit restriction: within 10 days of receiving it (异议复议规定 art. 9;
 * the signing day stands in for receipt, the platform does not record service of the decision).
 */
export async function fileReconsideration(ctx: ServiceContext, actor: Actor, decisionId: string, input: { applicantName: string; reason: string; receivedOn: CivilDate; correctionId: string | null }): Promise<Correction> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const calendar = await ctx.calendar();
  if (input.receivedOn > todayDate) throw new AppError('VALIDATION_FAILED', { zh: 'receivedOn：收到日期不能晚于今天', en: 'receivedOn: the date received cannot be after today', details: { issues: [{ in: 'body', path: ['receivedOn'], messageZh: '收到日期不能晚于今天', messageEn: 'cannot be after today' }] } });
  const row = await db.transaction().execute(async (trx) => {
    // Locked, so two clerks registering at once cannot both get past the duplicate check below.
    const d = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', decisionId).forUpdate().executeTakeFirst();
    if (!d) throw new AppError('NOT_FOUND');
    // Only a decision in force can be reconsidered: a removed, refused or unsigned one binds nobody.
    if (d.status !== 'published' && d.status !== 'inGrace') {
      throw new AppError('RULE_VIOLATION', { zh: '该决定未生效或已删除、解除，无需复议', en: 'The decision is not in force (unsigned, refused, deleted or lifted): there is nothing to reconsider', details: { rule: 'RECONSIDERATION_DECISION_NOT_IN_FORCE', status: d.status } });
    }
    const court = await trx.selectFrom('courts').select(['id', 'parent_id']).where('id', '=', d.court_id).executeTakeFirstOrThrow();
    const higher = court.parent_id;
    if (!higher) throw new AppError('RULE_VIOLATION', { zh: '作出决定的法院没有上一级法院', en: 'The deciding court has no higher court on the platform', details: { rule: 'RECONSIDERATION_NO_HIGHER_COURT' } });
    // Registered at the deciding court's counter or the higher court's.
    const visible = await scopedCourtIds(trx, actor);
    if (!visible.includes(d.court_id) && !visible.includes(higher)) throw new AppError('OUT_OF_COURT_SCOPE');
    let applyBy: CivilDate;
    let ground: string;
    let parentId: string | null = null;
    if (d.kind === 'dishonestListing') {
      const parent = input.correctionId ? await trx.selectFrom('credit_corrections').selectAll().where('id', '=', input.correctionId).where('decision_id', '=', d.id).executeTakeFirst() : undefined;
      if (parent?.status !== 'dismissed' || !parent.reconsideration_apply_by) {
        throw new AppError('RULE_VIOLATION', { zh: '对失信名单的复议须针对已被驳回的纠正申请（失信规定第十二条）', en: 'Reconsideration of a listing follows a dismissed correction request (失信规定 art. 12)', details: { rule: 'RECONSIDERATION_NEEDS_DISMISSED_CORRECTION' } });
      }
      applyBy = parent.reconsideration_apply_by;
      ground = parent.ground;
      parentId = parent.id;
    } else if (d.kind === 'exitRestriction') {
      applyBy = exitReconsiderationApplyBy(d.decision_date, calendar).dueDate;
      ground = 'exitRestriction';
    } else {
      throw new AppError('RULE_VIOLATION', { zh: '限制消费令不适用此复议程序', en: 'This reconsideration does not apply to a consumption restriction', details: { rule: 'RECONSIDERATION_NOT_FOR_KIND' } });
    }
    // One reconsideration per dismissed correction: the higher court's decision on it is final
    // (失信规定 art. 12). Of an exit restriction: not a second while one is pending.
    const earlier = await trx
      .selectFrom('credit_corrections')
      .select(['id', 'status'])
      .where('kind', '=', 'reconsideration')
      .where('decision_id', '=', d.id)
      .$if(parentId !== null, (q) => q.where('parent_id', '=', parentId))
      .$if(parentId === null, (q) => q.where('status', '=', 'pending'))
      .executeTakeFirst();
    if (earlier) throw new AppError('RECONSIDERATION_ALREADY_FILED', { details: { reconsiderationId: earlier.id, status: earlier.status } });
    if (input.receivedOn > applyBy) {
      throw new AppError('RULE_VIOLATION', { zh: `复议申请期限已于 ${applyBy} 届满`, en: `The time to apply for reconsideration ended on ${applyBy}`, details: { rule: 'RECONSIDERATION_LATE', applyBy } });
    }
    const id = randomUUID();
    const decideBy = (d.kind === 'exitRestriction' ? exitReconsiderationDecideBy(input.receivedOn, calendar) : reconsiderationDecideBy(input.receivedOn, calendar)).dueDate;
    const inserted = await trx
      .insertInto('credit_corrections')
      .values({ id, kind: 'reconsideration', parent_id: parentId, court_id: higher, decision_id: d.id, applicant_name: input.applicantName, ground, reason: input.reason, received_on: input.receivedOn, review_due_on: decideBy, status: 'pending', decided_on: null, decided_by: null, decision_note: null, fix_due_on: null, reconsideration_apply_by: null })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'fileReconsideration',
      after: { reconsiderationId: id, decisionId: d.id, higherCourtId: higher, applicantName: input.applicantName, receivedOn: input.receivedOn, decideBy },
      legalBasis: d.kind === 'exitRestriction' ? '最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定第九条' : '最高人民法院关于公布失信被执行人名单信息的若干规定第十二条',
      summaryZh: `${input.applicantName}向上一级法院申请复议，应于 ${decideBy} 前作出决定；复议期间不停止执行`,
      summaryEn: `${input.applicantName} applied to the higher court for reconsideration, to be decided by ${decideBy}; the decision stays in force meanwhile`,
    });
    return inserted;
  });
  return (await correctionView(db, [row], todayDate))[0]!;
}
