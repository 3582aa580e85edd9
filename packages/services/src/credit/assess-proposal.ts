/**
 * A proposal measured against the law, in the context of its case: the domain's eligibility rules
 * (失信规定, 限高规定, 执行程序解释 arts. 23–24) fed with what the case record says.
 */
import type { CreditProposal } from '@zhixing/contracts';
import type { CaseRow, CreditDecisionRow, PartyRow } from '@zhixing/db';
import {
  addMonths,
  assessConsumptionRestriction,
  assessExitRestriction,
  assessListing,
  type CivilDate,
  type DomainProblem,
  type RestrictionSubject,
} from '@zhixing/domain';

export interface ProposalTerms {
  publishOn: CivilDate;
  expiresOn: CivilDate | null;
  periodYears: number | null;
  legalBasis: string;
  subjects: RestrictionSubject[];
}

export type ProposalAssessment = { eligible: true; terms: ProposalTerms; problems: readonly DomainProblem[] } | { eligible: false; problems: readonly DomainProblem[] };

const LIVE: ReadonlyArray<CreditDecisionRow['status']> = ['pendingApproval', 'inGrace', 'published'];

export interface ProposalContext {
  caseRow: CaseRow;
  debtor: PartyRow;
  /** The case's decisions other than the one being assessed. */
  decisions: readonly CreditDecisionRow[];
  decisionDate: CivilDate;
}

function debtorOf(party: PartyRow) {
  return { kind: party.kind, name: party.name, idNumber: party.id_number, creditCode: party.credit_code };
}

export function assessProposal(p: CreditProposal, c: ProposalContext): ProposalAssessment {
  const caseOpen = c.caseRow.stage !== 'closed';
  const noticeServed = c.caseRow.notice_served_on !== null;
  const live = (kind: CreditDecisionRow['kind']) => c.decisions.some((d) => d.kind === kind && d.debtor_party_id === c.debtor.id && LIVE.includes(d.status));
  const debtor = debtorOf(c.debtor);
  if (p.kind === 'dishonestListing') {
    const barred = c.decisions
      .filter((d) => d.kind === 'dishonestListing' && d.debtor_party_id === c.debtor.id && d.relist_barred_until)
      .map((d) => d.relist_barred_until!)
      .sort()
      .at(-1);
    const e = assessListing({
      ground: p.ground,
      debtor,
      decisionDate: c.decisionDate,
      gracePeriodMonths: p.gracePeriodMonths,
      extensionYears: p.extensionYears,
      aggravation: p.aggravation,
      attestations: p.attestations,
      caseOpen,
      noticeServed,
      alreadyListed: live('dishonestListing'),
      consumptionRestricted: live('consumptionRestriction'),
      relistBarredUntil: barred ?? null,
      onApplicantRequest: p.onApplicantRequest,
    });
    if (!e.eligible) return e;
    return { eligible: true, problems: [], terms: { ...e.terms, subjects: [{ role: 'debtor', ...debtor }] } };
  }
  if (p.kind === 'consumptionRestriction') {
    const e = assessConsumptionRestriction({ debtor, boundPersons: p.boundPersons, decisionDate: c.decisionDate, caseOpen, noticeServed, alreadyRestricted: live('consumptionRestriction') });
    if (!e.eligible) return e;
    const publishOn = p.gracePeriodMonths > 0 ? addMonths(c.decisionDate, p.gracePeriodMonths) : c.decisionDate;
    return { eligible: true, problems: [], terms: { publishOn, expiresOn: null, periodYears: null, legalBasis: e.terms.legalBasis, subjects: [...e.terms.subjects] } };
  }
  const e = assessExitRestriction({
    debtor,
    subjects: p.subjects,
    decisionDate: c.decisionDate,
    caseOpen,
    onApplicantRequest: p.onApplicantRequest,
    exOfficioReason: p.exOfficioReason,
  });
  if (!e.eligible) return e;
  return { eligible: true, problems: [], terms: { publishOn: c.decisionDate, expiresOn: null, periodYears: null, legalBasis: e.terms.legalBasis, subjects: [...e.terms.subjects] } };
}
