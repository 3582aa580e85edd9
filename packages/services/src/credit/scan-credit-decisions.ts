import { randomUUID } from 'node:crypto';
import { appendFeed, listCreditSubjects, openWarning } from '@zhixing/db';
import { MEASURE_KIND_LABELS, STAY_GROUND_LABELS, diffDays, isStayGround, removalDueDate, type ListingGround } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { removeEntries } from './feed-entries.js';
import { publishDecision } from './publish-decision.js';
import { stayRemovalReason } from './stay-removal-ground.js';

export interface CreditScanReport {
  published: number;
  expired: number;
  removalsDue: number;
  overdueRemovals: number;
  overdueCorrections: number;
}

/** Closing methods that are removal grounds (失信规定 art. 10 ¶1 items 1, 6, 7; 限高规定 art. 9). */
const CLOSING_GROUNDS: Readonly<Record<string, { listing: string; restriction: string }>> = {
  performed: { listing: 'performed', restriction: 'performedInFull' },
  notEnforced: { listing: 'notEnforced', restriction: 'performedInFull' },
  terminated: { listing: 'terminated', restriction: 'performedInFull' },
};

/**
 * The credit timers, run at midnight CST and at start-up (idempotent):
 * 1. a grace period that ends today publishes its decision (2019 善意文明执行意见);
 * 2. a listing whose period ended is deleted (失信规定 art. 10 ¶2) — by the system, on the day;
 * 3. a closed case's decisions get a removal due date, 3 working days from the closing (art. 10);
 *    so do the listings of a case stayed for trial supervision or bankruptcy (art. 10 ¶1 item 5);
 * 4. a removal past its due date is flagged to supervisors as a warning.
 */
export async function scanCreditDecisions(ctx: ServiceContext): Promise<CreditScanReport> {
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const calendar = await ctx.calendar();
  const report: CreditScanReport = { published: 0, expired: 0, removalsDue: 0, overdueRemovals: 0, overdueCorrections: 0 };

  const due = await db.selectFrom('credit_decisions').selectAll().where('status', '=', 'inGrace').where('publish_on', '<=', todayDate).execute();
  for (const d of due) {
    await db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', d.id).forUpdate().executeTakeFirst();
      if (current?.status !== 'inGrace') return;
      await publishDecision(trx, ctx.clock, null, current);
      report.published += 1;
    });
  }

  const expired = await db.selectFrom('credit_decisions').selectAll().where('status', '=', 'published').where('kind', '=', 'dishonestListing').where('expires_on', '<=', todayDate).execute();
  for (const d of expired) {
    await db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('credit_decisions').selectAll().where('id', '=', d.id).forUpdate().executeTakeFirst();
      if (current?.status !== 'published') return;
      const now = ctx.clock.now();
      await trx
        .updateTable('credit_decisions')
        .set((eb) => ({ status: 'removed', removal_ground: 'periodExpired', removal_arisen_on: current.expires_on, removal_due_on: current.expires_on && removalDueDate(current.expires_on, calendar).dueDate, removal_note: '纳入期限届满，系统自动删除', removed_at: now, version: eb('version', '+', 1) }))
        .where('id', '=', d.id)
        .execute();
      const subjects = (await listCreditSubjects(trx, [d.id])).filter((s) => s.lifted_at === null);
      await appendFeed(trx, now, removeEntries(current, subjects, 'periodExpired'));
      await recordEvent(trx, ctx.clock, null, {
        courtId: d.court_id,
        caseId: d.case_id,
        action: 'endCreditDecision',
        before: { status: 'published' },
        after: { decisionId: d.id, ground: 'periodExpired', arisenOn: current.expires_on, listingGround: current.ground as ListingGround },
        legalBasis: '最高人民法院关于公布失信被执行人名单信息的若干规定第十条第二款',
        summaryZh: `纳入期限届满，删除失信信息（${d.document_number}）`,
        summaryEn: `Listing period ended: deleted the listing (${d.document_number})`,
      });
      report.expired += 1;
    });
  }

  const closed = await db
    .selectFrom('credit_decisions as d')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select(['d.id', 'd.kind', 'k.closing_method', 'k.closed_on'])
    .where('d.status', 'in', ['published', 'inGrace'])
    .where('d.removal_due_on', 'is', null)
    .where('k.stage', '=', 'closed')
    .execute();
  for (const c of closed) {
    const grounds = c.closing_method ? CLOSING_GROUNDS[c.closing_method] : undefined;
    if (!grounds || !c.closed_on) continue;
    await db
      .updateTable('credit_decisions')
      .set({ removal_ground: c.kind === 'dishonestListing' ? grounds.listing : grounds.restriction, removal_arisen_on: c.closed_on, removal_due_on: removalDueDate(c.closed_on, calendar).dueDate })
      .where('id', '=', c.id)
      .where('removal_due_on', 'is', null)
      .execute();
    report.removalsDue += 1;
  }

  // 失信规定 (2017) art. 10 ¶1 item 5: a stay for trial supervision or bankruptcy deletes the
  // listings (not restrictions: 限高规定 art. 9 has no such ground), counted from the stay's date.
  const stayed = await db
    .selectFrom('credit_decisions as d')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select(['d.id', 'k.suspension'])
    .where('d.kind', '=', 'dishonestListing')
    .where('d.status', 'in', ['published', 'inGrace'])
    .where('d.removal_due_on', 'is', null)
    .where('k.stage', '!=', 'closed')
    .where('k.suspension', 'is not', null)
    .execute();
  for (const c of stayed) {
    const suspension = c.suspension as { kind?: string; since?: string; ground?: string; groundCode?: unknown };
    if (suspension.kind !== 'stay' || !suspension.since || !suspension.ground) continue;
    // The stay's statutory code decides; a stay stored without one is read from its text.
    const code = isStayGround(suspension.groundCode) ? suspension.groundCode : undefined;
    const reason = stayRemovalReason(suspension.ground, code);
    if (!reason) continue;
    const note = code ? `中止执行（${STAY_GROUND_LABELS[code].zh}）：${suspension.ground}` : `中止执行：${suspension.ground}`;
    await db
      .updateTable('credit_decisions')
      .set({ removal_ground: 'stayed', removal_arisen_on: suspension.since, removal_due_on: removalDueDate(suspension.since, calendar).dueDate, removal_note: note })
      .where('id', '=', c.id)
      .where('removal_due_on', 'is', null)
      .execute();
    report.removalsDue += 1;
  }

  const overdue = await db
    .selectFrom('credit_decisions')
    .selectAll()
    .where('status', 'in', ['published', 'inGrace'])
    .where('removal_due_on', '<', todayDate)
    .execute();
  for (const d of overdue) {
    const label = MEASURE_KIND_LABELS[d.kind];
    await openWarning(db, {
      id: randomUUID(),
      court_id: d.court_id,
      case_id: d.case_id,
      kind: 'creditRemovalOverdue',
      node: `creditRemoval:${d.id}`,
      due_date: d.removal_due_on,
      days: diffDays(d.removal_due_on!, todayDate),
      message_zh: `${label.zh}（${d.document_number}）应于 ${d.removal_due_on} 前删除或解除，已逾期`,
      message_en: `The ${label.en.toLowerCase()} (${d.document_number}) was due to be removed by ${d.removal_due_on} and is overdue`,
      detected_on: todayDate,
      resolved_on: null,
    });
    report.overdueRemovals += 1;
  }

  // 5. A correction request (or reconsideration) not decided within its 15 days (失信规定 art. 12).
  const late = await db
    .selectFrom('credit_corrections as c')
    .innerJoin('credit_decisions as d', 'd.id', 'c.decision_id')
    .select(['c.id', 'c.court_id', 'c.kind', 'c.review_due_on', 'c.applicant_name', 'd.case_id', 'd.document_number'])
    .where('c.status', '=', 'pending')
    .where('c.review_due_on', '<', todayDate)
    .execute();
  for (const c of late) {
    const what = c.kind === 'reconsideration' ? { zh: '复议申请', en: 'reconsideration application' } : { zh: '纠正申请', en: 'correction request' };
    await openWarning(db, {
      id: randomUUID(),
      court_id: c.court_id,
      case_id: c.case_id,
      kind: 'creditCorrectionOverdue',
      node: `creditCorrection:${c.id}`,
      due_date: c.review_due_on,
      days: diffDays(c.review_due_on, todayDate),
      message_zh: `${c.applicant_name}的${what.zh}（${c.document_number}）应于 ${c.review_due_on} 前审查，已逾期`,
      message_en: `The ${what.en} of ${c.applicant_name} (${c.document_number}) was due for review by ${c.review_due_on} and is overdue`,
      detected_on: todayDate,
      resolved_on: null,
    });
    report.overdueCorrections += 1;
  }
  return report;
}
