import type { z } from 'zod';
import type { zAgencyView } from '@zhixing/contracts';
import type { AgencyRow } from '@zhixing/db';

export function agencyView(r: AgencyRow): z.infer<typeof zAgencyView> {
  return {
    id: r.id,
    name: r.name,
    category: r.category as z.infer<typeof zAgencyView>['category'],
    scenarios: r.scenarios as z.infer<typeof zAgencyView>['scenarios'],
    scopes: r.scopes as z.infer<typeof zAgencyView>['scopes'],
    keyPrefix: r.key_prefix,
    rateLimitPerMinute: r.rate_limit_per_minute,
    createdAt: r.created_at.toISOString(),
    revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
  };
}
