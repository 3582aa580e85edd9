/**
 * Credit discipline (issue 3), undoing two acts: a consumption permit the court withdraws
 * (限高规定 art. 8 permits) records who withdrew it and why; a travel document bound to a person
 * in error can be unbound, with who, when and why, and bound again later — so the one-document-
 * one-person rule holds among the documents currently bound only.
 */
import { sql, type Kysely } from 'kysely';

const UP = [
  `alter table consumption_permits add column revoked_by uuid references users(id)`,
  `alter table consumption_permits add column revoked_reason text`,
  `alter table identity_documents add column unbound_at timestamptz`,
  `alter table identity_documents add column unbound_by uuid references users(id)`,
  `alter table identity_documents add column unbound_reason text`,
  `alter table identity_documents drop constraint identity_documents_doc_type_doc_number_key`,
  `create unique index identity_documents_bound_uq on identity_documents (doc_type, doc_number) where unbound_at is null`,
  // The console lists a case's documents by its parties' ID numbers within the court.
  `create index identity_documents_court_id_number_idx on identity_documents (court_id, id_number)`,
  `create index consumption_permits_decision_idx on consumption_permits (decision_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `drop index consumption_permits_decision_idx`,
    `drop index identity_documents_court_id_number_idx`,
    `drop index identity_documents_bound_uq`,
    // Unbound rows would collide with the restored constraint: they go first.
    `delete from identity_documents where unbound_at is not null`,
    `alter table identity_documents add constraint identity_documents_doc_type_doc_number_key unique (doc_type, doc_number)`,
    `alter table identity_documents drop column unbound_reason`,
    `alter table identity_documents drop column unbound_by`,
    `alter table identity_documents drop column unbound_at`,
    `alter table consumption_permits drop column revoked_reason`,
    `alter table consumption_permits drop column revoked_by`,
  ];
  for (const s of statements) await sql.raw(s).execute(db);
}
