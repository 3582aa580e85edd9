/**
 * The outbox keeps each request's signed envelope as the JSON text it is sent as (ADR 0009). As
 * jsonb, every claim of the dispatcher had the database turn several KiB back into text for each
 * request, and the platform parse it and write it out again before posting; the envelope is never
 * queried inside. Readers get it parsed from the repositories.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table assist_requests alter column envelope type text using envelope::text`).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`alter table assist_requests alter column envelope type jsonb using envelope::jsonb`).execute(db);
}
