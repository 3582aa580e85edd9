import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, fromDayNumber, toDayNumber } from '../civil-date.js';
import { parseResidentId } from './parse-resident-id.js';
import { PROVINCE_CODES } from './province-codes.js';
import { residentIdCheckChar } from './resident-id-check.js';

// Check characters below were computed with an independent implementation of ISO 7064 MOD 11-2.
const VALID: ReadonlyArray<{ id: string; regionCode: string; birthDate: string; sex: 'male' | 'female'; note: string }> = [
  { id: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', note: 'the example of GB 11643-1999 itself' },
  { id: '11010519491231002x', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', note: 'lower-case x' },
  { id: ' 11010519491231002X\n', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', note: 'surrounding whitespace' },
  { id: '210202199001011232', regionCode: '210202', birthDate: '1990-01-01', sex: 'male', note: 'Dalian Zhongshan district' },
  { id: '210102200002290042', regionCode: '210102', birthDate: '2000-02-29', sex: 'female', note: 'born on 29 February of a leap century year' },
  { id: '650101190001010001', regionCode: '650101', birthDate: '1900-01-01', sex: 'female', note: 'earliest accepted birth date; sequence 000 is even' },
  { id: '830000198506157779', regionCode: '830000', birthDate: '1985-06-15', sex: 'male', note: 'residence permit of a Taiwan resident' },
  { id: '911100199001019996', regionCode: '911100', birthDate: '1990-01-01', sex: 'male', note: 'foreigner permanent residence card (91)' },
];

const INVALID: ReadonlyArray<{ id: string; code: string; en: RegExp; onDate?: string }> = [
  { id: '', code: 'RESIDENT_ID_WRONG_LENGTH', en: /18 characters, this one has 0$/ },
  { id: '11010519491231002', code: 'RESIDENT_ID_WRONG_LENGTH', en: /this one has 17$/ },
  { id: '11010519491231002X1', code: 'RESIDENT_ID_WRONG_LENGTH', en: /this one has 19$/ },
  { id: '110105491231002', code: 'RESIDENT_ID_WRONG_LENGTH', en: /15-digit first-generation number must be converted/ },
  { id: '11010519491231002X😀', code: 'RESIDENT_ID_WRONG_LENGTH', en: /this one has 19$/ },
  { id: '1101051949123100X2', code: 'RESIDENT_ID_ILLEGAL_CHARACTER', en: /"X" at position 17 .*first 17 characters must be digits/ },
  { id: 'A1010519491231002X', code: 'RESIDENT_ID_ILLEGAL_CHARACTER', en: /"A" at position 1 / },
  { id: '11010519491231002Y', code: 'RESIDENT_ID_ILLEGAL_CHARACTER', en: /"Y" at position 18 .*last character must be a digit or X/ },
  { id: '１1010519491231002X', code: 'RESIDENT_ID_ILLEGAL_CHARACTER', en: /"１" at position 1 / },
  { id: '01010519491231002X', code: 'RESIDENT_ID_BAD_REGION', en: /"01" is not a province code/ },
  { id: '99010519491231002X', code: 'RESIDENT_ID_BAD_REGION', en: /"99" is not a province code/ },
  { id: '16010519491231002X', code: 'RESIDENT_ID_BAD_REGION', en: /address code 160105/ },
  { id: '110105194902300028', code: 'RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE', en: /"19490230"/ },
  { id: '110105200102290026', code: 'RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE', en: /"20010229"/ },
  { id: '110105194913010020', code: 'RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE', en: /"19491301"/ },
  // The standard's other example: a valid check digit, but born in 1880 (before the accepted range).
  { id: '440524188001010014', code: 'RESIDENT_ID_IMPOSSIBLE_BIRTH_DATE', en: /1900 or later/ },
  { id: '540102202312310008', code: 'RESIDENT_ID_BIRTH_DATE_IN_FUTURE', en: /2023-12-31 .* after the date of the check, 2023-12-30/, onDate: '2023-12-30' },
  { id: '110105194912310021', code: 'RESIDENT_ID_WRONG_CHECK_DIGIT', en: /ends in "1" but its first 17 digits require "X"/ },
  { id: '210202199001011230', code: 'RESIDENT_ID_WRONG_CHECK_DIGIT', en: /require "2"/ },
];

describe('parseResidentId', () => {
  for (const c of VALID) {
    it(`accepts ${c.id.trim()} (${c.note})`, () => {
      assert.deepEqual(parseResidentId(c.id), {
        ok: true,
        value: { number: c.id.trim().toUpperCase(), regionCode: c.regionCode, birthDate: c.birthDate, sex: c.sex },
      });
    });
  }

  for (const c of INVALID) {
    it(`rejects "${c.id}" with ${c.code}`, () => {
      const result = parseResidentId(c.id, c.onDate === undefined ? {} : { onDate: c.onDate });
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.error.code, c.code);
      assert.match(result.error.messageEn, c.en);
      assert.ok(result.error.messageZh.length > 0);
    });
  }

  it('says in Chinese which check digit was expected', () => {
    const result = parseResidentId('110105194912310021');
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.messageZh, '身份证号码校验码错误：最后一位是“1”，按前17位计算应为“X”');
    assert.deepEqual(result.error.details, { expected: 'X', actual: '1', number: '1101**********0021' });
  });

  it('gives the age on onDate, and accepts a birth on that very day', () => {
    assert.deepEqual(parseResidentId('11010519491231002X', { onDate: '2026-06-01' }), {
      ok: true,
      value: { number: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', ageOnDate: 76 },
    });
    const newborn = parseResidentId('540102202312310008', { onDate: '2023-12-31' });
    assert.equal(newborn.ok && newborn.value.ageOnDate, 0);
  });

  it('refuses an invalid onDate as a programming error', () => {
    assert.throws(() => parseResidentId('11010519491231002X', { onDate: '2026-02-30' }), /INVALID_DATE: onDate/);
  });

  // Random valid numbers: a real province, any district digits, a birth date 1900–2099, any sequence.
  const provinces = Object.keys(PROVINCE_CODES);
  const validId = fc
    .record({
      province: fc.constantFrom(...provinces),
      district: fc.integer({ min: 0, max: 9999 }),
      birthDay: fc.integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2099-12-31') }),
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ province, district, birthDay, sequence }) => {
      const first17 = `${province}${String(district).padStart(4, '0')}${fromDayNumber(birthDay).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
      return { id: first17 + residentIdCheckChar(first17), birthDate: fromDayNumber(birthDay), sequence };
    });

  it('accepts every generated valid number and decodes it (property)', () => {
    fc.assert(
      fc.property(validId, ({ id, birthDate, sequence }) => {
        const result = parseResidentId(id, { onDate: addDays(birthDate, 1) });
        assert.ok(result.ok, JSON.stringify(result));
        assert.equal(result.value.birthDate, birthDate);
        assert.equal(result.value.sex, sequence % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('rejects any single-character change of a valid number (property)', () => {
    fc.assert(
      fc.property(
        validId,
        fc.integer({ min: 0, max: 17 }),
        fc.constantFrom(...'0123456789X'),
        ({ id }, position, replacement) => {
          fc.pre(id.charAt(position) !== replacement);
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          assert.equal(parseResidentId(changed).ok, false, changed);
        },
      ),
    );
  });
});
