/**
 * Makes the distribution plan for proceeds held in the case account (参与分配; 民诉法解释 art. 509:
 * the court makes the plan and serves it on every creditor and the debtor). The domain computes it
 * (arts. 508, 514: costs, priority claims, ordinary claims pro rata or by seizure order; exact to
 * the fen); the document is built, stored byte for byte among the case's documents and numbered
 * with the case's next number; the plan and its event are written in one transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { findCourt, insertCaseDocuments, insertDistributionPlan, listParties, nextDocumentOrdinal } from '@zhixing/db';
import { formatYuan, planDistribution, type DistributionDebtorKind } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { unwrapRule } from '../domain-errors.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { documentNumberOf } from '../credit/document-number.js';
import { buildDistributionPlanDocx, type DebtorParty } from '../documents/index.js';
import { loadFundsCase, refuse } from '../funds/funds-case.js';
import { planView, type StoredLine } from './plan-view.js';

export interface PlanRequest {
  proceedsSource: string;
  amountFen: number;
  costsFen: number;
  debtorKind: DistributionDebtorKind;
  claims: Array<{ creditor: string; basis?: string | undefined; amountFen: number; priority?: { rank: number; since: string; note: string } | undefined; seizureOrder?: number | undefined }>;
}

const DEBTOR_KIND_ZH: Readonly<Record<DistributionDebtorKind, string>> = { naturalPerson: '自然人', otherOrganisation: '其他组织', enterprise: '企业法人' };
const LEGAL_BASIS = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零六条至第五百一十条、第五百一十四条';

export async function makeDistributionPlan(ctx: ServiceContext, actor: Actor, caseId: string, r: PlanRequest) {
  requireRole(actor, ['judge', 'officer']);
  const day = today(ctx.clock);
  const now = ctx.clock.now();
  const calendar = await ctx.calendar();
  return ctx.database.db.transaction().execute(async (trx) => {
    const fc = await loadFundsCase(trx, actor, caseId, { lock: true });
    if (r.amountFen > fc.availableFen) {
      throw refuse('FUNDS_INSUFFICIENT', `案款可用余额 ${formatYuan(fc.availableFen)}，少于拟分配的 ${formatYuan(r.amountFen)}`, `Only ${formatYuan(fc.availableFen)} is available in the case account`, { availableFen: fc.availableFen });
    }
    const parties = await listParties(trx, caseId);
    const debtorRow = parties.find((p) => p.party_role === 'debtor');
    // 民诉法解释 art. 506: 参与分配 is against a natural person or another organisation; an enterprise is art. 514.
    if (debtorRow && (debtorRow.kind === 'person') !== (r.debtorKind === 'naturalPerson')) {
      throw refuse('DISTRIBUTION_DEBTOR_KIND_MISMATCH', `被执行人${debtorRow.name}是${debtorRow.kind === 'person' ? '自然人' : '组织'}，与所选被执行人类型（${DEBTOR_KIND_ZH[r.debtorKind]}）不符`, `The debtor ${debtorRow.name} is ${debtorRow.kind === 'person' ? 'a natural person' : 'an organisation'}: the debtor kind ${r.debtorKind} does not fit`);
    }
    const noBasis = r.claims.findIndex((c) => !c.priority && !c.basis);
    if (noBasis >= 0) {
      throw refuse('DISTRIBUTION_BASIS_MISSING', `普通债权人${r.claims[noBasis]!.creditor}须有执行依据（民诉法解释第五百零六条第一款）`, `The ordinary creditor ${r.claims[noBasis]!.creditor} needs an enforcement basis (民诉法解释 art. 506 ¶1)`, { claimIndex: noBasis });
    }
    const plan = unwrapRule(
      planDistribution({
        amount: r.amountFen,
        costs: r.costsFen,
        debtorKind: r.debtorKind,
        claims: r.claims.map((c, i) => ({
          id: String(i),
          amount: c.amountFen,
          ...(c.priority ? { priority: { rank: c.priority.rank, since: c.priority.since as never } } : {}),
          ...(c.seizureOrder !== undefined ? { seizureOrder: c.seizureOrder } : {}),
          ...(c.basis ? { basis: c.basis } : {}),
        })),
      }),
    );
    const lines: StoredLine[] = plan.lines.map((l) => {
      const index = l.claimId === null ? null : Number(l.claimId);
      return { claimIndex: index, creditor: index === null ? '执行费用' : r.claims[index]!.creditor, tier: l.tier, owedFen: l.owed, paidFen: l.paid, shortfallFen: l.shortfall };
    });
    const debtor: DebtorParty =
      debtorRow?.kind === 'organisation'
        ? { kind: 'organisation', name: debtorRow.name, creditCode: debtorRow.credit_code ?? '', ...(debtorRow.legal_representative ? { legalRepresentative: debtorRow.legal_representative } : {}) }
        : { kind: 'person', name: debtorRow?.name ?? '', idNumberMasked: debtorRow?.id_number_masked ?? '' };
    const number = documentNumberOf(fc.caseRow.case_number, await nextDocumentOrdinal(trx, caseId));
    const court = await findCourt(trx, fc.caseRow.court_id);
    const content = await buildDistributionPlanDocx({
      courtName: court?.name ?? fc.caseRow.court_id,
      caseNumber: fc.caseRow.case_number,
      documentNumber: number,
      decisionDate: day,
      debtor,
      proceedsSource: r.proceedsSource,
      amountFen: r.amountFen,
      debtorKindZh: DEBTOR_KIND_ZH[r.debtorKind],
      lines: lines.map((l) => {
        const claim = l.claimIndex === null ? undefined : r.claims[l.claimIndex];
        return {
          tier: l.tier,
          creditor: l.creditor,
          ...(claim?.basis ? { basis: claim.basis } : {}),
          ...(claim?.priority ? { priorityNote: `${claim.priority.note}（${claim.priority.since}）` } : {}),
          owedFen: l.owedFen,
          paidFen: l.paidFen,
        };
      }),
      surplusFen: plan.surplus,
      legalBasis: LEGAL_BASIS,
    });
    const documentId = randomUUID();
    await insertCaseDocuments(trx, [
      { id: documentId, court_id: fc.caseRow.court_id, case_id: caseId, kind: 'distributionPlan', number, issued_on: day, title: '财产分配方案', sha256: createHash('sha256').update(content).digest('hex'), content, control_id: null, institution_id: null, created_by: actor.userId, created_at: now },
    ]);
    const row = {
      id: randomUUID(),
      court_id: fc.caseRow.court_id,
      case_id: caseId,
      number,
      proceeds_source: r.proceedsSource,
      amount_fen: r.amountFen,
      costs_fen: r.costsFen,
      debtor_kind: r.debtorKind,
      claims: JSON.stringify(r.claims),
      lines: JSON.stringify(lines),
      surplus_fen: plan.surplus,
      document_id: documentId,
      created_by: actor.userId,
      created_at: now,
    };
    await insertDistributionPlan(trx, row);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: fc.caseRow.court_id,
      caseId,
      action: 'distributionPlanMade',
      after: { planId: row.id, number, amountFen: r.amountFen, costsFen: r.costsFen, debtorKind: r.debtorKind, creditors: r.claims.length, surplusFen: plan.surplus },
      legalBasis: LEGAL_BASIS,
      summaryZh: `制作财产分配方案（${number}）：分配 ${formatYuan(r.amountFen)}，债权人 ${r.claims.length} 名`,
      summaryEn: `Distribution plan made (${number}): ${formatYuan(r.amountFen)} among ${r.claims.length} creditor(s)`,
    });
    return planView({ ...row, claims: r.claims, lines, services: [] }, calendar, day, parties.filter((x) => x.party_role === 'debtor').map((x) => x.name));
  });
}
