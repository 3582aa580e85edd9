/**
 * Reconciliation of the court's enforcement-funds special account (对账): the bank's statement
 * lines (CSV: `date,serial,amount,counterparty,memo`, amounts in yuan, receipts positive, payments
 * negative) against the ledger's postings on the bank account for the same days. A line matches a
 * posting with its serial number and amount, else one with its amount on the same day (a bank's
 * deduction carries the bank's own serial, which the ledger does not know). What is left on either
 * side is reported, with the totals and the difference. Reads only.
 */
import { AppError } from '@zhixing/contracts';
import { listBankPostings } from '@zhixing/db';
import { assertCivilDate, isCivilDate, parseYuan } from '@zhixing/domain';
import { CsvCursor } from '../credit-check/bulk-rows.js';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole, scopedCourtIds } from '../scope.js';
import { bankAccountRef } from './book-transaction.js';

export const MAX_STATEMENT_LINES = 20_000;

export interface StatementLine {
  line: number;
  date: string;
  serial: string;
  amountFen: number;
  counterparty: string;
  memo: string;
}

interface Posting {
  id: string;
  type: string;
  booked_on: string;
  source_ref: string | null;
  memo: string;
  case_id: string | null;
  amount_fen: number;
}

function invalid(zh: string, en: string, details: Record<string, unknown>): AppError {
  return new AppError('VALIDATION_FAILED', { zh, en, details: { issues: [{ in: 'body', path: ['csv'], messageZh: zh, messageEn: en }], ...details } });
}

export function parseStatement(csv: string): StatementLine[] {
  const cursor = new CsvCursor(csv.replace(/^\uFEFF/, ''));
  const lines: StatementLine[] = [];
  let row = 0;
  while (cursor.next()) {
    row += 1;
    const f = cursor.fields.map((x) => x.trim());
    if (row === 1 && f[0]?.toLowerCase() === 'date') continue;
    if (f.length < 3) throw invalid(`第 ${row} 行应至少有日期、流水号、金额三列`, `Line ${row} needs at least date, serial and amount`, { line: row });
    const [date = '', serial = '', amount = '', counterparty = '', memo = ''] = f;
    if (!isCivilDate(date)) throw invalid(`第 ${row} 行日期无效：${date}（应为 YYYY-MM-DD）`, `Line ${row}: invalid date ${date} (YYYY-MM-DD)`, { line: row });
    const parsed = parseYuan(amount, { allowNegative: true });
    if (!parsed.ok) throw invalid(`第 ${row} 行金额无效：${parsed.error.messageZh}`, `Line ${row}: invalid amount: ${parsed.error.messageEn}`, { line: row });
    if (parsed.value === 0) throw invalid(`第 ${row} 行金额为零`, `Line ${row}: the amount is zero`, { line: row });
    if (lines.length >= MAX_STATEMENT_LINES) throw invalid(`对账单不得超过 ${MAX_STATEMENT_LINES} 行`, `At most ${MAX_STATEMENT_LINES} lines`, { line: row });
    lines.push({ line: row, date: assertCivilDate(date, 'date'), serial, amountFen: parsed.value, counterparty, memo });
  }
  if (lines.length === 0) throw invalid('对账单没有明细行', 'The statement has no lines', {});
  return lines;
}

export async function reconcileStatement(ctx: ServiceContext, actor: Actor, input: { csv: string; courtId?: string | undefined }) {
  requireRole(actor, ['judge', 'officer', 'clerk', 'bureau_chief', 'president']);
  const { db } = ctx.database;
  const courts = await scopedCourtIds(db, actor, input.courtId);
  const courtId = input.courtId ?? actor.courtId;
  if (!courts.includes(courtId)) throw new AppError('OUT_OF_COURT_SCOPE');
  const lines = parseStatement(input.csv);
  const from = lines.reduce<string>((m, l) => (l.date < m ? l.date : m), lines[0]!.date);
  const to = lines.reduce<string>((m, l) => (l.date > m ? l.date : m), lines[0]!.date);
  const postings: Posting[] = await listBankPostings(db, courtId, bankAccountRef(courtId), from, to);
  const open = new Set(postings.map((_, i) => i));
  const matched: Array<{ line: number; transactionId: string; by: 'serial' | 'amountAndDate' }> = [];
  const unmatched: StatementLine[] = [];
  const take = (pred: (p: Posting) => boolean): Posting | undefined => {
    for (const i of open) {
      if (pred(postings[i]!)) {
        open.delete(i);
        return postings[i];
      }
    }
    return undefined;
  };
  const rest: StatementLine[] = [];
  for (const l of lines) {
    const p = l.serial ? take((x) => x.source_ref === l.serial && x.amount_fen === l.amountFen) : undefined;
    if (p) matched.push({ line: l.line, transactionId: p.id, by: 'serial' });
    else rest.push(l);
  }
  for (const l of rest) {
    const p = take((x) => x.booked_on === l.date && x.amount_fen === l.amountFen);
    if (p) matched.push({ line: l.line, transactionId: p.id, by: 'amountAndDate' });
    else unmatched.push(l);
  }
  const ledgerOnly = [...open].map((i) => postings[i]!).map((p) => ({ transactionId: p.id, type: p.type, bookedOn: p.booked_on, amountFen: p.amount_fen, memo: p.memo, caseId: p.case_id, sourceRef: p.source_ref }));
  const statementFen = lines.reduce((s, l) => s + l.amountFen, 0);
  const ledgerFen = postings.reduce((s, p) => s + p.amount_fen, 0);
  return { courtId, from, to, lines: lines.length, matched, statementOnly: unmatched, ledgerOnly, statementFen, ledgerFen, differenceFen: statementFen - ledgerFen, balanced: unmatched.length === 0 && ledgerOnly.length === 0 };
}
