import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseReceiptNumber, receiptNumberFromBytes } from './receipt-number.js';

describe('receipt numbers', () => {
  const bytes = Uint8Array.from({ length: 40 }, (_, i) => (i * 37) % 248);
  it('names the kind and the year, with ten random characters in two groups', () => {
    const n = receiptNumberFromBytes('objection', 2026, bytes);
    assert.match(n, /^YY2026-[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    assert.match(receiptNumberFromBytes('filingRequest', 2027, bytes), /^LA2027-/);
    assert.notEqual(receiptNumberFromBytes('complaint', 2026, bytes.reverse()).slice(7), n.slice(7));
  });
  it('reads what a person typed: case, spaces and hyphens do not matter', () => {
    const n = receiptNumberFromBytes('propertyClue', 2026, bytes);
    assert.equal(normaliseReceiptNumber(n), n);
    assert.equal(normaliseReceiptNumber(` ${n.toLowerCase().replace(/-/g, ' ')} `), n);
  });
  it('refuses what cannot be a receipt number', () => {
    for (const bad of ['', 'YY2026-ABCDE', 'QQ2026-ABCDE-FGHJK', 'YY2026-ABCDE-FGHJ0', 'YY26-ABCDE-FGHJK']) assert.equal(normaliseReceiptNumber(bad), null, bad);
  });
});
