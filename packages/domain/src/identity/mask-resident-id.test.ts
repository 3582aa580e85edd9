import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskResidentId } from './mask-resident-id.js';

const CASES: ReadonlyArray<{ input: string; masked: string }> = [
  { input: '210102199001011234', masked: '2101**********1234' },
  { input: '11010519491231002x', masked: '1101**********002X' },
  { input: ' 11010519491231002X ', masked: '1101**********002X' },
  { input: '110105491231002', masked: '1101*******1002' },
  { input: '123456789', masked: '1234*6789' },
  { input: '12345678', masked: '********' },
  { input: '', masked: '' },
];

describe('maskResidentId', () => {
  for (const c of CASES) {
    it(`"${c.input}" → "${c.masked}"`, () => {
      assert.equal(maskResidentId(c.input), c.masked);
    });
  }

  it('keeps the length and never shows more than 8 characters (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9X]{0,30}$/), (id) => {
        const masked = maskResidentId(id);
        assert.equal(masked.length, id.length);
        assert.ok(masked.replaceAll('*', '').length <= Math.min(8, id.length));
      }),
    );
  });
});
