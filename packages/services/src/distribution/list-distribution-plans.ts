import { CASE_READER_ROLES } from '@zhixing/contracts';
import { listDistributionPlans, listParties } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { loadFundsCase } from '../funds/funds-case.js';
import { planView } from './plan-view.js';

/** The case's distribution plans, each with every party's periods (民诉法解释 arts. 509–510). */
export async function listCaseDistributionPlans(ctx: ServiceContext, actor: Actor, caseId: string) {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  await loadFundsCase(db, actor, caseId);
  const [plans, calendar] = await Promise.all([listDistributionPlans(db, caseId), ctx.calendar()]);
  const day = today(ctx.clock);
  const debtors = (await listParties(db, caseId)).filter((x) => x.party_role === 'debtor').map((x) => x.name);
  return { plans: plans.map((p) => planView(p, calendar, day, debtors)) };
}
