/**
 * Case-update subscriptions on the portal (issue 5: "They can subscribe to updates (an outbox with
 * pluggable transports)"): where a party may ask to be told, how a contact is shown to staff, and
 * how a failed delivery is retried.
 */
export const NOTIFICATION_CHANNELS = ['email', 'sms', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** A party keeps a few subscriptions per case, not a mailing list. */
export const MAX_SUBSCRIPTIONS_PER_PARTY = 5;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const MOBILE = /^1[3-9]\d{9}$/;

/** The address normalised for its channel, or null when it is not one. */
export function normaliseAddress(channel: NotificationChannel, address: string): string | null {
  const a = address.trim();
  if (channel === 'email') return EMAIL.test(a) && a.length <= 254 ? a.toLowerCase() : null;
  if (channel === 'sms') return MOBILE.test(a) ? a : null;
  if (a.length > 500) return null;
  try {
    const url = new URL(a);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** How staff see a contact: enough to recognise it, not to use it (`z***@example.com`, `139****5678`, the webhook's host). */
export function maskAddress(channel: NotificationChannel, address: string): string {
  if (channel === 'email') {
    const at = address.indexOf('@');
    return `${address.slice(0, 1)}***${address.slice(at)}`;
  }
  if (channel === 'sms') return `${address.slice(0, 3)}****${address.slice(-4)}`;
  try {
    return `${new URL(address).protocol}//${new URL(address).host}/…`;
  } catch {
    return '…';
  }
}

/** Waits between delivery attempts: 1, 5, 30 minutes, then 2, 6, 12, 24 hours; after that it has failed. */
const RETRY_MINUTES = [1, 5, 30, 120, 360, 720, 1440];
export const MAX_DELIVERY_ATTEMPTS = RETRY_MINUTES.length + 1;

/** The wait after `attempts` failed attempts, or null when it is given up. */
export function retryDelayMs(attempts: number): number | null {
  const minutes = RETRY_MINUTES[attempts - 1];
  return attempts >= 1 && minutes !== undefined ? minutes * 60_000 : null;
}
