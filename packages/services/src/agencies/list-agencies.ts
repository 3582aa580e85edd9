import { listAgencies } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { agencyView } from './agency-view.js';

export async function listAgenciesFor(ctx: ServiceContext, actor: Actor) {
  requireRole(actor, ['admin', 'bureau_chief', 'president', 'city_supervisor']);
  return { items: (await listAgencies(ctx.database.db)).map(agencyView) };
}
