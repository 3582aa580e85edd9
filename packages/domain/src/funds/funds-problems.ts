/**
 * Every problem code the enforcement-funds ledger (`ledger.ts`) and the 30-day payment rule
 * (`disbursement.ts`) can return or throw, for the contracts' error registry. Prefixes name the
 * area: `LEDGER_` (执行款台账: postings, transactions, the ledger as a whole) and `DISBURSEMENT_`
 * (执行款发放期限, 法发〔2017〕6号).
 */
import type { DomainProblem } from '../domain-error.js';

export const FUNDS_PROBLEM_CODES = [
  'LEDGER_TRANSACTION_ID_MISSING',
  'LEDGER_TYPE_UNKNOWN',
  'LEDGER_TOO_FEW_POSTINGS',
  'LEDGER_ACCOUNT_INVALID',
  'LEDGER_AMOUNT_INVALID',
  'LEDGER_DUPLICATE_ACCOUNT',
  'LEDGER_UNBALANCED',
  'LEDGER_SHAPE_INVALID',
  'LEDGER_REVERSAL_REASON_MISSING',
  'LEDGER_REVERSAL_TARGET_MISSING',
  'LEDGER_REVERSAL_OF_REVERSAL',
  'LEDGER_REVERSAL_MISMATCH',
  'LEDGER_DUPLICATE_TRANSACTION_ID',
  'LEDGER_ALREADY_REVERSED',
  'LEDGER_NEGATIVE_BALANCE',
  'LEDGER_TOTAL_NOT_ZERO',
  'DISBURSEMENT_UNKNOWN_DELAY_GROUND',
  'DISBURSEMENT_DATE_IN_FUTURE',
  'DISBURSEMENT_DATE_BEFORE_NOTICE',
] as const;
export type FundsProblemCode = (typeof FUNDS_PROBLEM_CODES)[number];

export const isFundsProblemCode = (v: unknown): v is FundsProblemCode => typeof v === 'string' && (FUNDS_PROBLEM_CODES as readonly string[]).includes(v);

/**
 * Builds a funds problem; the code must be one of {@link FUNDS_PROBLEM_CODES}, so a code the
 * error registry does not know cannot be returned.
 */
export function fundsProblem(code: FundsProblemCode, messageZh: string, messageEn: string, details?: Readonly<Record<string, unknown>>): DomainProblem {
  return details === undefined ? { code, messageZh, messageEn } : { code, messageZh, messageEn, details };
}
