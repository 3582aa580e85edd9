/**
 * Test builders for the credit rules: valid identity numbers for any birth date, debtors, and a
 * listing input that passes every check unless a test overrides part of it.
 */
import { residentIdCheckChar } from '../identity/resident-id-check.js';
import type { ListingInput } from './assess-listing.js';
import type { CreditDebtor } from './subjects.js';

/** A valid resident ID number (Beijing Chaoyang) of someone born on `birthDate`. */
export function residentId(birthDate: string, sequence = '123'): string {
  const first17 = `110105${birthDate.replaceAll('-', '')}${sequence}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** The example code of GB 32100-2015. */
export const VALID_CREDIT_CODE = '91350100M000100Y43';

export function personDebtor(options: { birthDate?: string; name?: string; idNumber?: string | null } = {}): CreditDebtor {
  return { kind: 'person', name: options.name ?? '张三', idNumber: options.idNumber === undefined ? residentId(options.birthDate ?? '1980-05-20') : options.idNumber, creditCode: null };
}

export function organisationDebtor(options: { name?: string; creditCode?: string | null } = {}): CreditDebtor {
  return { kind: 'organisation', name: options.name ?? '某某建材有限公司', idNumber: null, creditCode: options.creditCode === undefined ? VALID_CREDIT_CODE : options.creditCode };
}

export function listingInput(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    ground: 'evadesEnforcement',
    debtor: personDebtor(),
    decisionDate: '2026-03-10',
    gracePeriodMonths: 0,
    extensionYears: 0,
    aggravation: null,
    attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false },
    caseOpen: true,
    noticeServed: true,
    alreadyListed: false,
    consumptionRestricted: true,
    relistBarredUntil: null,
    onApplicantRequest: false,
    ...overrides,
  };
}
