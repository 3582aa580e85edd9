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
import { request } from '../../api/client.js';
import type { Body, Query, Reply } from '../../api/contract-types.js';

/**
 * Typed calls of the enforcement-funds routes (执行款), the same way control-api.ts makes them:
 * types from the contracts' zod schemas without bundling zod, paths typed as the contracts' literal
 * paths so a changed contract fails the type check here.
 */
const PATHS = {
  funds: '/api/v1/cases/:id/funds',
  receipts: '/api/v1/cases/:id/funds/receipts',
  fees: '/api/v1/cases/:id/funds/fees',
  payouts: '/api/v1/cases/:id/funds/payouts',
  decision: '/api/v1/funds/payouts/:id/decision',
  payment: '/api/v1/funds/payouts/:id/payment',
  delay: '/api/v1/cases/:id/funds/receipts/:transactionId/delay',
  reversal: '/api/v1/cases/:id/funds/receipts/:transactionId/reversal',
  board: '/api/v1/funds/board',
  reconciliation: '/api/v1/funds/reconciliation',
} as const satisfies {
  funds: (typeof getCaseFundsRoute)['path'];
  receipts: (typeof recordReceiptRoute)['path'];
  fees: (typeof deductFeeRoute)['path'];
  payouts: (typeof proposePayoutRoute)['path'];
  decision: (typeof decidePayoutRoute)['path'];
  payment: (typeof payPayoutRoute)['path'];
  delay: (typeof delayDisbursementRoute)['path'];
  reversal: (typeof reverseReceiptRoute)['path'];
  board: (typeof getFundsBoardRoute)['path'];
  reconciliation: (typeof reconcileStatementRoute)['path'];
};

export type CaseFundsReply = Reply<typeof getCaseFundsRoute>;
export type CaseReceipt = CaseFundsReply['receipts'][number];
export type CasePayout = CaseFundsReply['payouts'][number];
export type LedgerTransaction = CaseFundsReply['transactions'][number];
export type LedgerPosting = LedgerTransaction['postings'][number];
export type ReceiptBody = Body<typeof recordReceiptRoute>;
export type FeeBody = Body<typeof deductFeeRoute>;
export type PayoutProposalBody = Body<typeof proposePayoutRoute>;
export type PayoutDecisionBody = Body<typeof decidePayoutRoute>;
export type PayoutPaymentBody = Body<typeof payPayoutRoute>;
export type DelayBody = Body<typeof delayDisbursementRoute>;
export type FundsBoardQuery = Query<typeof getFundsBoardRoute>;
export type FundsBoardReply = Reply<typeof getFundsBoardRoute>;
export type BoardReceipt = FundsBoardReply['receipts'][number];
export type BoardPayout = FundsBoardReply['payouts'][number];
export type ReconcileBody = Body<typeof reconcileStatementRoute>;
export type Reconciliation = Reply<typeof reconcileStatementRoute>;
export type StatementOnlyLine = Reconciliation['statementOnly'][number];
export type LedgerOnlyEntry = Reconciliation['ledgerOnly'][number];

export const fundsApi = {
  get: (caseId: string) => request<CaseFundsReply>('GET', PATHS.funds, { params: { id: caseId } }),
  recordReceipt: (caseId: string, body: ReceiptBody) => request<Reply<typeof recordReceiptRoute, 201>>('POST', PATHS.receipts, { params: { id: caseId }, body }),
  deductFee: (caseId: string, body: FeeBody) => request<Reply<typeof deductFeeRoute, 201>>('POST', PATHS.fees, { params: { id: caseId }, body }),
  proposePayout: (caseId: string, body: PayoutProposalBody) => request<CasePayout>('POST', PATHS.payouts, { params: { id: caseId }, body }),
  decidePayout: (payoutId: string, body: PayoutDecisionBody) => request<CasePayout>('POST', PATHS.decision, { params: { id: payoutId }, body }),
  payPayout: (payoutId: string, body: PayoutPaymentBody) => request<CasePayout>('POST', PATHS.payment, { params: { id: payoutId }, body }),
  delay: (caseId: string, transactionId: string, body: DelayBody) => request<Reply<typeof delayDisbursementRoute>>('POST', PATHS.delay, { params: { id: caseId, transactionId }, body }),
  reverse: (caseId: string, transactionId: string, reason: string) => request<Reply<typeof reverseReceiptRoute, 201>>('POST', PATHS.reversal, { params: { id: caseId, transactionId }, body: { reason } }),
  board: (query: FundsBoardQuery = {}) => request<FundsBoardReply>('GET', PATHS.board, { query }),
  reconcile: (body: ReconcileBody) => request<Reconciliation>('POST', PATHS.reconciliation, { body }),
};
