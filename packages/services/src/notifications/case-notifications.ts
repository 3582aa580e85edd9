/** What the parties of a case follow and what they were sent (issue 5: "the console shows it"). */
import { AppError, type CaseNotifications } from '@zhixing/contracts';
import { findCase, listCaseNotifications, listCaseSubscriptions } from '@zhixing/db';
import { maskAddress, type NotificationChannel } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireCourtInScope } from '../scope.js';

export async function caseNotifications(ctx: ServiceContext, actor: Actor, caseId: string): Promise<CaseNotifications> {
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, row.court_id);
  const [subscriptions, notifications] = await Promise.all([listCaseSubscriptions(db, caseId), listCaseNotifications(db, caseId, 100)]);
  return {
    subscriptions: subscriptions.map((s) => ({
      id: s.id,
      party: s.party_name,
      partyRole: s.party_role,
      channel: s.channel as NotificationChannel,
      address: maskAddress(s.channel as NotificationChannel, s.address),
      createdAt: s.created_at.toISOString(),
      endedAt: s.ended_at?.toISOString() ?? null,
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      subscriptionId: n.subscription_id,
      kind: n.node_kind,
      zh: n.text_zh,
      en: n.text_en,
      state: n.state as 'pending' | 'sent' | 'failed',
      attempts: n.attempts,
      transport: n.transport,
      reference: n.reference,
      lastError: n.last_error,
      createdAt: n.created_at.toISOString(),
      sentAt: n.sent_at?.toISOString() ?? null,
    })),
  };
}
