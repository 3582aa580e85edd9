import type { CreditProposal } from '@zhixing/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { assessProposal } from './assess-proposal.js';
import { loadCreditCase } from './load-credit-case.js';

/** The console shows, before submission, every reason the law would refuse the proposal (issue 3). */
export async function checkCreditEligibility(ctx: ServiceContext, actor: Actor, caseId: string, p: CreditProposal) {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president']);
  const decisionDate = today(ctx.clock);
  const loaded = await loadCreditCase(ctx.database.db, actor, caseId, p.debtorPartyId, { lock: false });
  const e = assessProposal(p, { ...loaded, decisionDate });
  const problems = e.problems.map((x) => ({ code: x.code, messageZh: x.messageZh, messageEn: x.messageEn }));
  if (!e.eligible) return { eligible: false, problems, terms: null };
  const { publishOn, expiresOn, periodYears, legalBasis } = e.terms;
  return { eligible: true, problems, terms: { publishOn, expiresOn, periodYears, legalBasis } };
}
