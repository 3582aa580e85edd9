import type { RegisteredKey } from '@zhixing/connectors';
import { listInstitutionKeys, type Executor, type InstitutionRow } from '@zhixing/db';

/** The registered keys of an institution, as the protocol's verifier takes them (ADR 0008). */
export async function institutionKeys(db: Executor, institution: InstitutionRow): Promise<RegisteredKey[]> {
  const rows = await listInstitutionKeys(db, [institution.id]);
  return rows.map((k) => ({
    party: `institution:${institution.code}`,
    keyId: k.key_id,
    alg: k.alg,
    publicKey: k.public_key,
    validFrom: k.valid_from.toISOString(),
    validTo: k.valid_to?.toISOString() ?? null,
    revokedAt: k.revoked_at?.toISOString() ?? null,
  }));
}
