/**
 * The one search behind the public lists (失信规定 art. 7 publication; 限高规定 art. 6 publication of
 * the restriction order, art. 9 its lifting published the same way): a person is found only by the
 * exact name *and* at least 4 consecutive characters of the ID number, an organisation by its full
 * credit code, so nobody can page through a list; at most 20 rows; only measures in force and people not lifted from them, so a removal or a
 * lifting disappears from the search at once; ID numbers masked (the one masking rule).
 */
import type { MeasureKind } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';

export const PUBLIC_LIST_MAX_ROWS = 20;

export interface PublicListQuery {
  name?: string | undefined;
  idFragment?: string | undefined;
  creditCode?: string | undefined;
}

export async function publicListRows(ctx: ServiceContext, kind: MeasureKind, q: PublicListQuery, roles: 'debtor' | 'all') {
  let query = ctx.database.db
    .selectFrom('credit_subjects as s')
    .innerJoin('credit_decisions as d', 'd.id', 's.decision_id')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .innerJoin('courts as c', 'c.id', 'd.court_id')
    .leftJoin('case_parties as p', 'p.id', 'd.debtor_party_id')
    .select(['s.name', 's.role', 's.subject_kind', 's.id_number', 's.credit_code', 'p.legal_representative', 'd.debtor_name', 'c.name as court_name', 'k.case_number', 'd.ground', 'd.publish_on'])
    .where('d.kind', '=', kind)
    .where('d.status', '=', 'published')
    .where('s.lifted_at', 'is', null);
  if (roles === 'debtor') query = query.where('s.role', '=', 'debtor');
  if (q.creditCode) {
    query = query.where('s.credit_code', '=', q.creditCode.toUpperCase());
  } else {
    const fragment = (q.idFragment ?? '').toUpperCase();
    query = query.where('s.name', '=', q.name ?? '').where('s.id_number', 'like', `%${fragment.replace(/[%_\\]/g, '')}%`);
  }
  return query.orderBy('d.publish_on', 'desc').limit(PUBLIC_LIST_MAX_ROWS).execute();
}
