/**
 * The public 终本 case search (终本规定 arts. 12–13: the debtor, the basis, the case number, filing date
 * and court, and what is still owed; art. 18: gone once the case is resumed or performed). Found like
 * the public lists — exact name plus part of the ID number, or a full credit code — never browsed.
 */
import { searchTerminatedCases as searchRows } from '@zhixing/db';
import { fenToYuanString, maskResidentId } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { PUBLIC_LIST_MAX_ROWS, type PublicListQuery } from './public-list-query.js';

export async function searchTerminatedCases(ctx: ServiceContext, q: PublicListQuery) {
  const rows = await searchRows(ctx.database.db, { ...q, limit: PUBLIC_LIST_MAX_ROWS });
  return {
    items: rows.map((r) => {
      const claim = Number(r.claim_total_fen);
      return {
        name: r.name,
        kind: r.kind,
        idMasked: r.kind === 'person' ? maskResidentId(r.id_number ?? '') : (r.credit_code ?? ''),
        legalRepresentative: r.kind === 'organisation' ? r.legal_representative : null,
        courtName: r.court_name,
        caseNumber: r.case_number,
        basisDocumentNumber: r.basis_document_number,
        filedOn: r.filed_on,
        terminatedOn: r.closed_on ?? '',
        claimTotal: fenToYuanString(claim),
        outstanding: fenToYuanString(Math.max(0, claim - Number(r.received_fen ?? 0))),
      };
    }),
  };
}
