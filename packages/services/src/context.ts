import type { Database } from '@zhixing/db';
import type { WorkingDayCalendar } from '@zhixing/domain';
import type { Role } from '@zhixing/domain';

/** Where "now" comes from: the system clock in production, a fixed one in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Everything a use case needs, passed in (no global DB client: style-by-example anti-pattern 1). */
export interface ServiceContext {
  readonly database: Database;
  readonly clock: Clock;
  /** The holiday calendar: built-in years plus the administrator's table; cached, refreshed on change. */
  calendar(): Promise<WorkingDayCalendar>;
  invalidateCalendar(): void;
}

/** The authenticated caller of a use case. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly courtId: string;
  readonly courtLevel: 'high' | 'intermediate' | 'basic';
}
