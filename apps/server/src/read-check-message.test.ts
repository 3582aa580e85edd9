/**
 * The check's front reads only whole requests of the narrow form, and reads them as they were
 * written: every field, the body's bounds, the next request's start. Every other form — and every
 * request cut short — is left to Node's parser (null).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCheckMessage } from './read-check-message.js';

const BODY = '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flight"}';
const LINE = 'POST /api/agency/v1/checks HTTP/1.1';

function request(fields: Array<[string, string]>, body = BODY, line = LINE): string {
  return [line, ...fields.map(([n, v]) => `${n}: ${v}`), '', body].join('\r\n');
}
const usual = (body = BODY): Array<[string, string]> => [
  ['Host', '127.0.0.1:8080'],
  ['Content-Type', 'application/json'],
  ['Authorization', 'Bearer zxa_key'],
  ['Content-Length', String(Buffer.byteLength(body))],
];
const read = (text: string, at = 0) => readCheckMessage(Buffer.from(text, 'latin1'), at);

describe('readCheckMessage', () => {
  it('reads a whole request: its fields by lower-case name, its body, and where the next one starts', () => {
    const text = request([...usual(), ['Accept-Language', 'en-US'], ['Connection', 'Keep-Alive'], ['X-Trace', ' a\tb ']]);
    const m = read(text + 'GET / HTTP/1.1\r\n');
    assert.ok(m && m !== 'partial');
    assert.deepEqual(m.headers, { host: '127.0.0.1:8080', 'content-type': 'application/json', authorization: 'Bearer zxa_key', 'content-length': String(BODY.length), 'accept-language': 'en-US', connection: 'Keep-Alive', 'x-trace': 'a\tb' });
    assert.equal(Buffer.from(text, 'latin1').toString('latin1', m.bodyStart, m.end), BODY);
    assert.equal(m.end, text.length);
  });

  it('reads the second of two requests in a row from where the first ended', () => {
    const one = request(usual());
    const first = read(one + one);
    assert.ok(first && first !== 'partial');
    const second = read(one + one, first.end);
    assert.ok(second && second !== 'partial');
    assert.equal(second.end, 2 * one.length);
  });

  const refused: Array<[string, string]> = [
    ['another path', request(usual(), BODY, 'POST /api/agency/v1/checks?x=1 HTTP/1.1')],
    ['another method', request(usual(), BODY, 'PUT /api/agency/v1/checks HTTP/1.1')],
    ['a lower-case method', request(usual(), BODY, 'post /api/agency/v1/checks HTTP/1.1')],
    ['an absolute URL', request(usual(), BODY, 'POST http://x/api/agency/v1/checks HTTP/1.1')],
    ['HTTP/1.0', request(usual(), BODY, 'POST /api/agency/v1/checks HTTP/1.0')],
    ['two spaces in the request line', request(usual(), BODY, 'POST  /api/agency/v1/checks HTTP/1.1')],
    ['no Host', request(usual().filter(([n]) => n !== 'Host'))],
    ['no Content-Type', request(usual().filter(([n]) => n !== 'Content-Type'))],
    ['no Content-Length', request(usual().filter(([n]) => n !== 'Content-Length'))],
    ['a length with a leading zero', request(usual().map(([n, v]): [string, string] => [n, n === 'Content-Length' ? `0${v}` : v]))],
    ['a length with a sign', request(usual().map(([n, v]): [string, string] => [n, n === 'Content-Length' ? `+${v}` : v]))],
    ['a zero length', request(usual('').map(([n, v]): [string, string] => [n, v]), '')],
    ['a body over 4 KiB', request(usual('x'.repeat(4097)), 'x'.repeat(4097))],
    ['a name twice', request([...usual(), ['content-type', 'application/json']])],
    ['Transfer-Encoding', request([...usual(), ['Transfer-Encoding', 'chunked']])],
    ['Expect', request([...usual(), ['Expect', '100-continue']])],
    ['Upgrade', request([...usual(), ['Upgrade', 'websocket']])],
    ['Connection: close', request([...usual(), ['Connection', 'close']])],
    ['a folded line', request([...usual(), ['X-A', 'b\r\n c']])],
    ['a bare LF in a value', request([...usual(), ['X-A', 'b\nc']])],
    ['a bare CR in a value', request([...usual(), ['X-A', 'b\rc']])],
    ['a byte above 0x7E in a value', request([...usual(), ['X-A', 'caf\xe9']])],
    ['a NUL in a value', request([...usual(), ['X-A', 'a\0b']])],
    ['a space before the colon', request(usual()).replace('Host:', 'Host :')],
    ['a name that is not a token', request([...usual(), ['X(A)', 'b']])],
    ['LF line ends', request(usual()).replace(/\r\n/g, '\n')],
    ['a name inherited by every object', request([...usual(), ['constructor', 'x']])],
    ['a head over 8 KiB', request([...usual(), ['X-Pad', 'a'.repeat(8200)]])],
  ];
  for (const [what, text] of refused) {
    it(`leaves ${what} to Node`, () => assert.equal(read(text), null));
  }

  it('reads every request cut short as partial, wherever it is cut', () => {
    const text = request(usual());
    assert.ok(read(text));
    for (let n = 0; n < text.length; n += 1) assert.equal(read(text.slice(0, n)), 'partial', `cut at ${n}`);
  });

  it('reads what cannot become a check as not one, however short', () => {
    for (const text of ['G', 'POST /api/agency/v1/checkz', 'POST /api/agency/v1/checks HTTP/1.0']) assert.equal(read(text), null, text);
    // (a head longer than 8 KiB without its end is not one either)
    assert.equal(read(`${LINE}\r\nX-Pad: ${'a'.repeat(8200)}`), null);
  });

  it('reads any fields of visible ASCII as written (property)', () => {
    const token = fc.stringMatching(/^x-[a-z0-9-]{1,20}$/);
    const value = fc.stringMatching(/^[\x21-\x7e]([\x20-\x7e]{0,40}[\x21-\x7e])?$/);
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(token, value), { selector: ([n]) => n, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 300 }), (extra, body) => {
        const bytes = Buffer.byteLength(body);
        const text = [LINE, ...usual('x'.repeat(bytes)).map(([n, v]) => `${n}: ${v}`), ...extra.map(([n, v]) => `${n}:${v}`), '', ''].join('\r\n');
        const buf = Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from(body, 'utf8')]);
        const m = readCheckMessage(buf, 0);
        assert.ok(m && m !== 'partial');
        for (const [n, v] of extra) assert.equal(m.headers[n], v);
        assert.equal(buf.toString('utf8', m.bodyStart, m.end), body);
        assert.equal(m.end, buf.length);
      }),
    );
  });
});
