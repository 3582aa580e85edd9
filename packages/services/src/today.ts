import { civilDateOf, type CivilDate } from '@zhixing/domain';
import type { Clock } from './context.js';

/** Today's date in China Standard Time: every legal period is counted in CST days. */
export function today(clock: Clock): CivilDate {
  return civilDateOf(clock.now().getTime());
}
