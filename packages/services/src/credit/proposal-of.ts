import type { CreditProposal } from '@zhixing/contracts';
import type { CreditDecisionRow, CreditSubjectRow } from '@zhixing/db';

type BoundRole = 'legalRepresentative' | 'principalOfficer' | 'responsiblePerson' | 'actualController' | 'statutoryAgent';

/** A stored decision as the proposal it was, so the law can be re-checked when it is signed. */
export function proposalOf(d: CreditDecisionRow, subjects: readonly CreditSubjectRow[]): CreditProposal {
  const bound = subjects.filter((s) => s.role !== 'debtor').map((s) => ({ role: s.role as BoundRole, name: s.name, idNumber: s.id_number ?? '' }));
  if (d.kind === 'dishonestListing') {
    const a = (d.attestations ?? {}) as Partial<Record<'securityProvided' | 'seizedPropertySufficient' | 'laterInPerformanceOrder', boolean>>;
    return {
      kind: 'dishonestListing',
      debtorPartyId: d.debtor_party_id,
      ground: d.ground as Extract<CreditProposal, { kind: 'dishonestListing' }>['ground'],
      facts: d.facts,
      gracePeriodMonths: d.grace_months,
      extensionYears: d.extension_years,
      aggravation: (d.aggravation ?? null) as Extract<CreditProposal, { kind: 'dishonestListing' }>['aggravation'],
      attestations: { securityProvided: a.securityProvided ?? false, seizedPropertySufficient: a.seizedPropertySufficient ?? false, laterInPerformanceOrder: a.laterInPerformanceOrder ?? false },
      onApplicantRequest: d.on_applicant_request,
    };
  }
  if (d.kind === 'consumptionRestriction') {
    return { kind: 'consumptionRestriction', debtorPartyId: d.debtor_party_id, facts: d.facts, gracePeriodMonths: d.grace_months, boundPersons: bound, onApplicantRequest: d.on_applicant_request };
  }
  return { kind: 'exitRestriction', debtorPartyId: d.debtor_party_id, facts: d.facts, subjects: bound, onApplicantRequest: d.on_applicant_request, exOfficioReason: d.ex_officio_reason };
}
