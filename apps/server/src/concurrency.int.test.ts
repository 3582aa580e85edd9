/**
 * Two clerks act on the same case at the same moment: exactly one act lands, the other gets a
 * clean 409 and changes nothing; concurrent filings over HTTP keep their numbers gapless.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

describe('concurrency over HTTP', () => {
  it('concurrent edits of one case: one 200, the rest 409, one event', async () => {
    const judge = await t.login('judge.zs');
    const chief = await t.login('chief.zs');
    const filed = (await t.call(judge, 'POST', '/api/v1/cases', filingRequest({}))).json<{ id: string; version: number }>();
    const me = (await t.call(judge, 'GET', '/api/v1/auth/me')).json<{ id: string }>();
    const attempts = await Promise.all(
      [judge, chief, chief].map((s) => t.call(s, 'POST', `/api/v1/cases/${filed.id}/actions`, { action: { type: 'assignHandler', handlerId: me.id }, expectedVersion: filed.version })),
    );
    const statuses = attempts.map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [200, 409, 409]);
    const events = (await t.call(judge, 'GET', `/api/v1/cases/${filed.id}/events`)).json<{ items: Array<{ action: string }> }>();
    assert.deepEqual(events.items.map((e) => e.action), ['fileCase', 'assignHandler']);
  });

  it('concurrent filings over HTTP get consecutive numbers', async () => {
    const clerk = await t.login('clerk.zs');
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => t.call(clerk, 'POST', '/api/v1/cases', filingRequest({ debtorName: `并发HTTP${i}` }))));
    assert.ok(results.every((r) => r.statusCode === 201));
    const numbers = results.map((r) => Number(/执(\d+)号/.exec(r.json<{ caseNumber: string }>().caseNumber)![1])).sort((a, b) => a - b);
    assert.deepEqual(numbers, Array.from({ length: 8 }, (_, i) => numbers[0]! + i));
  });
});
