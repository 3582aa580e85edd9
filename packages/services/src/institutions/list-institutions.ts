import type { InstitutionView } from '@zhixing/contracts';
import { listInstitutionKeys, listInstitutionRows } from '@zhixing/db';
import type { InstitutionCategory } from '@zhixing/domain';
import { CASE_READER_ROLES } from '@zhixing/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';

import { institutionView } from './institution-view.js';

/** The institutions of the installation (shared by all its courts), with their keys' public halves. */
export async function listInstitutions(ctx: ServiceContext, actor: Actor, filter: { category?: InstitutionCategory | undefined; includeRetired?: boolean | undefined } = {}): Promise<{ items: InstitutionView[] }> {
  requireRole(actor, ['admin', ...CASE_READER_ROLES]);
  const rows = await listInstitutionRows(ctx.database.db, { ...(filter.category ? { category: filter.category } : {}), includeRetired: filter.includeRetired ?? false });
  const keys = await listInstitutionKeys(ctx.database.db, rows.map((r) => r.id));
  return { items: rows.map((r) => institutionView(r, keys)) };
}
