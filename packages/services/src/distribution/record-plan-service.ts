/**
 * Records, for one creditor or the debtor, when the plan and the notices reached them and whether
 * they objected (民诉法解释 arts. 509–510): the periods follow from these dates, each its own.
 * Recorded again for the same party, the dates are replaced (a correction is an event too).
 */
import { AppError } from '@zhixing/contracts';
import { listParties, lockDistributionPlan, setDistributionServices } from '@zhixing/db';
import { compareCivil, distributionTimers } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { unwrapRule } from '../domain-errors.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { loadFundsCase, refuse } from '../funds/funds-case.js';
import { planView, type StoredService } from './plan-view.js';

export async function recordPlanService(ctx: ServiceContext, actor: Actor, caseId: string, planId: string, s: { party: string; planServedOn: string; objectionNoticeOn?: string | undefined; oppositionNoticeOn?: string | undefined; objected: boolean }) {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const day = today(ctx.clock);
  const calendar = await ctx.calendar();
  for (const [field, date] of [['planServedOn', s.planServedOn], ['objectionNoticeOn', s.objectionNoticeOn], ['oppositionNoticeOn', s.oppositionNoticeOn]] as const) {
    if (date !== undefined && compareCivil(date, day) > 0) throw refuse('DISTRIBUTION_DATE_IN_FUTURE', `${field}（${date}）晚于今天，不能预先登记`, `${field} (${date}) is after today`, { field });
  }
  // The domain checks the order of the dates (a notice cannot precede the plan).
  unwrapRule(distributionTimers(calendar, { plan: s.planServedOn, ...(s.objectionNoticeOn ? { objectionNotice: s.objectionNoticeOn } : {}), ...(s.oppositionNoticeOn ? { oppositionNotice: s.oppositionNoticeOn } : {}) }));
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    const plan = await lockDistributionPlan(trx, planId);
    if (!plan || plan.case_id !== caseId) throw new AppError('NOT_FOUND', { zh: '本案没有该分配方案', en: 'No such distribution plan in this case' });
    const entry: StoredService = { party: s.party, planServedOn: s.planServedOn, objectionNoticeOn: s.objectionNoticeOn ?? null, oppositionNoticeOn: s.oppositionNoticeOn ?? null, objected: s.objected };
    const services = (plan.services as StoredService[]).filter((x) => x.party !== s.party).concat(entry);
    await setDistributionServices(trx, planId, services);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'distributionPlanServed',
      after: { planId, ...entry },
      legalBasis: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零九条、第五百一十条',
      summaryZh: `登记分配方案（${plan.number}）向${s.party}送达：${s.planServedOn}${s.objected ? '，已提出书面异议' : ''}`,
      summaryEn: `Service of the distribution plan on ${s.party} recorded: ${s.planServedOn}${s.objected ? ' (objected)' : ''}`,
    });
    const debtors = (await listParties(trx, caseId)).filter((x) => x.party_role === 'debtor').map((x) => x.name);
    return planView({ ...plan, services }, calendar, day, debtors);
  });
}
