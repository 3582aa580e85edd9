/** Reward and auction notices (issue 5), and the 终本 case publication search. */
import { sql } from 'kysely';
import type { Executor } from './executor.js';

export async function insertNotice(db: Executor, n: { id: string; kind: string; courtId: string; caseId: string; debtorPartyId: string; title: string; details: Record<string, unknown>; publishOn: string; endsOn: string | null; createdBy: string; createdAt: Date }): Promise<void> {
  await db
    .insertInto('public_notices')
    .values({ id: n.id, kind: n.kind, court_id: n.courtId, case_id: n.caseId, debtor_party_id: n.debtorPartyId, title: n.title, details: JSON.stringify(n.details), publish_on: n.publishOn, ends_on: n.endsOn, withdrawn_at: null, withdrawn_reason: null, created_by: n.createdBy, created_at: n.createdAt })
    .execute();
}

/** Withdraws a live notice of the case; the row, or nothing when there is no such live notice. */
export function withdrawNotice(db: Executor, caseId: string, id: string, at: Date, reason: string) {
  return db.updateTable('public_notices').set({ withdrawn_at: at, withdrawn_reason: reason }).where('id', '=', id).where('case_id', '=', caseId).where('withdrawn_at', 'is', null).returning(['id', 'kind', 'title']).executeTakeFirst();
}

function notices(db: Executor) {
  return db
    .selectFrom('public_notices as n')
    .innerJoin('cases as k', 'k.id', 'n.case_id')
    .innerJoin('courts as c', 'c.id', 'n.court_id')
    .innerJoin('case_parties as p', 'p.id', 'n.debtor_party_id')
    .select(['n.id', 'n.kind', 'n.title', 'n.details', 'n.publish_on', 'n.ends_on', 'n.withdrawn_at', 'n.withdrawn_reason', 'n.created_at', 'n.court_id', 'c.name as court_name', 'c.name_en as court_name_en', 'k.case_number', 'p.name as debtor_name', 'p.kind as debtor_kind', 'p.id_number_masked', 'p.credit_code']);
}

export function listCaseNotices(db: Executor, caseId: string) {
  return notices(db).where('n.case_id', '=', caseId).orderBy('n.created_at', 'desc').execute();
}

export function findCaseNotice(db: Executor, caseId: string, id: string) {
  return notices(db).where('n.case_id', '=', caseId).where('n.id', '=', id).executeTakeFirst();
}

/** A live reward notice of this case (a clue may answer it). */
export function findLiveRewardNotice(db: Executor, id: string, caseId: string, today: string) {
  return db
    .selectFrom('public_notices')
    .select(['id'])
    .where('id', '=', id)
    .where('case_id', '=', caseId)
    .where('kind', '=', 'reward')
    .where('withdrawn_at', 'is', null)
    .where('publish_on', '<=', today)
    .where((eb) => eb.or([eb('ends_on', 'is', null), eb('ends_on', '>=', today)]))
    .executeTakeFirst();
}

/**
 * The notices live today: published, not withdrawn, not past their end, and on a case not closed for
 * good (a 终本 case stays: rewards are how its property is found).
 */
export function listLiveNotices(db: Executor, q: { kind?: string; courtId?: string; today: string; limit: number; offset: number }) {
  let query = notices(db)
    .where('n.withdrawn_at', 'is', null)
    .where('n.publish_on', '<=', q.today)
    .where((eb) => eb.or([eb('n.ends_on', 'is', null), eb('n.ends_on', '>=', q.today)]))
    .where((eb) => eb.or([eb('k.closing_method', 'is', null), eb('k.closing_method', '=', 'terminationForNow')]));
  if (q.kind) query = query.where('n.kind', '=', q.kind);
  if (q.courtId) query = query.where('n.court_id', '=', q.courtId);
  return query.orderBy('n.publish_on', 'desc').orderBy('n.id').limit(q.limit).offset(q.offset).execute();
}

/**
 * The 终本 case publication (终本规定 arts. 12–13, 18): debtors of cases closed by termination of this
 * procedure, found by exact name + part of the ID number or by full credit code, at most `limit` rows;
 * a resumed or performed case is no longer closed by 终本 and disappears at once.
 */
export function searchTerminatedCases(db: Executor, q: { name?: string | undefined; idFragment?: string | undefined; creditCode?: string | undefined; limit: number }) {
  let query = db
    .selectFrom('case_parties as p')
    .innerJoin('cases as k', 'k.id', 'p.case_id')
    .innerJoin('courts as c', 'c.id', 'k.court_id')
    .select([
      'p.name',
      'p.kind',
      'p.id_number',
      'p.credit_code',
      'p.legal_representative',
      'c.name as court_name',
      'k.case_number',
      'k.filed_on',
      'k.closed_on',
      'k.basis_document_number',
      'k.claim_total_fen',
      (eb) => eb.selectFrom('fund_receipts as r').whereRef('r.case_id', '=', 'k.id').where('r.reversed', '=', false).select(sql<string>`coalesce(sum(r.amount_fen), 0)`.as('s')).as('received_fen'),
    ])
    .where('p.party_role', '=', 'debtor')
    .where('k.stage', '=', 'closed')
    .where('k.closing_method', '=', 'terminationForNow');
  if (q.creditCode) query = query.where('p.credit_code', '=', q.creditCode.toUpperCase());
  else query = query.where('p.name', '=', q.name ?? '').where('p.id_number', 'like', `%${(q.idFragment ?? '').toUpperCase().replace(/[%_\\]/g, '')}%`);
  return query.orderBy('k.closed_on', 'desc').limit(q.limit).execute();
}
