import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUERY_CODE_ALPHABET, QUERY_CODE_LENGTH, formatQueryCode, normaliseQueryCode, queryCodeFromBytes } from './query-code.js';

describe('query codes', () => {
  it('are twelve characters of the alphabet, whatever the bytes, and read back as themselves', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 48, maxLength: 48 }).filter((b) => b.filter((x) => x < 248).length >= QUERY_CODE_LENGTH), (bytes) => {
        const code = queryCodeFromBytes(bytes);
        assert.equal(code.length, QUERY_CODE_LENGTH);
        assert.ok([...code].every((c) => QUERY_CODE_ALPHABET.includes(c)));
        assert.equal(normaliseQueryCode(formatQueryCode(code).toLowerCase()), code);
      }),
    );
  });

  it('skip the bytes that would make some characters likelier, and say when the bytes run out', () => {
    // 248–255 are skipped; 0 → '2', 31 → '2' again, 30 → 'Z'.
    assert.equal(queryCodeFromBytes(Uint8Array.from([255, 248, 0, 31, 30, 1, 2, 3, 4, 5, 6, 7, 8, 9])), '22Z3456789AB');
    assert.throws(() => queryCodeFromBytes(Uint8Array.from([1, 2, 3, 250])), RangeError);
  });

  it('are printed in groups of four and typed any way a person would', () => {
    assert.equal(formatQueryCode('K7QM3XWP9HDT'), 'K7QM-3XWP-9HDT');
    assert.equal(formatQueryCode(''), '');
    assert.equal(normaliseQueryCode(' k7qm 3xwp-9hdt '), 'K7QM3XWP9HDT');
    // Look-alikes the alphabet leaves out, and wrong lengths, cannot be codes.
    assert.equal(normaliseQueryCode('K7QM-3XWP-9HD0'), null);
    assert.equal(normaliseQueryCode('K7QM-3XWP-9HDI'), null);
    assert.equal(normaliseQueryCode('K7QM-3XWP'), null);
  });
});
