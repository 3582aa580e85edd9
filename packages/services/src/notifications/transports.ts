/**
 * How a notification leaves the platform (issue 5: "an outbox with pluggable transports; the demo
 * transport writes to a log and the console shows it"). A transport sends one message or throws; the
 * outbox (deliver-notifications.ts) retries. E-mail and SMS need a gateway the court contracts with: until
 * one is plugged in, the log transport stands for them, and the console shows what was "sent" and by
 * which transport, so nobody mistakes a demo for a delivery.
 */
import type { NotificationChannel } from '@zhixing/domain';

export interface OutgoingNotification {
  /** Stable across retries: a receiver drops a repeat by it. */
  readonly id: string;
  readonly channel: NotificationChannel;
  readonly address: string;
  readonly caseNumber: string;
  readonly kind: string;
  readonly textZh: string;
  readonly textEn: string;
  readonly occurredAt: string;
  /** Ends the subscription: `POST /api/public/v1/unsubscribe` with it. */
  readonly unsubscribeToken: string;
}

export interface NotificationTransport {
  readonly name: string;
  send(message: OutgoingNotification): Promise<{ reference: string }>;
}

export type NotificationTransports = Readonly<Record<NotificationChannel, NotificationTransport>>;

/** The demo transport: one line per message in the server's log. */
export function logTransport(write: (line: string) => void): NotificationTransport {
  return {
    name: 'log',
    send(m) {
      write(`[notify:${m.channel}] ${m.address} ${m.caseNumber} ${m.textZh} (id ${m.id})`);
      return Promise.resolve({ reference: `log:${m.id}` });
    },
  };
}

/**
 * POSTs the notification as JSON to the subscriber's URL, only on hosts the operator allowed
 * (`ZX_NOTIFY_WEBHOOK_HOSTS`): a public form must not make the court's server call into its own network.
 */
export function webhookTransport(options: { allowHosts: readonly string[]; timeoutMs?: number }): NotificationTransport {
  const allowed = new Set(options.allowHosts.map((h) => h.trim().toLowerCase()).filter(Boolean));
  return {
    name: 'webhook',
    async send(m) {
      const url = new URL(m.address);
      if (!allowed.has(url.host.toLowerCase()) && !allowed.has(url.hostname.toLowerCase())) throw new Error(`webhook host ${url.host} is not allowed`);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zx-notification-id': m.id },
        body: JSON.stringify({ id: m.id, caseNumber: m.caseNumber, kind: m.kind, zh: m.textZh, en: m.textEn, occurredAt: m.occurredAt, unsubscribeToken: m.unsubscribeToken }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
        redirect: 'error',
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
      return { reference: `http ${response.status}` };
    },
  };
}

/** The transports from the environment: e-mail and SMS by log; webhooks for real where hosts are allowed. */
export function transportsFromEnv(env: Readonly<Record<string, string | undefined>>, write: (line: string) => void): NotificationTransports {
  const log = logTransport(write);
  const hosts = (env['ZX_NOTIFY_WEBHOOK_HOSTS'] ?? '').split(',').filter((h) => h.trim() !== '');
  return { email: log, sms: log, webhook: hosts.length > 0 ? webhookTransport({ allowHosts: hosts }) : log };
}
