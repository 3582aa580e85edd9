import type { CourtRow } from '../schema.js';
import type { Executor } from './executor.js';

export function listCourts(db: Executor): Promise<CourtRow[]> {
  return db.selectFrom('courts').selectAll().orderBy('code').execute();
}

export function findCourt(db: Executor, id: string): Promise<CourtRow | undefined> {
  return db.selectFrom('courts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCourtByCode(db: Executor, code: string): Promise<CourtRow | undefined> {
  return db.selectFrom('courts').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function upsertCourt(db: Executor, court: Omit<CourtRow, 'created_at'>): Promise<void> {
  await db
    .insertInto('courts')
    .values(court)
    .onConflict((oc) => oc.column('id').doUpdateSet({ code: court.code, name: court.name, name_en: court.name_en, level: court.level, parent_id: court.parent_id }))
    .execute();
}
