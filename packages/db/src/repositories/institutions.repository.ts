import type { Insertable } from 'kysely';
import type { InstitutionKeyRow, InstitutionKeysTable, InstitutionRow, InstitutionsTable } from '../schema.js';
import type { Executor } from './executor.js';

export async function insertInstitution(db: Executor, row: Insertable<InstitutionsTable>): Promise<void> {
  await db.insertInto('institutions').values(row).execute();
}

export function findInstitutionByCode(db: Executor, code: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The institution's row, locked for the rest of the transaction (key changes are serialised per institution). */
export function lockInstitution(db: Executor, id: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function listInstitutionRows(db: Executor, filter: { category?: string; includeRetired?: boolean } = {}): Promise<InstitutionRow[]> {
  let q = db.selectFrom('institutions').selectAll();
  if (filter.category) q = q.where('category', '=', filter.category);
  if (!filter.includeRetired) q = q.where('retired_at', 'is', null);
  return q.orderBy('category').orderBy('name').orderBy('id').execute();
}

export function listInstitutionKeys(db: Executor, institutionIds?: readonly string[]): Promise<InstitutionKeyRow[]> {
  let q = db.selectFrom('institution_keys').selectAll();
  if (institutionIds) {
    if (institutionIds.length === 0) return Promise.resolve([]);
    q = q.where('institution_id', 'in', institutionIds);
  }
  return q.orderBy('institution_id').orderBy('valid_from').orderBy('key_id').execute();
}

export async function insertInstitutionKey(db: Executor, row: Insertable<InstitutionKeysTable>): Promise<void> {
  await db.insertInto('institution_keys').values(row).execute();
}

/** Rotation: the keys still open-ended stop covering new messages at `at`. */
export async function closeOpenKeys(db: Executor, institutionId: string, at: Date): Promise<number> {
  const r = await db.updateTable('institution_keys').set({ valid_to: at }).where('institution_id', '=', institutionId).where('valid_to', 'is', null).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function revokeInstitutionKeyRow(db: Executor, institutionId: string, keyId: string, by: string, reason: string, at: Date): Promise<InstitutionKeyRow | undefined> {
  return db
    .updateTable('institution_keys')
    .set({ revoked_at: at, revoked_by: by, revoked_reason: reason })
    .where('institution_id', '=', institutionId)
    .where('key_id', '=', keyId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export function findInstitution(db: Executor, id: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setInstitutionDeskKey(db: Executor, id: string, key: { hash: string; prefix: string; issuedAt: Date }): Promise<void> {
  await db.updateTable('institutions').set({ desk_key_hash: key.hash, desk_key_prefix: key.prefix, desk_key_issued_at: key.issuedAt }).where('id', '=', id).execute();
}

export function findInstitutionByDeskKey(db: Executor, hash: string): Promise<InstitutionRow | undefined> {
  return db.selectFrom('institutions').selectAll().where('desk_key_hash', '=', hash).executeTakeFirst();
}
