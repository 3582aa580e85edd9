import { AppError } from '@zhixing/contracts';
import { appendFeed, findCase, findDocumentForUpdate, findParty, unbindDocumentRow } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';
import type { AliasAdded } from '../credit-check/feed-payloads.js';
import { maskDocumentNumber } from './mask-document-number.js';

/**
 * Unbinds a travel document from a person party: bound in error, or the passport was replaced or
 * passed to its rightful holder. No article governs the mapping itself, but a wrong one makes the
 * checks of border posts and airlines (民事诉讼法 art. 266 exit restriction; 限高规定 art. 3 ¶1(1)
 * flights and ship cabins) refuse someone who is not restricted, so it is undone at once: the
 * `unalias` feed entry drops the mapping from every check index and agency copy, and the act with
 * its reason goes on the case's audit chain. The row stays (who bound, who unbound, why); the
 * document may then be bound again, to this or another person.
 *
 * Scoped to the party: the document must be bound to this party's ID number, in this court.
 */
export async function unbindIdentityDocument(ctx: ServiceContext, actor: Actor, caseId: string, partyId: string, documentId: number, input: { reason: string }): Promise<{ ok: true }> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const { db } = ctx.database;
  const kase = await findCase(db, caseId);
  if (!kase) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, kase.court_id);
  const party = await findParty(db, caseId, partyId);
  if (!party?.id_number) throw new AppError('NOT_FOUND');
  await db.transaction().execute(async (trx) => {
    const doc = await findDocumentForUpdate(trx, documentId);
    if (doc?.court_id !== kase.court_id || doc.id_number !== party.id_number) throw new AppError('NOT_FOUND', { details: { documentId } });
    if (doc.unbound_at) throw new AppError('DOCUMENT_ALREADY_UNBOUND', { details: { documentId, unboundAt: doc.unbound_at.toISOString() } });
    const now = ctx.clock.now();
    if (!(await unbindDocumentRow(trx, doc.id, { at: now, by: actor.userId, reason: input.reason }))) throw new AppError('DOCUMENT_ALREADY_UNBOUND', { details: { documentId } });
    // The runtime deletes aliasKey(docType, docNumber); the number is stored in that key's form.
    const payload: AliasAdded = { docType: doc.doc_type, docNumber: doc.doc_number, idNumber: doc.id_number };
    await appendFeed(trx, now, [{ op: 'unalias', ref: doc.id, courtId: kase.court_id, payload }]);
    const masked = maskDocumentNumber(doc.doc_number);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: kase.court_id,
      caseId,
      action: 'unbindIdentityDocument',
      before: { documentId: doc.id, unboundAt: null },
      after: { documentId: doc.id, partyId, docType: doc.doc_type, docNumberMasked: masked, idNumberMasked: party.id_number_masked, reason: input.reason },
      summaryZh: `解除${party.name}的出行证件登记（${doc.doc_type}，${masked}）：${input.reason}`,
      summaryEn: `Unbound a travel document of ${party.name} (${doc.doc_type}, ${masked}): ${input.reason}`,
    });
  });
  return { ok: true };
}
