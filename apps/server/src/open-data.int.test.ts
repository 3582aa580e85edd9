/**
 * The portal's public data over HTTP (issue 5): open statistics as JSON and as a CSV download, the
 * notices, and the 终本 search refusing a query that would browse it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filingRequest } from '@zhixing/services/testing';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;

before(async () => {
  t = await createTestApp('2026-11-30T10:00:00+08:00');
  const clerk = await t.login('clerk.zs');
  assert.equal((await t.call(clerk, 'POST', '/api/v1/cases', filingRequest({ filedOn: '2026-11-02' }))).statusCode, 201);
});
after(() => t.close());

describe('open data over HTTP', () => {
  it('serves the statistics as JSON and the same as a CSV file', async () => {
    const json = await t.call(null, 'GET', '/api/public/v1/statistics?courtId=210202&from=2026-11&to=2026-11');
    assert.equal(json.statusCode, 200, json.body);
    assert.equal(json.json<{ totals: { filed: number } }>().totals.filed, 1);
    const csv = await t.call(null, 'GET', '/api/public/v1/statistics.csv?courtId=210202&from=2026-11&to=2026-11');
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(String(csv.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(csv.headers['content-disposition']), /^attachment;/);
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(lines[0]!.split(',')[0], '月份 Month');
    assert.equal(lines[1], '2026-11,大连市中山区人民法院,1,0,0,0,0,0,0,0,0.00,0,0.00');
  });

  it('names the bad parameter in both languages', async () => {
    for (const url of ['/api/public/v1/statistics?from=2026-13', '/api/public/v1/statistics?from=2026-11&to=2026-01', '/api/public/v1/statistics.csv?from=2020-01&to=2026-11', '/api/public/v1/notices?page=0', '/api/public/v1/terminated-cases?name=%E5%BC%A0%E4%B8%89']) {
      const res = await t.call(null, 'GET', url);
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      const body = res.json<{ code: string; messageZh: string; messageEn: string }>();
      assert.equal(body.code, 'VALIDATION_FAILED');
      assert.ok(body.messageZh && body.messageEn);
    }
    assert.equal((await t.call(null, 'GET', '/api/public/v1/statistics?courtId=nowhere')).statusCode, 404);
  });
});
