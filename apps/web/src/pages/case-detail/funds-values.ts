import type {
  decidePayoutRoute,
  deductFeeRoute,
  delayDisbursementRoute,
  getCaseFundsRoute,
  getFundsBoardRoute,
  payPayoutRoute,
  proposePayoutRoute,
  reconcileStatementRoute,
  recordReceiptRoute,
  reverseReceiptRoute,
} from '@zhixing/contracts';
import type { SessionUser } from '../../auth/session-context.js';
import type { CasePayout, CaseReceipt, LedgerPosting } from './funds-api.js';

/**
 * The plain values behind 执行款 (enforcement funds): who records, proposes, approves and pays,
 * how near a receipt's 30-day limit is (法发〔2017〕6号), which receipts can still be delayed or
 * reversed, and a posting's debit and credit sides. Amounts stay integer fen throughout.
 */
type Role = SessionUser['role'];

/** Finance's counter: money that arrived, and a payment made. */
const RECORD_ROLES = ['judge', 'officer', 'clerk'] as const;
/** The handler's accounting: costs taken, a payment proposed. */
const HANDLER_ROLES = ['judge', 'officer'] as const;
/** Approving a payment, a delay or a reversal: the bureau head or the president in charge. */
const APPROVER_ROLES = ['bureau_chief', 'president'] as const;
/** The bank statement is reconciled by anyone who works the funds of a court. */
const RECONCILE_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] as const;

const has = (list: readonly Role[], user: SessionUser): boolean => list.includes(user.role);

export const canRecordReceipts = (user: SessionUser): boolean => has(RECORD_ROLES, user);
export const canPayPayouts = (user: SessionUser): boolean => has(RECORD_ROLES, user);
export const canDeductFees = (user: SessionUser): boolean => has(HANDLER_ROLES, user);
export const canProposePayouts = (user: SessionUser): boolean => has(HANDLER_ROLES, user);
export const canDecidePayouts = (user: SessionUser): boolean => has(APPROVER_ROLES, user);
export const canDelayDisbursement = (user: SessionUser): boolean => has(APPROVER_ROLES, user);
export const canReverseReceipts = (user: SessionUser): boolean => has(APPROVER_ROLES, user);
export const canReconcile = (user: SessionUser): boolean => has(RECONCILE_ROLES, user);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when a contract's role list changes. */
export type FundsRolesMatchContracts = [
  Assert<Same<(typeof RECORD_ROLES)[number], RolesOf<typeof recordReceiptRoute>>>,
  Assert<Same<(typeof RECORD_ROLES)[number], RolesOf<typeof payPayoutRoute>>>,
  Assert<Same<(typeof HANDLER_ROLES)[number], RolesOf<typeof deductFeeRoute>>>,
  Assert<Same<(typeof HANDLER_ROLES)[number], RolesOf<typeof proposePayoutRoute>>>,
  Assert<Same<(typeof APPROVER_ROLES)[number], RolesOf<typeof decidePayoutRoute>>>,
  Assert<Same<(typeof APPROVER_ROLES)[number], RolesOf<typeof delayDisbursementRoute>>>,
  Assert<Same<(typeof APPROVER_ROLES)[number], RolesOf<typeof reverseReceiptRoute>>>,
  Assert<Same<(typeof RECONCILE_ROLES)[number], RolesOf<typeof reconcileStatementRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof getCaseFundsRoute>>>,
  Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof getFundsBoardRoute>>>,
];

export type ReceiptState = CaseReceipt['state'];
export type ReceiptChannel = CaseReceipt['channel'];
export type PayoutState = CasePayout['state'];

/** Money still to pay out within 10 days of its limit is shown in orange, past it in red. */
export const RECEIPT_SOON_DAYS = 10;

export type ReceiptUrgency = 'overdue' | 'soon' | 'normal' | 'none';

/** How pressing a receipt is: only money still to pay counts (paid, delayed and reversed are not). */
export function receiptUrgency(r: Pick<CaseReceipt, 'state' | 'daysLeft'>): ReceiptUrgency {
  if (r.state === 'overdue') return 'overdue';
  if (r.state !== 'due') return 'none';
  return r.daysLeft <= RECEIPT_SOON_DAYS ? 'soon' : 'normal';
}

/** The tag colour of each receipt state; a receipt due soon is orange (the words say it too). */
export function receiptStateColor(r: Pick<CaseReceipt, 'state' | 'daysLeft'>): string {
  switch (r.state) {
    case 'paid':
      return 'green';
    case 'due':
      return receiptUrgency(r) === 'soon' ? 'orange' : 'blue';
    case 'overdue':
      return 'red';
    case 'delayed':
      return 'purple';
    case 'reversed':
      return 'default';
  }
}

/** The tag colour of each payment state (the Record makes a new state fail the type check). */
export const PAYOUT_STATE_COLORS: Readonly<Record<PayoutState, string>> = { proposed: 'gold', approved: 'blue', paid: 'green', rejected: 'default' };

/** What of a receipt has not left the case account yet (neither paid out nor taken as costs). */
export const unsettledFen = (r: Pick<CaseReceipt, 'amountFen' | 'settledFen'>): number => r.amountFen - r.settledFen;

/**
 * A receipt can be reversed (冲正) while it was recorded by hand and nothing of it has left the
 * case account; a bank's deduction is corrected only by the bank.
 */
export const isReversible = (r: Pick<CaseReceipt, 'channel' | 'settledFen' | 'state'>): boolean => r.channel !== 'deduction' && r.settledFen === 0 && r.state !== 'reversed';

/** A delay is approved for money still to pay out, before or after its limit, once. */
export const isDelayable = (r: Pick<CaseReceipt, 'state'>): boolean => r.state === 'due' || r.state === 'overdue';

/** The money board's order: overdue first, then the nearest limit, then by case number. */
export function sortReceipts<R extends Pick<CaseReceipt, 'state' | 'daysLeft' | 'arrivalOn'> & { caseNumber?: string }>(rows: readonly R[]): R[] {
  const order: Readonly<Record<ReceiptState, number>> = { overdue: 0, due: 1, delayed: 2, paid: 3, reversed: 4 };
  return [...rows].sort((a, b) => order[a.state] - order[b.state] || a.daysLeft - b.daysLeft || a.arrivalOn.localeCompare(b.arrivalOn) || (a.caseNumber ?? '').localeCompare(b.caseNumber ?? '', 'zh'));
}

/** A posting's sides: positive fen is a debit, negative a credit (the ledger's sign convention). */
export function postingSides(p: Pick<LedgerPosting, 'amountFen'>): { debitFen: number | null; creditFen: number | null } {
  if (p.amountFen > 0) return { debitFen: p.amountFen, creditFen: null };
  if (p.amountFen < 0) return { debitFen: null, creditFen: -p.amountFen };
  return { debitFen: null, creditFen: null };
}

/** The applicants a payment may go to (the server refuses anyone else: FUNDS_PAYEE_NOT_APPLICANT). */
export const payees = <P extends { partyRole: 'applicant' | 'debtor' }>(parties: readonly P[]): P[] => parties.filter((p) => p.partyRole === 'applicant');
