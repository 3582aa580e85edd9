import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseCreditCode, parseResidentId } from '@zhixing/domain';
import { KEY_BAD_CHECK_CHAR, KEY_MALFORMED, KEY_OK, formatSubjectKey, parseOrganisationKey, parsePersonKey, subjectKeyOf } from './subject-key.js';
import type { KeyStatus } from './subject-key.js';
import { creditCodeFor, creditCodeOf, personIdFor, personIdOf } from './test-subjects.js';

const PERSONS: ReadonlyArray<{ text: string; status: KeyStatus; note: string }> = [
  { text: '11010519491231002X', status: KEY_OK, note: 'the example of GB 11643 itself' },
  { text: '11010519491231002x', status: KEY_OK, note: 'lower-case x' },
  { text: ' 11010519491231002X\n', status: KEY_OK, note: 'surrounding whitespace' },
  { text: '210202199001011232', status: KEY_OK, note: 'check digit 2' },
  { text: '830000198506157779', status: KEY_OK, note: 'Taiwan residence permit' },
  { text: '110105194912310021', status: KEY_BAD_CHECK_CHAR, note: 'wrong check digit' },
  { text: '11010519491231002Y', status: KEY_MALFORMED, note: 'Y is no check character' },
  { text: '1101051949123100X2', status: KEY_MALFORMED, note: 'X before the end' },
  { text: '11010519491231002', status: KEY_MALFORMED, note: '17 characters' },
  { text: '11010519491231002X1', status: KEY_MALFORMED, note: '19 characters' },
  { text: '110105491231002', status: KEY_MALFORMED, note: 'first-generation 15 digits' },
  { text: '', status: KEY_MALFORMED, note: 'empty' },
  { text: '１1010519491231002X', status: KEY_MALFORMED, note: 'full-width digit' },
  { text: personIdOf('11010519491331002'), status: KEY_MALFORMED, note: 'month 13 (check digit right)' },
  { text: personIdOf('11010519490031002'), status: KEY_MALFORMED, note: 'month 00' },
  { text: personIdOf('11010519491232002'), status: KEY_MALFORMED, note: 'day 32' },
  { text: personIdOf('11010519491200002'), status: KEY_MALFORMED, note: 'day 00' },
];

const ORGANISATIONS: ReadonlyArray<{ text: string; status: KeyStatus; note: string }> = [
  { text: '91350100M000100Y43', status: KEY_OK, note: 'published example' },
  { text: '91350100m000100y43', status: KEY_OK, note: 'lower case' },
  { text: '9121020024117532XE', status: KEY_OK, note: 'organisation check X' },
  { text: 'Y11101050000000006', status: KEY_OK, note: 'organisation check 0' },
  { text: '912102021000002190', status: KEY_OK, note: 'check character 0' },
  { text: '93210202MA0U6X2K37', status: KEY_OK, note: 'letters in the body' },
  { text: '91350100M000100Y44', status: KEY_BAD_CHECK_CHAR, note: 'wrong final check character' },
  { text: '91350100M000100Y53', status: KEY_BAD_CHECK_CHAR, note: 'wrong GB 11714 check character' },
  { text: '91350100I000100Y43', status: KEY_MALFORMED, note: 'I is not in the alphabet' },
  { text: '91350100M000100Y4-', status: KEY_MALFORMED, note: 'punctuation' },
  { text: '913501A0M000100Y43', status: KEY_MALFORMED, note: 'letter in the region code' },
  { text: '91350100M000100Y4', status: KEY_MALFORMED, note: '17 characters' },
  { text: '9135010０M000100Y43', status: KEY_MALFORMED, note: 'full-width digit' },
];

describe('subject keys', () => {
  const out = new Uint32Array(4);
  for (const c of PERSONS) {
    it(`person "${c.text.trim()}": ${c.note}`, () => {
      assert.equal(parsePersonKey(c.text, out), c.status);
    });
  }
  for (const c of ORGANISATIONS) {
    it(`organisation "${c.text}": ${c.note}`, () => {
      assert.equal(parseOrganisationKey(c.text, out), c.status);
    });
  }

  it('reads x and X, upper and lower case to the same key and writes it back canonically', () => {
    assert.deepEqual(subjectKeyOf('person', '11010519491231002x'), subjectKeyOf('person', '11010519491231002X'));
    const org = subjectKeyOf('organisation', '91350100m000100y43');
    assert.ok(org.ok);
    assert.equal(org.canonical, '91350100M000100Y43');
    assert.deepEqual(subjectKeyOf('person', '110105194912310021'), { ok: false, error: 'badCheckChar' });
    assert.deepEqual(subjectKeyOf('organisation', 'nonsense'), { ok: false, error: 'malformed' });
  });

  it('agrees with the domain parsers on valid numbers and round-trips them (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 887_503_680 }), (n, m) => {
        const id = personIdFor(n);
        assert.equal(parseResidentId(id).ok, true);
        const person = subjectKeyOf('person', id);
        assert.ok(person.ok && person.canonical === id);
        const code = creditCodeFor(m);
        assert.equal(parseCreditCode(code).ok, true);
        const org = subjectKeyOf('organisation', code);
        assert.ok(org.ok && org.canonical === code);
        assert.equal(formatSubjectKey(...org.key), code);
      }),
    );
  });

  it('rejects every single-character change of a valid number (property)', () => {
    const digits = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 16 }), digits, (n, position, digit) => {
        const id = personIdFor(n);
        fc.pre(id.charAt(position) !== digit);
        const changed = id.slice(0, position) + digit + id.slice(position + 1);
        assert.notEqual(parsePersonKey(changed, out), KEY_OK, changed);
      }),
    );
  });

  it('never gives a person and an organisation the same key', () => {
    // The organisation key carries a tag bit that no person key has, whatever the characters.
    const person = subjectKeyOf('person', '999999999999999999'.slice(0, 17) + '0');
    const people = [personIdFor(0), personIdFor(123_456), '11010519491231002X', personIdOf('99999919991231999')].map((id) => subjectKeyOf('person', id));
    const orgs = [creditCodeFor(0), creditCodeOf('0000000000000000'), '91350100M000100Y43'].map((code) => subjectKeyOf('organisation', code));
    for (const p of [...people, person].filter((r) => r.ok)) {
      for (const o of orgs) {
        assert.ok(p.ok && o.ok);
        assert.equal(p.key[2], 0);
        assert.notEqual(o.key[2] & 0x8000_0000, 0);
        assert.notDeepEqual(p.key, o.key);
      }
    }
  });

  it('gives distinct numbers distinct keys (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 2, maxLength: 50 }), (ns) => {
        const keys = new Set(ns.map((n) => JSON.stringify(subjectKeyOf('person', personIdFor(n)))));
        assert.equal(keys.size, ns.length);
      }),
    );
  });
});
