import type { InstitutionView } from '@zhixing/contracts';
import type { InstitutionKeyRow, InstitutionRow } from '@zhixing/db';
import { INSTITUTION_CATEGORIES, type InstitutionAct, type InstitutionCategory } from '@zhixing/domain';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());

export function institutionView(row: InstitutionRow, keys: readonly InstitutionKeyRow[]): InstitutionView {
  const category = row.category as InstitutionCategory;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    category,
    categoryLabel: INSTITUTION_CATEGORIES[category].zh,
    acts: row.acts as InstitutionAct[],
    connection: row.connection,
    endpoint: row.endpoint,
    slaSeconds: row.sla_seconds,
    createdAt: row.created_at.toISOString(),
    retiredAt: iso(row.retired_at),
    deskKey: row.desk_key_prefix && row.desk_key_issued_at ? { prefix: row.desk_key_prefix, issuedAt: row.desk_key_issued_at.toISOString() } : null,
    keys: keys
      .filter((k) => k.institution_id === row.id)
      .map((k) => ({ keyId: k.key_id, alg: k.alg, publicKey: k.public_key, validFrom: k.valid_from.toISOString(), validTo: iso(k.valid_to), revokedAt: iso(k.revoked_at), revokedReason: k.revoked_reason })),
  };
}
