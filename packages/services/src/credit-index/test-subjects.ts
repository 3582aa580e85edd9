/** Valid subject numbers for the credit index's tests: the check characters computed here. */
import type { IndexedMeasure } from './measure-records.js';

const PERSON_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The resident ID number with these 17 digits and its GB 11643 check character. */
export function personIdOf(first17: string): string {
  const sum = Array.from(first17).reduce((acc, d, i) => acc + Number(d) * PERSON_WEIGHTS[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

/** A resident ID number for a small integer: region 210202, birth 1980-01-01 + n days (mod 28), sequence n. */
export function personIdFor(n: number): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
  const seq = String(Math.floor(n / 336) % 1000).padStart(3, '0');
  return personIdOf(`210202${String(1950 + (Math.floor(n / 336_000) % 60))}${month}${day}${seq}`);
}

/** The credit code with these first 16 characters (GB 11714 and GB 32100 check characters added). */
export function creditCodeOf(first16: string): string {
  const body = first16.slice(8, 16);
  const orgSum = Array.from(body).reduce((acc, ch, i) => acc + (ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch)) * ORGANISATION_WEIGHTS[i]!, 0);
  const c9 = 11 - (orgSum % 11);
  const first17 = first16 + (c9 === 10 ? 'X' : String(c9 % 11));
  const sum = Array.from(first17).reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * CREDIT_WEIGHTS[i]!, 0);
  return first17 + ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** A credit code for a small integer. */
export function creditCodeFor(n: number): string {
  let body = '';
  for (let i = 0, v = n; i < 6; i++, v = Math.floor(v / 31)) body = ALPHABET.charAt(v % 31) + body;
  return creditCodeOf(`91210202MA${body}`);
}

/** 张三's consumption restriction in case （2026）辽0202执123号, with the given fields changed. */
export function testMeasure(overrides: Partial<IndexedMeasure> & Pick<IndexedMeasure, 'measureId'>): IndexedMeasure {
  return {
    subjectKind: 'person',
    subjectId: personIdFor(1),
    name: '张三',
    kind: 'consumptionRestriction',
    role: 'debtor',
    caseNumber: { year: 2026, courtCode: '辽0202', caseType: 'first', sequence: 123 },
    courtId: '210202',
    since: '2026-03-01',
    boundTo: null,
    ...overrides,
  };
}
