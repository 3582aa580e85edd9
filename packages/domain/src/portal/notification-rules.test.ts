import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DELIVERY_ATTEMPTS, maskAddress, normaliseAddress, retryDelayMs, type NotificationChannel } from './notification-rules.js';

describe('subscription addresses', () => {
  const table: Array<[NotificationChannel, string, string | null]> = [
    ['email', ' Zhang.Wei@Example.com ', 'zhang.wei@example.com'],
    ['email', 'no-at-sign', null],
    ['email', 'a@b', null],
    ['sms', '13912345678', '13912345678'],
    ['sms', '12912345678', null],
    ['sms', '1391234567', null],
    ['webhook', 'https://law-firm.example/hooks/zx', 'https://law-firm.example/hooks/zx'],
    ['webhook', 'http://127.0.0.1:8080/x', 'http://127.0.0.1:8080/x'],
    ['webhook', 'ftp://example.com/x', null],
    ['webhook', 'https://user:pw@example.com/', null],
    ['webhook', 'not a url', null],
    ['webhook', `https://example.com/${'x'.repeat(500)}`, null],
  ];
  for (const [channel, input, expected] of table) it(`${channel} ${JSON.stringify(input.slice(0, 40))}`, () => assert.equal(normaliseAddress(channel, input), expected));

  it('masks a contact for staff', () => {
    assert.equal(maskAddress('email', 'zhang.wei@example.com'), 'z***@example.com');
    assert.equal(maskAddress('sms', '13912345678'), '139****5678');
    assert.equal(maskAddress('webhook', 'https://law-firm.example/hooks/zx?token=secret'), 'https://law-firm.example/…');
    assert.equal(maskAddress('webhook', 'garbage'), '…');
  });
});

describe('delivery retries', () => {
  it('backs off from a minute to a day, then gives up', () => {
    assert.equal(retryDelayMs(1), 60_000);
    assert.equal(retryDelayMs(3), 30 * 60_000);
    assert.equal(retryDelayMs(MAX_DELIVERY_ATTEMPTS - 1), 24 * 3600_000);
    assert.equal(retryDelayMs(MAX_DELIVERY_ATTEMPTS), null);
    assert.equal(retryDelayMs(0), null);
  });
});
