import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { AppError, ERROR_CODES } from './errors.js';
import { renderErrorDocs } from './error-docs.js';

describe('error registry', () => {
  it('docs/errors.md is generated from the registry (run `npm run docs:errors`)', () => {
    const onDisk = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    assert.equal(onDisk, renderErrorDocs());
  });
  it('every code has a 4xx/5xx status and both languages', () => {
    for (const [code, spec] of Object.entries(ERROR_CODES)) {
      assert.ok(spec.status >= 400 && spec.status < 600, code);
      assert.match(spec.zh, /[\u4e00-\u9fa5]/, code);
      assert.match(spec.en, /^[A-Z]/, code);
    }
  });
  it('AppError carries the registry status and parses back from a body', () => {
    const e = new AppError('VERSION_CONFLICT', { details: { currentVersion: 3 } });
    assert.equal(e.status, 409);
    assert.equal(AppError.parse({ code: 'VERSION_CONFLICT', message: 'x' })?.code, 'VERSION_CONFLICT');
    assert.equal(AppError.parse({ code: 'NOPE', message: 'x' }), null);
    assert.equal(AppError.parse('text'), null);
  });
});
