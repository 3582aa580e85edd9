import type { Clock } from '../context.js';

/** A clock tests move by hand: overdue detection and lockouts are checked without waiting. */
export interface FixedClock extends Clock {
  set(iso: string): void;
  advanceDays(days: number): void;
  advanceMs(ms: number): void;
}

export function fixedClock(iso: string): FixedClock {
  let t = new Date(iso).getTime();
  return {
    now: () => new Date(t),
    set(next) {
      t = new Date(next).getTime();
    },
    advanceDays(days) {
      t += days * 86_400_000;
    },
    advanceMs(ms) {
      t += ms;
    },
  };
}
