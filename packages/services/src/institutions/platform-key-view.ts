import type { Signer } from '@zhixing/connectors';
import { listCourts } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';

/** The public half of the installation's signing key, and the court parties it signs for: what an institution registers. */
export async function platformKeyView(ctx: ServiceContext, actor: Actor, signer: Signer) {
  requireRole(actor, ['admin']);
  const courts = await listCourts(ctx.database.db);
  return { keyId: signer.keyId, alg: signer.alg, publicKey: signer.publicKey, courts: courts.map((c) => `court:${c.id}`) };
}
