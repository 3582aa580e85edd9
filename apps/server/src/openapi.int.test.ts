/**
 * The OpenAPI 3.1 document generated from the zod contracts passes a real linter (Redocly's
 * recommended ruleset) — agencies and institutions build clients from it.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { createTestApp, type TestApp } from './testing/test-app.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document with every route at /api/docs/json and a UI at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, { operationId: string }>> }>();
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/cases/{id}/actions', '/api/v1/audit/verify', '/api/v1/calc/fee']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    assert.equal(doc.paths['/api/v1/cases']!.post!.operationId, 'fileCase');
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    assert.ok([200, 302].includes(ui.statusCode));
  });

  it('passes the Redocly recommended lint rules', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const config = await createConfig({
      extends: ['recommended'],
      // zod's registry emits an input and an output variant of each shared schema; one is unused by design.
      rules: { 'no-unused-components': 'off' },
    });
    const problems = await lintFromString({ source: res.body, config, absoluteRef: 'openapi.json' });
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`),
      [],
    );
  });
});
