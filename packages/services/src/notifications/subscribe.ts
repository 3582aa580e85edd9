/**
 * A party on the portal subscribes to their case's updates (issue 5): by e-mail, SMS or a webhook. From
 * now on each new public node of the case (the same as on their timeline) is sent to them. The same
 * address twice is the same subscription; a party keeps at most five. It is a case event.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { AppError, invalidField, type PartySubscription, type SubscribeRequest } from '@zhixing/contracts';
import { courtChainHead, insertSubscription, listPartySubscriptions } from '@zhixing/db';
import { MAX_SUBSCRIPTIONS_PER_PARTY, maskAddress, normaliseAddress, type NotificationChannel } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import type { PartyPrincipal } from '../portal/party-principal.js';

const view = (s: { id: string; channel: string; address: string; created_at: Date }): PartySubscription => ({ id: s.id, channel: s.channel as NotificationChannel, address: s.address, createdAt: s.created_at.toISOString() });

export async function listMySubscriptions(ctx: ServiceContext, party: PartyPrincipal): Promise<{ items: PartySubscription[] }> {
  return { items: (await listPartySubscriptions(ctx.database.db, party.partyId)).map(view) };
}

export async function subscribe(ctx: ServiceContext, party: PartyPrincipal, input: SubscribeRequest): Promise<PartySubscription & { unsubscribeToken?: string }> {
  const address = normaliseAddress(input.channel, input.address);
  if (!address) throw invalidField('address', input.channel === 'email' ? '电子邮箱格式不正确' : input.channel === 'sms' ? '手机号码应为11位' : '回调地址应为 http(s) 网址', input.channel === 'email' ? 'Not an e-mail address' : input.channel === 'sms' ? 'A mobile number has 11 digits' : 'The webhook must be an http(s) URL');
  const { db } = ctx.database;
  return db.transaction().execute(async (trx) => {
    const live = await listPartySubscriptions(trx, party.partyId);
    const same = live.find((s) => s.channel === input.channel && s.address === address);
    if (same) return view(same);
    if (live.length >= MAX_SUBSCRIPTIONS_PER_PARTY) throw new AppError('SUBSCRIPTION_LIMIT', { details: { max: MAX_SUBSCRIPTIONS_PER_PARTY } });
    const now = ctx.clock.now();
    const id = randomUUID();
    const unsubscribeToken = randomBytes(24).toString('base64url');
    // Only what happens from now on: the head of the court's chain at this moment.
    await insertSubscription(trx, { id, caseId: party.caseId, courtId: party.courtId, partyId: party.partyId, channel: input.channel, address, fromSeq: await courtChainHead(trx, party.courtId), unsubscribeToken, createdAt: now });
    await recordEvent(trx, ctx.clock, null, {
      courtId: party.courtId,
      caseId: party.caseId,
      action: 'portalSubscribed',
      after: { subscriptionId: id, partyId: party.partyId, channel: input.channel, address: maskAddress(input.channel, address) },
      summaryZh: `当事人在执行信息公开网订阅案件进展（${maskAddress(input.channel, address)}）`,
      summaryEn: `A party subscribed to case updates on the public portal (${maskAddress(input.channel, address)})`,
    });
    return { ...view({ id, channel: input.channel, address, created_at: now }), unsubscribeToken };
  });
}
