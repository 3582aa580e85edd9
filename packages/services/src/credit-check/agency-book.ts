import { AGENCY_SCOPES, type AgencyScope } from '@zhixing/contracts';
import type { AgencyRow } from '@zhixing/db';
import { isScenario, type Scenario } from '@zhixing/domain';

/** An authenticated agency, as the check routes see it. */
export interface AgencyPrincipal {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly scenarios: ReadonlySet<Scenario>;
  readonly scopes: ReadonlySet<AgencyScope>;
  readonly rateLimitPerMinute: number;
}

/** Agencies by key hash, held in memory so authenticating a check costs no database query. */
export class AgencyBook {
  #byKeyHash = new Map<string, AgencyPrincipal>();

  replaceAll(rows: readonly AgencyRow[]): void {
    const next = new Map<string, AgencyPrincipal>();
    for (const r of rows) {
      if (r.revoked_at) continue;
      next.set(r.key_hash, {
        id: r.id,
        name: r.name,
        category: r.category,
        scenarios: new Set(r.scenarios.filter(isScenario)),
        scopes: new Set(r.scopes.filter((s): s is AgencyScope => (AGENCY_SCOPES as readonly string[]).includes(s))),
        rateLimitPerMinute: r.rate_limit_per_minute,
      });
    }
    this.#byKeyHash = next;
  }

  byKeyHash(hash: string): AgencyPrincipal | null {
    return this.#byKeyHash.get(hash) ?? null;
  }
}
