import type { z } from 'zod';
import type { Role } from '@zhixing/domain';
import type { AgencyScope } from './agency/agency-scopes.js';

/**
 * One route's contract: its method and path, who may call it, and the zod schemas that give
 * validation, TypeScript types and the OpenAPI document at once (style-by-example §2).
 */
export interface RouteContract {
  /** Stable operation name in the OpenAPI document (and generated clients). */
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  /**
   * `public`: anyone; `roles`: a logged-in user whose role is listed ('*' = any staff role);
   * `agencyScope`: an agency whose API key carries that scope (`/api/agency/v1`); `party`: a party
   * verified on the public portal (`Authorization: Bearer zxp_…`, `/api/public/v1`).
   */
  readonly access: 'public' | 'party' | { readonly roles: readonly Role[] | '*' } | { readonly agencyScope: AgencyScope };
  readonly params?: z.ZodType;
  readonly querystring?: z.ZodType;
  readonly body?: z.ZodType;
  /** Request media types other than JSON (e.g. a CSV upload). */
  readonly consumes?: readonly string[];
  readonly response: Readonly<Record<number, z.ZodType>>;
}

export const defineRoute = <const T extends RouteContract>(route: T): T => route;

/** Staff who work with or supervise cases; the system administrator manages accounts, not cases. */
export const CASE_READER_ROLES = ['judge', 'officer', 'clerk', 'bureau_chief', 'president', 'city_supervisor'] as const satisfies readonly Role[];
