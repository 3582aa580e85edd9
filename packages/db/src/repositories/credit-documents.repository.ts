import type { IdentityDocumentRow } from '../schema.js';
import type { Executor } from './executor.js';

/** The document currently bound under this type and number, if any (one person per document). */
export function findBoundDocument(db: Executor, docType: string, docNumber: string): Promise<IdentityDocumentRow | undefined> {
  return db.selectFrom('identity_documents').selectAll().where('doc_type', '=', docType).where('doc_number', '=', docNumber).where('unbound_at', 'is', null).executeTakeFirst();
}

export function findDocumentForUpdate(db: Executor, id: number): Promise<IdentityDocumentRow | undefined> {
  return db.selectFrom('identity_documents').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Unbinds a document; false when it was already unbound (another act won). */
export async function unbindDocumentRow(db: Executor, id: number, patch: { at: Date; by: string; reason: string }): Promise<boolean> {
  const r = await db
    .updateTable('identity_documents')
    .set({ unbound_at: patch.at, unbound_by: patch.by, unbound_reason: patch.reason })
    .where('id', '=', id)
    .where('unbound_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The documents bound in one court to any of these ID numbers — bound now or once — oldest
 * first. Within the court only: every case-scoped read stays in one court (architecture.md).
 */
export function listCourtDocuments(db: Executor, courtId: string, idNumbers: readonly string[]): Promise<IdentityDocumentRow[]> {
  if (idNumbers.length === 0) return Promise.resolve([]);
  return db.selectFrom('identity_documents').selectAll().where('court_id', '=', courtId).where('id_number', 'in', idNumbers).orderBy('created_at').orderBy('id').execute();
}
