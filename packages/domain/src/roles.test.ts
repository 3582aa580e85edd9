import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROLE_LABELS, ROLES, isRole } from './roles.js';

describe('roles', () => {
  it('knows the seven staff roles and labels each in Chinese and English', () => {
    assert.equal(ROLES.length, 7);
    for (const role of ROLES) {
      assert.ok(isRole(role));
      assert.match(ROLE_LABELS[role].zh, /[\u4e00-\u9fa5]/);
      assert.ok(ROLE_LABELS[role].en.length > 0);
    }
  });
  it('rejects anything else', () => {
    for (const value of ['', 'Admin', 'judge ', 'root', 'system']) assert.equal(isRole(value), false);
  });
});
