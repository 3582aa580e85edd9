import type { CreditProposalBody } from '../../api/endpoints.js';
import type { BoundRole, ListingAggravation, ListingGround, MeasureKind } from '../../i18n/labels-credit.js';

/** 失信规定 art. 3: circumstances in which ground 1 (able but refuses) does not apply. */
export const ATTESTATIONS = ['securityProvided', 'seizedPropertySufficient', 'laterInPerformanceOrder'] as const;
export type Attestation = (typeof ATTESTATIONS)[number];

export interface BoundPersonValues {
  role?: BoundRole;
  name?: string;
  idNumber?: string;
}

/** The proposal form as antd holds it: everything optional until validated. */
export interface ProposalValues {
  debtorPartyId?: string;
  ground?: ListingGround;
  facts?: string;
  gracePeriodMonths?: number;
  extensionYears?: number;
  aggravation?: ListingAggravation | null;
  /** The art. 3 circumstances that exist (ticked). */
  attestations?: Attestation[];
  /** On the applicant's written request, or by the court of its own motion (依职权). */
  basis?: 'applicant' | 'exOfficio';
  exOfficioReason?: string;
  persons?: BoundPersonValues[];
}

/**
 * The eligibility preview does not depend on the facts, so it sends this stand-in until the
 * facts are written: typing them then asks the server nothing.
 */
export const PREVIEW_FACTS = '（资格预检）';

const trimmed = (value: string | undefined): string => (value ?? '').trim();

/** Bound persons with a name and a number; the preview leaves out rows still being typed. */
function personsOf(values: ProposalValues) {
  return (values.persons ?? [])
    .map((p) => ({ role: p.role, name: trimmed(p.name), idNumber: trimmed(p.idNumber).toUpperCase() }))
    .filter((p): p is { role: BoundRole; name: string; idNumber: string } => p.role !== undefined && p.name !== '' && p.idNumber !== '');
}

/**
 * The request body for a proposal (or, with `preview`, for the eligibility check while the form
 * is still being filled), or null while there is not enough to ask about: no debtor, or a listing
 * without a ground. Fields that do not apply (extension under ground 1, attestations under the
 * other grounds, officers of a person debtor's consumption restriction) are left at their defaults.
 */
export function toProposal(kind: MeasureKind, values: ProposalValues, options: { preview: boolean; debtorIsOrganisation: boolean }): CreditProposalBody | null {
  const debtorPartyId = values.debtorPartyId;
  if (!debtorPartyId) return null;
  const facts = options.preview ? PREVIEW_FACTS : trimmed(values.facts);
  const onApplicantRequest = (values.basis ?? 'applicant') === 'applicant';
  const gracePeriodMonths = values.gracePeriodMonths ?? 0;
  switch (kind) {
    case 'dishonestListing': {
      const ground = values.ground;
      if (!ground) return null;
      const groundOne = ground === 'ableButRefuses';
      const extensionYears = groundOne ? 0 : (values.extensionYears ?? 0);
      const ticked = new Set(groundOne ? (values.attestations ?? []) : []);
      return {
        kind,
        debtorPartyId,
        ground,
        facts,
        gracePeriodMonths,
        extensionYears,
        aggravation: extensionYears > 0 ? (values.aggravation ?? null) : null,
        attestations: { securityProvided: ticked.has('securityProvided'), seizedPropertySufficient: ticked.has('seizedPropertySufficient'), laterInPerformanceOrder: ticked.has('laterInPerformanceOrder') },
        onApplicantRequest,
      };
    }
    case 'consumptionRestriction':
      return { kind, debtorPartyId, facts, gracePeriodMonths, boundPersons: options.debtorIsOrganisation ? personsOf(values) : [], onApplicantRequest };
    case 'exitRestriction': {
      const reason = trimmed(values.exOfficioReason);
      return { kind, debtorPartyId, facts, subjects: personsOf(values), onApplicantRequest, exOfficioReason: !onApplicantRequest && reason.length >= 2 ? reason : null };
    }
  }
}
