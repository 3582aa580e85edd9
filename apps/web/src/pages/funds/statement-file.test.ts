/// <reference types="node" />
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { STATEMENT_COLUMNS, STATEMENT_EXAMPLE, countLines, decodeStatement } from './statement-file.js';

describe('a bank statement file', () => {
  it('is read as UTF-8, without its byte-order mark', () => {
    const text = '2026-03-02,BK1,100.00,李四,到账';
    assert.equal(decodeStatement(new TextEncoder().encode(text)), text);
    assert.equal(decodeStatement(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])), text);
  });

  it('is read as GB18030 when it is not UTF-8, as banks export it', () => {
    // 李四 in GBK: C0EE CBC4.
    const bytes = new Uint8Array([...new TextEncoder().encode('2026-03-02,BK1,100.00,'), 0xc0, 0xee, 0xcb, 0xc4]);
    assert.equal(decodeStatement(bytes), '2026-03-02,BK1,100.00,李四');
  });

  it('counts the lines with content, whatever the line ends, the header not among them', () => {
    assert.equal(countLines('a\r\nb\n\nc\r'), 3);
    assert.equal(countLines(''), 0);
    assert.equal(countLines(STATEMENT_EXAMPLE), 2);
    assert.equal(countLines('\uFEFFDate,Serial\n2026-03-02,BK1,1.00\n'), 1);
    assert.ok(STATEMENT_EXAMPLE.startsWith(`${STATEMENT_COLUMNS}\n`));
  });
});
