/** Ends a subscription (issue 5): the party on the portal, or anyone holding the token every message carries. */
import { AppError } from '@zhixing/contracts';
import { endSubscription } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import type { PartyPrincipal } from '../portal/party-principal.js';

export async function unsubscribe(ctx: ServiceContext, by: { party: PartyPrincipal; id: string } | { token: string }): Promise<{ ended: true }> {
  const { db } = ctx.database;
  await db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const ended = await endSubscription(trx, 'token' in by ? { unsubscribeToken: by.token } : { id: by.id, partyId: by.party.partyId }, now);
    if (!ended) throw new AppError('NOT_FOUND');
    await recordEvent(trx, ctx.clock, null, {
      courtId: ended.court_id,
      caseId: ended.case_id,
      action: 'portalUnsubscribed',
      after: { subscriptionId: ended.id, channel: ended.channel, by: 'token' in by ? 'link' : 'party' },
      summaryZh: '当事人取消订阅案件进展',
      summaryEn: 'A party unsubscribed from case updates',
    });
  });
  return { ended: true };
}
