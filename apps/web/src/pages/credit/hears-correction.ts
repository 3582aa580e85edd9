import type { Correction } from '../../api/endpoints.js';
import type { SessionUser } from '../../auth/session-context.js';

/**
 * Whether the user's court hears this application: a correction request at the court that decided,
 * a reconsideration at the court above (its `courtId`). The court that made the decision also sees
 * its reconsiderations, read-only: the server refuses its decision (404), so no button is offered.
 * Only the city supervisors see more than their own court, and they decide nothing.
 */
export const hearsCorrection = (user: SessionUser, c: Pick<Correction, 'courtId'>): boolean => user.role === 'city_supervisor' || c.courtId === user.court.id;
