import type { Insertable } from 'kysely';
import type { UserRow, UsersTable } from '../schema.js';
import type { Executor } from './executor.js';

export function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Executor, user: Insertable<UsersTable>): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

export function listUsers(db: Executor, filter: { courtIds: readonly string[]; role?: string }): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().where('court_id', 'in', filter.courtIds.length ? [...filter.courtIds] : ['']);
  if (filter.role) q = q.where('role', '=', filter.role);
  return q.orderBy('court_id').orderBy('username').execute();
}

export async function recordLoginFailure(db: Executor, id: string, lockUntil: Date | null): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ failed_attempts: eb('failed_attempts', '+', 1), locked_until: lockUntil }))
    .where('id', '=', id)
    .execute();
}

export async function resetLoginFailures(db: Executor, id: string): Promise<void> {
  await db.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
}
