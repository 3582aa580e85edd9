import { randomUUID } from 'node:crypto';
import type { AgencyScope } from '@zhixing/contracts';
import type { Scenario } from '@zhixing/domain';
import { insertAgency } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { newSecret, secretHash } from '../auth/tokens.js';
import { agencyView } from './agency-view.js';

export interface RegisterAgencyInput {
  name: string;
  category: string;
  scenarios: Scenario[];
  scopes: AgencyScope[];
  rateLimitPerMinute: number;
}

/** Registers an agency; the key is returned once and only its SHA-256 is kept. */
export async function registerAgency(ctx: ServiceContext, actor: Actor, input: RegisterAgencyInput) {
  requireRole(actor, ['admin']);
  const apiKey = newSecret('zxa');
  const row = {
    id: randomUUID(),
    name: input.name,
    category: input.category,
    scenarios: [...new Set(input.scenarios)],
    scopes: [...new Set(input.scopes)],
    key_prefix: apiKey.slice(0, 10),
    key_hash: secretHash(apiKey),
    rate_limit_per_minute: input.rateLimitPerMinute,
    created_by: actor.userId,
    created_at: ctx.clock.now(),
    revoked_at: null,
  };
  await insertAgency(ctx.database.db, row);
  return { ...agencyView(row), apiKey };
}
