import { AppError, invalidField } from '@zhixing/contracts';
import { findParty, listCaseCreditDecisions, lockCase, type Executor } from '@zhixing/db';
import type { Actor } from '../context.js';
import { requireCourtInScope } from '../scope.js';

/** The case (locked), its debtor party and its decisions, for a proposal in the actor's court. */
export async function loadCreditCase(trx: Executor, actor: Actor, caseId: string, debtorPartyId: string) {
  const caseRow = await lockCase(trx, caseId);
  if (!caseRow) throw new AppError('NOT_FOUND');
  await requireCourtInScope(trx, actor, caseRow.court_id);
  const debtor = await findParty(trx, caseId, debtorPartyId);
  if (debtor?.party_role !== 'debtor') {
    throw invalidField('debtorPartyId', '所选当事人不是本案被执行人', 'not a debtor of this case');
  }
  const decisions = await listCaseCreditDecisions(trx, caseId);
  return { caseRow, debtor, decisions };
}
