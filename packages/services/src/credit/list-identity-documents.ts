import { AppError, CASE_READER_ROLES, type zIdentityDocumentView } from '@zhixing/contracts';
import { findCase, listCourtDocuments, listParties } from '@zhixing/db';
import type { z } from 'zod';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { maskDocumentNumber } from './mask-document-number.js';
import { userRefs } from './user-refs.js';

export type IdentityDocumentView = z.infer<typeof zIdentityDocumentView>;

/**
 * The travel documents of a case's person parties, as the console shows them: bound in this court
 * to a party's ID number — by this case or another of the court's — now or once, with who bound
 * and unbound them. Numbers are masked; the full number never leaves the server here.
 */
export async function listIdentityDocuments(ctx: ServiceContext, actor: Actor, caseId: string): Promise<{ items: IdentityDocumentView[] }> {
  requireRole(actor, CASE_READER_ROLES);
  const { db } = ctx.database;
  const kase = await findCase(db, caseId);
  if (!kase) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, kase.court_id);
  const persons = (await listParties(db, caseId)).filter((p) => p.kind === 'person' && p.id_number !== null);
  const docs = await listCourtDocuments(db, kase.court_id, [...new Set(persons.map((p) => p.id_number!))]);
  const users = await userRefs(db, docs.map((d) => d.created_by));
  return {
    items: docs.map((d) => {
      // A person may be two parties of one case (rare); the first names them.
      const party = persons.find((p) => p.id_number === d.id_number)!;
      return {
        id: d.id,
        partyId: party.id,
        partyName: party.name,
        docType: d.doc_type as IdentityDocumentView['docType'],
        docNumberMasked: maskDocumentNumber(d.doc_number),
        boundBy: users.get(d.created_by),
        boundAt: d.created_at.toISOString(),
        unboundAt: d.unbound_at ? d.unbound_at.toISOString() : null,
        unboundReason: d.unbound_reason,
      };
    }),
  };
}
