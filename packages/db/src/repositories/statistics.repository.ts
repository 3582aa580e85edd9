/** Monthly counts for the portal's open data (issue 5), grouped in the database. */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface MonthRange {
  /** First day of the first month and last day of the last month (CST dates). */
  from: string;
  to: string;
  courtIds: readonly string[] | null;
}

export async function filedByMonth(db: Executor, r: MonthRange) {
  let q = db.selectFrom('cases').select([sql<string>`to_char(filed_on, 'YYYY-MM')`.as('month'), sql<string>`count(*)`.as('n')]).where('filed_on', '>=', r.from).where('filed_on', '<=', r.to);
  if (r.courtIds) q = q.where('court_id', 'in', r.courtIds);
  return (await q.groupBy(sql`to_char(filed_on, 'YYYY-MM')`).execute()).map((x) => ({ month: x.month, n: Number(x.n) }));
}

export async function closedByMonth(db: Executor, r: MonthRange) {
  let q = db
    .selectFrom('cases')
    .select([sql<string>`to_char(closed_on, 'YYYY-MM')`.as('month'), 'closing_method', sql<string>`count(*)`.as('n')])
    .where('stage', '=', 'closed')
    .where('closed_on', '>=', r.from)
    .where('closed_on', '<=', r.to);
  if (r.courtIds) q = q.where('court_id', 'in', r.courtIds);
  return (await q.groupBy([sql`to_char(closed_on, 'YYYY-MM')`, 'closing_method']).execute()).map((x) => ({ month: x.month, method: x.closing_method ?? '', n: Number(x.n) }));
}

/** Money received on cases, by month and channel (reversed receipts left out). */
export async function receiptsByMonth(db: Executor, r: MonthRange) {
  let q = db
    .selectFrom('fund_receipts')
    .select([sql<string>`to_char(arrival_on, 'YYYY-MM')`.as('month'), 'channel', sql<string>`count(*)`.as('n'), sql<string>`coalesce(sum(amount_fen), 0)`.as('fen')])
    .where('reversed', '=', false)
    .where('arrival_on', '>=', r.from)
    .where('arrival_on', '<=', r.to);
  if (r.courtIds) q = q.where('court_id', 'in', r.courtIds);
  return (await q.groupBy([sql`to_char(arrival_on, 'YYYY-MM')`, 'channel']).execute()).map((x) => ({ month: x.month, channel: x.channel, n: Number(x.n), fen: Number(x.fen) }));
}
