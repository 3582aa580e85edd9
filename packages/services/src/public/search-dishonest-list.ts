import { LISTING_GROUND_LABELS, maskResidentId, type ListingGround } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { publicListRows, type PublicListQuery } from './public-list-query.js';

/** The public dishonest-list search (失信规定 art. 7 publication): see public-list-query.ts. */
export async function searchDishonestList(ctx: ServiceContext, q: PublicListQuery) {
  const rows = await publicListRows(ctx, 'dishonestListing', q, 'debtor');
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
