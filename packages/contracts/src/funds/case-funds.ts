/**
 * Enforcement funds (执行款) in the staff API (issue 4, ADR 0010): a case's sub-account (一案一账号)
 * with its receipts and their 30-day clocks (法发〔2017〕6号), payments proposed → approved →
 * paid, costs, delays and reversals; the court's funds board; the bank statement reconciliation.
 * Money is integer fen.
 */
import { z } from 'zod';
import { DISBURSEMENT_DELAY_GROUNDS } from '@zhixing/domain';
import { defineRoute, CASE_READER_ROLES } from '../route.js';
import { zCivilDate, zIdParams, zOk, zUuid } from '../common.js';

const zFen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const zSignedFen = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const zPositiveFen = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Amount in fen (1/100 yuan), a whole number' });
const text = (max: number) => z.string().trim().min(1).max(max);

export const RECEIPT_CHANNELS = ['deduction', 'voluntary', 'auction', 'other'] as const;
export const RECEIPT_STATES = ['paid', 'due', 'overdue', 'delayed', 'reversed'] as const;
export const PAYOUT_STATES = ['proposed', 'approved', 'paid', 'rejected'] as const;

export const zReceiptStatus = z.object({
  transactionId: z.string(),
  amountFen: zFen,
  settledFen: zFen.meta({ description: 'How much of it has left the case account (paid out or taken as costs)' }),
  channel: z.enum(RECEIPT_CHANNELS),
  payer: z.string(),
  arrivalOn: zCivilDate,
  dueOn: zCivilDate.meta({ description: '30 days after arrival (法发〔2017〕6号), carried past rest days' }),
  state: z.enum(RECEIPT_STATES),
  daysLeft: z.number().int(),
  paidLate: z.boolean(),
  delay: z.object({ ground: z.enum(DISBURSEMENT_DELAY_GROUNDS), note: z.string(), approvedOn: zCivilDate }).nullable(),
});

export const zPayout = z.object({
  id: zUuid,
  payeePartyId: zUuid,
  payeeName: z.string(),
  amountFen: zFen,
  account: z.string(),
  note: z.string(),
  state: z.enum(PAYOUT_STATES),
  proposedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  decisionNote: z.string().nullable(),
  paidOn: zCivilDate.nullable(),
  bankSerial: z.string().nullable(),
});

export const getCaseFundsRoute = defineRoute({
  operationId: 'getCaseFunds',
  method: 'GET',
  path: '/api/v1/cases/:id/funds',
  summary: 'The case\'s sub-account: number, balance, receipts with days left to pay out, payments, and every ledger transaction with its entries',
  tags: ['funds'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: {
    200: z.object({
      accountNumber: z.string().meta({ description: 'The case\'s own account number (一案一账号), quoted to payers' }),
      balanceFen: zFen,
      availableFen: z.number().int().meta({ description: 'Balance less payments proposed and not yet decided' }),
      receivedFen: zFen,
      paidOutFen: zFen,
      costsFen: zFen,
      receipts: z.array(zReceiptStatus.extend({ bankSerial: z.string().nullable().meta({ description: 'The bank\'s serial of a receipt finance recorded; null for a deduction' }) })),
      payouts: z.array(zPayout),
      transactions: z.array(
        z.object({
          id: z.string(),
          type: z.string(),
          bookedOn: zCivilDate,
          bookedAt: z.iso.datetime(),
          memo: z.string(),
          source: z.string(),
          reverses: z.string().nullable(),
          reversedBy: z.string().nullable(),
          postings: z.array(z.object({ accountKind: z.string(), accountRef: z.string(), amountFen: zSignedFen.meta({ description: 'Positive = debit, negative = credit' }) })),
        }),
      ),
    }),
  },
});

export const recordReceiptRoute = defineRoute({
  operationId: 'recordReceipt',
  method: 'POST',
  path: '/api/v1/cases/:id/funds/receipts',
  summary: 'Record money that arrived in the special account for the case (voluntary payment, auction proceeds, other); a bank\'s deduction is booked by its reply',
  tags: ['funds'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: zIdParams,
  body: z.strictObject({
    amountFen: zPositiveFen,
    channel: z.enum(['voluntary', 'auction', 'other']),
    payer: text(200),
    bankSerial: text(80).meta({ description: 'The bank\'s serial number of the credit (for reconciliation)' }),
    arrivalOn: zCivilDate.optional().meta({ description: 'Default today; not in the future' }),
  }),
  response: { 201: z.object({ transactionId: zUuid }) },
});

export const deductFeeRoute = defineRoute({
  operationId: 'deductFee',
  method: 'POST',
  path: '/api/v1/cases/:id/funds/fees',
  summary: 'Take court costs from the case funds (扣收执行费用)',
  tags: ['funds'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  body: z.strictObject({ amountFen: zPositiveFen, item: text(100).meta({ example: '申请执行费' }) }),
  response: { 201: z.object({ transactionId: zUuid }) },
});

export const proposePayoutRoute = defineRoute({
  operationId: 'proposePayout',
  method: 'POST',
  path: '/api/v1/cases/:id/funds/payouts',
  summary: 'Propose paying an applicant from the case funds; approved by the bureau head or president before it is paid',
  tags: ['funds'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  body: z.strictObject({ payeePartyId: zUuid, amountFen: zPositiveFen, account: text(100).meta({ description: 'The payee\'s bank and account number' }), note: z.string().trim().max(500).default('') }),
  response: { 201: zPayout },
});

export const decidePayoutRoute = defineRoute({
  operationId: 'decidePayout',
  method: 'POST',
  path: '/api/v1/funds/payouts/:id/decision',
  summary: 'Approve (the allocation is booked) or reject a proposed payment',
  tags: ['funds'],
  access: { roles: ['bureau_chief', 'president'] },
  params: zIdParams,
  body: z.strictObject({ approve: z.boolean(), note: z.string().trim().max(500).default('') }),
  response: { 200: zPayout },
});

export const payPayoutRoute = defineRoute({
  operationId: 'payPayout',
  method: 'POST',
  path: '/api/v1/funds/payouts/:id/payment',
  summary: 'Record that finance paid an approved payment (the disbursement is booked; the receipts\' clocks stop)',
  tags: ['funds'],
  access: { roles: ['judge', 'officer', 'clerk'] },
  params: zIdParams,
  body: z.strictObject({ bankSerial: text(80), paidOn: zCivilDate.optional() }),
  response: { 200: zPayout },
});

export const zReceiptParams = z.object({ id: zUuid, transactionId: zUuid });

export const delayDisbursementRoute = defineRoute({
  operationId: 'delayDisbursement',
  method: 'POST',
  path: '/api/v1/cases/:id/funds/receipts/:transactionId/delay',
  summary: 'Approve delaying the payment of a receipt on a lawful ground (法发〔2017〕6号)',
  tags: ['funds'],
  access: { roles: ['bureau_chief', 'president'] },
  params: zReceiptParams,
  body: z.strictObject({ ground: z.enum(DISBURSEMENT_DELAY_GROUNDS), note: text(500) }),
  response: { 200: zOk },
});

export const reverseReceiptRoute = defineRoute({
  operationId: 'reverseReceipt',
  method: 'POST',
  path: '/api/v1/cases/:id/funds/receipts/:transactionId/reversal',
  summary: 'Reverse a receipt recorded in error (冲正; entries are never edited), while nothing of it is paid out',
  tags: ['funds'],
  access: { roles: ['bureau_chief', 'president'] },
  params: zReceiptParams,
  body: z.strictObject({ reason: text(500) }),
  response: { 201: z.object({ transactionId: z.string() }) },
});

export const getFundsBoardRoute = defineRoute({
  operationId: 'getFundsBoard',
  method: 'GET',
  path: '/api/v1/funds/board',
  summary: 'The court\'s funds not yet paid out (overdue first, days left) and the payments awaiting approval or payment',
  tags: ['funds'],
  access: { roles: CASE_READER_ROLES },
  querystring: z.strictObject({ courtId: z.string().max(20).optional() }),
  response: {
    200: z.object({
      receipts: z.array(zReceiptStatus.extend({ bankSerial: z.string().nullable(), caseId: zUuid, caseNumber: z.string(), courtId: z.string() })),
      payouts: z.array(zPayout.extend({ caseId: zUuid, caseNumber: z.string() })),
      totals: z.object({ unpaidFen: zFen, overdue: z.number().int(), awaitingApproval: z.number().int(), awaitingPayment: z.number().int() }),
    }),
  },
});

export const reconcileStatementRoute = defineRoute({
  operationId: 'reconcileStatement',
  method: 'POST',
  path: '/api/v1/funds/reconciliation',
  summary: 'Reconcile the special account\'s bank statement (CSV) with the ledger: matched lines, lines only on the statement, entries only in the ledger',
  description: 'CSV columns `date,serial,amount,counterparty,memo` (header optional); amounts in yuan, receipts positive and payments negative; at most 20,000 lines and the 1 MiB request limit (upload a longer statement month by month).',
  tags: ['funds'],
  access: { roles: ['judge', 'officer', 'clerk', 'bureau_chief', 'president'] },
  body: z.strictObject({ csv: z.string().min(1).max(1_000_000), courtId: z.string().max(20).optional() }),
  response: {
    200: z.object({
      courtId: z.string(),
      from: zCivilDate,
      to: zCivilDate,
      lines: z.number().int(),
      matched: z.array(z.object({ line: z.number().int(), transactionId: z.string(), by: z.enum(['serial', 'amountAndDate']) })),
      statementOnly: z.array(z.object({ line: z.number().int(), date: zCivilDate, serial: z.string(), amountFen: zSignedFen, counterparty: z.string(), memo: z.string() })),
      ledgerOnly: z.array(z.object({ transactionId: z.string(), type: z.string(), bookedOn: zCivilDate, amountFen: zSignedFen, memo: z.string(), caseId: zUuid.nullable(), sourceRef: z.string().nullable() })),
      statementFen: zSignedFen,
      ledgerFen: zSignedFen,
      differenceFen: zSignedFen,
      balanced: z.boolean(),
    }),
  },
});
