/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCreditCode, creditCodeCheckChar } from './credit-code.js';

describe('checkCreditCode (GB 32100 MOD 31)', () => {
  it('accepts a valid code in upper or lower case', () => {
    assert.equal(checkCreditCode('91350100M000100Y43'), null);
    assert.equal(checkCreditCode('91350100m000100y43'), null);
  });

  it('computes the check character', () => {
    assert.equal(creditCodeCheckChar('91350100M000100Y4'), '3');
  });

  it('names the problem', () => {
    assert.equal(checkCreditCode('91350100M000100Y44'), 'checkDigit');
    assert.equal(checkCreditCode('91350100M000100Y4'), 'length');
    assert.equal(checkCreditCode('91350100I000100Y43'), 'characters');
  });
});
