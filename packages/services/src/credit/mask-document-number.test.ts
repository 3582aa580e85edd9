import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { maskDocumentNumber } from './mask-document-number.js';

describe('maskDocumentNumber', () => {
  const CASES: Array<[string, string]> = [
    ['E12345678', 'E1*****78'],
    ['h1234567', 'H1****67'],
    ['12345', '12*45'],
    ['1234', '****'],
    ['', ''],
  ];
  for (const [input, masked] of CASES) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(masked)}`, () => assert.equal(maskDocumentNumber(input), masked));
  }
});
