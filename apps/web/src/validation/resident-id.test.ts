/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkResidentId, residentIdCheckChar } from './resident-id.js';

const TODAY = new Date(Date.UTC(2026, 10, 28));

describe('checkResidentId (GB 11643 MOD 11-2)', () => {
  it('accepts valid numbers, including an X check character in either case', () => {
    assert.equal(checkResidentId('11010519491231002X', TODAY), null);
    assert.equal(checkResidentId('11010519491231002x', TODAY), null);
    assert.equal(checkResidentId(' 11010519491231002X ', TODAY), null);
  });

  it('computes the check character from the first 17 digits', () => {
    assert.equal(residentIdCheckChar('11010519491231002'), 'X');
    assert.equal(residentIdCheckChar('44030819900307001'), '3');
  });

  it('names the first problem found', () => {
    assert.equal(checkResidentId('110105194912310021', TODAY), 'checkDigit');
    assert.equal(checkResidentId('1101051949123100', TODAY), 'length');
    assert.equal(checkResidentId('11010519491231002Y', TODAY), 'characters');
    assert.equal(checkResidentId('1101051949X231002X', TODAY), 'characters');
    assert.equal(checkResidentId('01010519491231002X', TODAY), 'region');
    assert.equal(checkResidentId('110105194902300028', TODAY), 'birthDate');
    assert.equal(checkResidentId('110105203001010028', TODAY), 'birthDate');
  });
});
