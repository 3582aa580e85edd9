import type { ServiceContext } from '../context.js';
import { scanPassiveEnforcement } from '../supervision/scan-passive-enforcement.js';
import { scanCreditDecisions } from '../credit/scan-credit-decisions.js';
import { scanControls } from '../controls/scan-controls.js';
import { scanDisbursements } from '../funds/scan-disbursements.js';

/** What each job kind does. Handlers must be idempotent: a job whose lease expired runs again. */
export const JOB_HANDLERS: Readonly<Record<string, (ctx: ServiceContext, payload: unknown) => Promise<unknown>>> = {
  'scan-passive-enforcement': (ctx) => scanPassiveEnforcement(ctx),
  'scan-credit-decisions': (ctx) => scanCreditDecisions(ctx),
  'scan-controls': (ctx) => scanControls(ctx),
  'scan-disbursements': (ctx) => scanDisbursements(ctx),
};
