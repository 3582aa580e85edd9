import { AppError, invalidField } from '@zhixing/contracts';
import { findCase, findParty, listCaseCreditDecisions, lockCase, type Executor } from '@zhixing/db';
import type { Actor } from '../context.js';
import { requireCourtInScope } from '../scope.js';

/**
 * The case, its debtor party and its decisions, for a proposal in the actor's court. A proposal
 * locks the case row (two proposals cannot both pass the "not yet listed" rule); the eligibility
 * preview, asked while the form is being filled in, only reads.
 */
export async function loadCreditCase(db: Executor, actor: Actor, caseId: string, debtorPartyId: string, options: { lock: boolean }) {
  const caseRow = options.lock ? await lockCase(db, caseId) : await findCase(db, caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, caseRow.court_id);
  const debtor = await findParty(db, caseId, debtorPartyId);
  if (debtor?.party_role !== 'debtor') {
    throw invalidField('debtorPartyId', '所选当事人不是本案被执行人', 'not a debtor of this case');
  }
  const decisions = await listCaseCreditDecisions(db, caseId);
  return { caseRow, debtor, decisions };
}
