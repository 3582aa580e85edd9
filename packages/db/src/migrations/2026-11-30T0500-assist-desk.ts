/**
 * The desk for institutions that are not networked (传统查控, issue 4): each such institution gets
 * a desk key from the administrator (only its SHA-256 is kept) with which its staff see the
 * requests addressed to it and answer them by form.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table institutions add column desk_key_hash text, add column desk_key_prefix text, add column desk_key_issued_at timestamptz').execute(db);
  await sql.raw('create unique index institutions_desk_key_uq on institutions (desk_key_hash) where desk_key_hash is not null').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table institutions drop column desk_key_hash, drop column desk_key_prefix, drop column desk_key_issued_at').execute(db);
}
