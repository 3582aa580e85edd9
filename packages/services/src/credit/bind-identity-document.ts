import { AppError, invalidField } from '@zhixing/contracts';
import { appendFeed, findBoundDocument, findCase, findParty } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { recordEvent } from '../cases/record-event.js';
import type { AliasAdded } from '../credit-check/feed-payloads.js';
import { aliasKey } from '../credit-check/credit-runtime.js';
import { maskDocumentNumber } from './mask-document-number.js';

/**
 * Binds a passport (or another travel document) to a person party's resident ID, so a check by
 * that document — as a border post or an international airline makes — resolves to the same
 * identity and finds the same measures. One document belongs to one person at a time: among the
 * documents currently bound (an unbound one may be bound again, unbind-identity-document.ts).
 */
export async function bindIdentityDocument(ctx: ServiceContext, actor: Actor, caseId: string, partyId: string, input: { docType: string; docNumber: string }): Promise<{ ok: true }> {
  requireRole(actor, ['judge', 'officer', 'clerk']);
  const { db } = ctx.database;
  const kase = await findCase(db, caseId);
  if (!kase) throw new AppError('NOT_FOUND');
  await requireCourtInScope(db, actor, kase.court_id);
  const party = await findParty(db, caseId, partyId);
  if (!party) throw new AppError('NOT_FOUND');
  if (party.kind !== 'person' || !party.id_number) throw invalidField('partyId', '只能为有公民身份号码的自然人登记证件', 'only a person with a resident ID number can have documents bound');
  const docNumber = aliasKey(input.docType, input.docNumber).slice(input.docType.length + 1);
  await db.transaction().execute(async (trx) => {
    const existing = await findBoundDocument(trx, input.docType, docNumber);
    if (existing) {
      if (existing.id_number === party.id_number) return;
      throw new AppError('ALREADY_EXISTS', { zh: '该证件已登记在另一人名下', en: 'This document is already bound to another person', details: { docType: input.docType } });
    }
    const now = ctx.clock.now();
    const row = await trx.insertInto('identity_documents').values({ court_id: kase.court_id, id_number: party.id_number!, doc_type: input.docType, doc_number: docNumber, created_by: actor.userId, created_at: now }).returning('id').executeTakeFirstOrThrow();
    const payload: AliasAdded = { docType: input.docType, docNumber, idNumber: party.id_number! };
    await appendFeed(trx, now, [{ op: 'alias', ref: row.id, courtId: kase.court_id, payload }]);
    await recordEvent(trx, ctx.clock, actor, {
      courtId: kase.court_id,
      caseId,
      action: 'bindIdentityDocument',
      after: { documentId: row.id, partyId, docType: input.docType, docNumberMasked: maskDocumentNumber(docNumber), idNumberMasked: party.id_number_masked },
      summaryZh: `登记${party.name}的出行证件（${input.docType}，${maskDocumentNumber(docNumber)}）`,
      summaryEn: `Bound a travel document of ${party.name} (${input.docType}, ${maskDocumentNumber(docNumber)})`,
    });
  });
  return { ok: true };
}
