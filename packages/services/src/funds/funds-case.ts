/**
 * What every funds use case starts from: the case (in the actor's courts, locked when money moves,
 * so two payments never draw on the same balance) and what of its sub-account is free to use —
 * the balance less payments proposed and not yet decided.
 */
import { AppError } from '@zhixing/contracts';
import { accountBalance, findCase, lockCase, proposedPayoutsFen, type CaseRow, type Executor } from '@zhixing/db';
import type { Actor } from '../context.js';
import { requireCourtInScope } from '../scope.js';

export interface FundsCase {
  caseRow: CaseRow;
  balanceFen: number;
  availableFen: number;
}

export async function loadFundsCase(db: Executor, actor: Actor, caseId: string, options: { lock?: boolean } = {}): Promise<FundsCase> {
  const caseRow = options.lock ? await lockCase(db, caseId) : await findCase(db, caseId);
  if (!caseRow) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, caseRow.court_id);
  const balanceFen = await accountBalance(db, 'case', caseId);
  return { caseRow, balanceFen, availableFen: balanceFen - (await proposedPayoutsFen(db, caseId)) };
}

/** One case, one account number (一案一账号): the court, the year and the case's serial, as finance quotes it to payers. */
export function caseAccountNumber(c: Pick<CaseRow, 'court_id' | 'case_number' | 'id'>): string {
  const m = /^（(\d{4})）.*?(\d+)号/.exec(c.case_number);
  return m ? `${c.court_id}${m[1]}${m[2]!.padStart(6, '0')}` : `${c.court_id}${c.id.slice(0, 8).toUpperCase()}`;
}

export function refuse(rule: string, zh: string, en: string, details: Record<string, unknown> = {}): AppError {
  return new AppError('RULE_VIOLATION', { zh, en, details: { rule, ...details } });
}
