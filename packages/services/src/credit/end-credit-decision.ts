import { AppError, invalidField } from '@zhixing/contracts';
import { appendFeed, listCreditSubjects, resolveWarning } from '@zhixing/db';
import {
  EXIT_LIFTING_GROUND_LABELS,
  LIFTING_GROUND_LABELS,
  assessExitLifting,
  isExitLiftingGround,
  MEASURE_KIND_LABELS,
  REMOVAL_GROUND_LABELS,
  assessLifting,
  assessRemoval,
  isLiftingGround,
  isRemovalGround,
  relistBarredUntil,
  removalDueDate,
  type ListingGround,
} from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { creditDecisionViews, type CreditDecisionView } from './credit-decision-view.js';
import { removeEntries } from './feed-entries.js';
import { loadDecisionForChange } from './load-decision.js';
import { refuseIneligible } from './refuse-ineligible.js';

export interface EndInput {
  ground: string;
  arisenOn: string;
  note: string;
  expectedVersion: number;
  inquiriesAfterTerminationForNow?: number | undefined;
}

/**
 * Deletes a listing (失信规定 arts. 9–10, within 3 working days of the ground) or lifts a
 * restriction (限高规定 art. 9; 执行程序解释 art. 25). The feed's removal entries commit with the
 * status change, so every index answers `allow` within its freshness window — or `review` if it
 * cannot catch up, never a stale `deny`.
 */
export async function endCreditDecision(ctx: ServiceContext, actor: Actor, id: string, input: EndInput): Promise<CreditDecisionView> {
  requireRole(actor, ['judge', 'officer', 'president']);
  const { db } = ctx.database;
  const todayDate = today(ctx.clock);
  const calendar = await ctx.calendar();
  const row = await db.transaction().execute(async (trx) => {
    const d = await loadDecisionForChange(trx, actor, id, input.expectedVersion);
    if (d.status !== 'published' && d.status !== 'inGrace') {
      throw new AppError('RULE_VIOLATION', { zh: '只有已签发的决定才能删除或解除', en: 'Only a signed decision can be deleted or lifted', details: { rule: 'CREDIT_DECISION_NOT_IN_FORCE', status: d.status } });
    }
    let dueOn: string;
    let legalBasis: string;
    let groundZh: string;
    let groundEn: string;
    let relist: string | null = null;
    if (d.kind === 'dishonestListing') {
      if (!isRemovalGround(input.ground)) throw invalidField('ground', '不是删除失信信息的法定事由', 'not a ground for deleting a listing');
      const terms = refuseIneligible(
        assessRemoval({
          ground: input.ground,
          listingGround: d.ground as ListingGround,
          expiresOn: d.expires_on,
          arisenOn: input.arisenOn,
          today: todayDate,
          inquiriesAfterTerminationForNow: input.inquiriesAfterTerminationForNow ?? 0,
        }),
      );
      dueOn = removalDueDate(terms.countsFrom, calendar).dueDate;
      legalBasis = terms.legalBasis;
      groundZh = REMOVAL_GROUND_LABELS[input.ground].zh;
      groundEn = REMOVAL_GROUND_LABELS[input.ground].en;
      relist = relistBarredUntil(input.ground, todayDate);
    } else if (d.kind === 'exitRestriction') {
      if (!isExitLiftingGround(input.ground)) throw invalidField('ground', '不是解除限制出境的法定事由', 'not a ground for lifting an exit restriction');
      const terms = refuseIneligible(assessExitLifting({ ground: input.ground }));
      dueOn = todayDate;
      legalBasis = terms.legalBasis;
      groundZh = EXIT_LIFTING_GROUND_LABELS[input.ground].zh;
      groundEn = EXIT_LIFTING_GROUND_LABELS[input.ground].en;
    } else {
      if (!isLiftingGround(input.ground)) throw invalidField('ground', '不是解除限制消费的法定事由', 'not a ground for lifting a consumption restriction');
      const listed =
        (await trx.selectFrom('credit_decisions').select('id').where('case_id', '=', d.case_id).where('debtor_party_id', '=', d.debtor_party_id).where('kind', '=', 'dishonestListing').where('status', 'in', ['inGrace', 'published']).execute()).length > 0;
      const terms = refuseIneligible(assessLifting({ ground: input.ground, role: 'debtor', debtorListed: listed }));
      dueOn = todayDate;
      legalBasis = terms.legalBasis;
      groundZh = LIFTING_GROUND_LABELS[input.ground].zh;
      groundEn = LIFTING_GROUND_LABELS[input.ground].en;
    }
    const now = ctx.clock.now();
    await trx
      .updateTable('credit_decisions')
      .set({
        status: 'removed',
        removal_ground: input.ground,
        removal_arisen_on: input.arisenOn,
        removal_due_on: d.removal_due_on ?? dueOn,
        removal_note: input.note,
        removed_at: now,
        removed_by: actor.userId,
        relist_barred_until: relist,
        version: d.version + 1,
      })
      .where('id', '=', id)
      .execute();
    await resolveWarning(trx, d.case_id, 'creditRemovalOverdue', `creditRemoval:${id}`, todayDate);
    if (d.status === 'published') {
      const subjects = (await listCreditSubjects(trx, [id])).filter((s) => s.lifted_at === null);
      await appendFeed(trx, now, removeEntries(d, subjects, input.ground));
    }
    const label = MEASURE_KIND_LABELS[d.kind];
    const verb = d.kind === 'dishonestListing' ? { zh: '删除', en: 'Deleted' } : { zh: '解除', en: 'Lifted' };
    await recordEvent(trx, ctx.clock, actor, {
      courtId: d.court_id,
      caseId: d.case_id,
      action: 'endCreditDecision',
      before: { status: d.status },
      after: { decisionId: id, ground: input.ground, arisenOn: input.arisenOn, dueOn: d.removal_due_on ?? dueOn, onTime: todayDate <= (d.removal_due_on ?? dueOn), note: input.note },
      legalBasis,
      summaryZh: `${verb.zh}${label.zh}（${d.document_number}）：${groundZh}`,
      summaryEn: `${verb.en} the ${label.en.toLowerCase()} (${d.document_number}): ${groundEn}`,
    });
    return trx.selectFrom('credit_decisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  });
  const [view] = await creditDecisionViews(db, [row], todayDate);
  return view!;
}
