/**
 * Networked inquiry and control (issue 4), first tables: the assisting institutions the courts talk
 * to and the public keys their replies are signed with (ADR 0008). An institution belongs to the
 * city, not to one court: every court of the installation sends it requests. Keys rotate: several
 * per institution, each with its validity; a revoked key is kept, with who revoked it and when.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `create table institutions (
    id uuid primary key,
    code text not null unique,
    name text not null,
    category text not null,
    acts text[] not null,
    connection text not null check (connection in ('push', 'pull', 'manual')),
    endpoint text,
    sla_seconds integer not null check (sla_seconds > 0),
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    retired_at timestamptz,
    check (connection <> 'push' or endpoint is not null)
  )`,
  `create table institution_keys (
    institution_id uuid not null references institutions(id),
    key_id text not null,
    alg text not null check (alg in ('SM2-SM3', 'Ed25519')),
    public_key text not null,
    valid_from timestamptz not null,
    valid_to timestamptz,
    revoked_at timestamptz,
    revoked_by uuid references users(id),
    revoked_reason text,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    primary key (institution_id, key_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table institution_keys').execute(db);
  await sql.raw('drop table institutions').execute(db);
}
