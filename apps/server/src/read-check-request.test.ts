/**
 * The check listener's fast path must read a body exactly as JSON.parse and the route's zod schema
 * do (readCheckRequest), or leave it to them: a body it reads must parse to the same request, and the common shapes
 * must be read (or the fast path is dead code).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { zScenario } from '@zhixing/contracts';
import { readCanonicalCheckRequest, readCheckRequest } from './read-check-request.js';

function agrees(text: string): boolean {
  const fast = readCanonicalCheckRequest(text);
  if (fast !== null) assert.deepEqual(fast, readCheckRequest(text), `read differently: ${JSON.stringify(text)}`);
  return fast !== null;
}

describe('readCanonicalCheckRequest', () => {
  it('reads the documented shapes as the schema does', () => {
    const read = [
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flight"}',
      '{ "subject": { "kind": "person", "idNumber": "210202199002021352" }, "name": "孙七", "scenario": "flight" }',
      '{"subject":{"kind":"organisation","creditCode":"91210200MA0QC5XXXX"},"scenario":"publicBidding"}',
      '{"subject":{"kind":"person","idNumber":"21020219900202135x"},"name":null,"scenario":"flight"}\n',
      '\r\n\t{"subject" : {"kind" : "person" , "idNumber" : "1"} , "name" : "A B" , "scenario" : "flight"}',
    ];
    for (const text of read) assert.ok(agrees(text), `not read: ${text}`);
  });

  it('leaves to the general path what it cannot read unchanged', () => {
    const left = [
      // other key orders, other or missing keys
      '{"scenario":"flight","subject":{"kind":"person","idNumber":"210202199002021352"}}',
      '{"subject":{"idNumber":"210202199002021352","kind":"person"},"scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flight","extra":1}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"}}',
      // a field that does not belong to the kind, an unknown kind or act
      '{"subject":{"kind":"person","creditCode":"91210200MA0QC5XXXX"},"scenario":"flight"}',
      '{"subject":{"kind":"document","docType":"passport","docNumber":"E1234567"},"scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flying"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"__proto__"}',
      // what the schema trims, escapes, non-JSON white space, a number over 40 characters
      '{"subject":{"kind":"person","idNumber":" 210202199002021352"},"scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"name":" 孙七","scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"name":"孙七\u3000","scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"name":"\\u5b59\\u4e03","scenario":"flight"}',
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"name":"","scenario":"flight"}',
      '\u00a0{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flight"}',
      `{"subject":{"kind":"person","idNumber":"${'1'.repeat(41)}"},"scenario":"flight"}`,
      // not JSON at all
      '{"subject":{"kind":"person","idNumber":"210202199002021352"},"scenario":"flight"',
    ];
    for (const text of left) assert.equal(readCanonicalCheckRequest(text), null, `read: ${text}`);
  });

  it('agrees with JSON.parse and the schema on generated bodies', () => {
    // Mostly what the fast path reads, with now and then a thing it must leave alone.
    const rarely = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: usual, weight: 30 }, { arbitrary: odd, weight: 1 });
    const ws = rarely(fc.constantFrom('', ' ', '\n', '\t', '\r\n'), fc.constantFrom('\u00a0', '\u2028'));
    const str = rarely(fc.constantFrom('210202199002021352', '91210200MA0QC5XXXX', '1', '孙七', 'A B'), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(' x', 'x ', '', '"', '\\', '\u0001', 'a\u3000')));
    const kind = rarely(fc.constantFrom('person', 'organisation'), fc.constantFrom('document', 'Person'));
    const field = rarely(fc.constantFrom('idNumber', 'creditCode'), fc.constant('docNumber'));
    const scenario = rarely(fc.constantFrom(...zScenario.options), fc.constantFrom('flying', 'Flight', '', 'constructor'));
    const body = fc
      .record({ w: fc.array(ws, { minLength: 12, maxLength: 12 }), kind, field, number: str, name: fc.option(fc.option(str, { nil: null }), { nil: undefined }), scenario })
      .map(({ w, kind: k, field: f, number, name, scenario: s }) => {
        const nameText = name === undefined ? '' : `${w[6]}"name"${w[7]}:${w[8]}${JSON.stringify(name)}${w[9]},`;
        return `${w[0]}{${w[1]}"subject"${w[2]}:{"kind":${JSON.stringify(k)},${w[3]}${JSON.stringify(f)}:${w[4]}${JSON.stringify(number)}}${w[5]},${nameText}${w[10]}"scenario":${JSON.stringify(s)}}${w[11]}`;
      });
    let read = 0;
    fc.assert(
      fc.property(body, (text) => {
        if (agrees(text)) read += 1;
      }),
      { numRuns: 3000 },
    );
    assert.ok(read > 300, `only ${read} of 3000 generated bodies were read by the fast path`);
  });
});
