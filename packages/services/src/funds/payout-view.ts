import type { FundPayoutRow } from '@zhixing/db';

export interface PayoutView {
  id: string;
  payeePartyId: string;
  payeeName: string;
  amountFen: number;
  account: string;
  note: string;
  state: FundPayoutRow['state'];
  proposedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  paidOn: string | null;
  bankSerial: string | null;
}

export function payoutView(p: Omit<FundPayoutRow, 'decided_at'> & { decided_at: Date | null }): PayoutView {
  return {
    id: p.id,
    payeePartyId: p.payee_party_id,
    payeeName: p.payee_name,
    amountFen: p.amount_fen,
    account: p.account,
    note: p.note,
    state: p.state,
    proposedAt: p.proposed_at.toISOString(),
    decidedAt: p.decided_at?.toISOString() ?? null,
    decisionNote: p.decision_note,
    paidOn: p.paid_on,
    bankSerial: p.bank_serial,
  };
}
