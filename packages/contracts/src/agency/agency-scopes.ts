/** What an agency's key may do on `/api/agency/v1`. */
export const AGENCY_SCOPES = ['check', 'bulk', 'feed', 'range', 'feedback'] as const;
export type AgencyScope = (typeof AGENCY_SCOPES)[number];
