import { LISTING_GROUND_LABELS, maskResidentId, type ListingGround } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';

const MAX_ROWS = 20;

/**
 * The public dishonest-list search (失信规定 art. 7 publication). A person is found only by the
 * exact name *and* at least 4 consecutive characters of the ID number, an organisation by its full
 * credit code, so nobody can page through the list; ID numbers are masked (one masking rule).
 */
export async function searchDishonestList(ctx: ServiceContext, q: { name?: string | undefined; idFragment?: string | undefined; creditCode?: string | undefined }) {
  const { db } = ctx.database;
  let query = db
    .selectFrom('credit_subjects as s')
    .innerJoin('credit_decisions as d', 'd.id', 's.decision_id')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .innerJoin('courts as c', 'c.id', 'd.court_id')
    .leftJoin('case_parties as p', 'p.id', 'd.debtor_party_id')
    .select(['s.name', 's.subject_kind', 's.id_number', 's.credit_code', 'p.legal_representative', 'c.name as court_name', 'k.case_number', 'd.ground', 'd.publish_on'])
    .where('d.kind', '=', 'dishonestListing')
    .where('d.status', '=', 'published')
    .where('s.role', '=', 'debtor');
  if (q.creditCode) {
    query = query.where('s.credit_code', '=', q.creditCode.toUpperCase());
  } else {
    const fragment = (q.idFragment ?? '').toUpperCase();
    query = query.where('s.name', '=', q.name ?? '').where('s.id_number', 'like', `%${fragment.replace(/[%_\\]/g, '')}%`);
  }
  const rows = await query.orderBy('d.publish_on', 'desc').limit(MAX_ROWS).execute();
  return {
    items: rows.map((r) => ({
      name: r.name,
      kind: r.subject_kind,
      idMasked: r.subject_kind === 'person' ? maskResidentId(r.id_number ?? '') : (r.credit_code ?? ''),
      legalRepresentative: r.subject_kind === 'organisation' ? r.legal_representative : null,
      courtName: r.court_name,
      caseNumber: r.case_number,
      ground: r.ground as ListingGround,
      groundLabel: LISTING_GROUND_LABELS[r.ground as ListingGround].zh,
      publishedOn: r.publish_on ?? '',
    })),
  };
}
