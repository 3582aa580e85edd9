/**
 * pgcrypto, where the store offers it, so the database can verify the audit chain's SM3 links
 * itself (events.repository.ts firstBrokenLinkOnServer); embedded PGlite loads it as an extension.
 * Where it is missing, verification hashes in Node. Either way the verdicts are the same.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const available = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'pgcrypto'`.execute(db);
  if ((available.rows[0]?.n ?? 0) > 0) await sql`create extension if not exists pgcrypto`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop extension if exists pgcrypto`.execute(db);
}
