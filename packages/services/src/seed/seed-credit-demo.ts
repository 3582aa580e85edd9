import { insertAgency } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { secretHash } from '../auth/tokens.js';
import { proposeCreditDecision } from '../credit/propose-credit-decision.js';
import { reviewCreditDecision } from '../credit/review-credit-decision.js';

/** The demo agency's key, printed by `npm start` so the check API can be tried at once (demo data only). */
export const DEMO_AGENCY_KEY = 'zxa_demo-airline-key-2026';

/**
 * Demo credit discipline on the seeded cases: a signed consumption restriction binding a company
 * and its legal representative, and a listing proposal waiting for the president; plus a demo
 * airline registered for the consumption scenarios.
 */
export async function seedCreditDemo(ctx: ServiceContext, actors: { judge: Actor; president: Actor; admin: Actor }, cases: ReadonlyArray<{ id: string; debtorPartyId: string }>): Promise<void> {
  for (const c of cases) {
    const restriction = await proposeCreditDecision(ctx, actors.judge, c.id, {
      kind: 'consumptionRestriction',
      debtorPartyId: c.debtorPartyId,
      facts: '被执行人未按执行通知书指定的期间履行生效法律文书确定的给付义务。',
      gracePeriodMonths: 0,
      boundPersons: [{ role: 'legalRepresentative', name: '赵强', idNumber: '210203197511117894' }],
      onApplicantRequest: true,
    });
    await reviewCreditDecision(ctx, actors.president, restriction.id, { approve: true, reason: null, expectedVersion: restriction.version });
  }
  const last = cases.at(-1);
  if (last) {
    await proposeCreditDecision(ctx, actors.judge, last.id, {
      kind: 'dishonestListing',
      debtorPartyId: last.debtorPartyId,
      ground: 'evadesEnforcement',
      facts: '被执行人在执行通知送达后将名下车辆转让给关联公司，以转移财产方式规避执行。',
      gracePeriodMonths: 0,
      extensionYears: 0,
      aggravation: null,
      attestations: { securityProvided: false, seizedPropertySufficient: false, laterInPerformanceOrder: false },
      onApplicantRequest: true,
    });
  }
  await insertAgency(ctx.database.db, {
    id: '6a1f3c52-8d0e-4c1b-9a57-2f4b8e9d0c11',
    name: '演示航空公司',
    category: 'airline',
    scenarios: ['flight', 'highSpeedTrain', 'starHotel', 'tourism'],
    scopes: ['check', 'bulk', 'feed', 'feedback'],
    key_prefix: DEMO_AGENCY_KEY.slice(0, 10),
    key_hash: secretHash(DEMO_AGENCY_KEY),
    rate_limit_per_minute: 600_000,
    created_by: actors.admin.userId,
    created_at: ctx.clock.now(),
    revoked_at: null,
  });
}
