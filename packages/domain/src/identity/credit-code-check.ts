/**
 * Check characters of the unified social credit code (GB 32100-2015) and of the organisation
 * code embedded in it (GB 11714-1997).
 */

/**
 * GB 32100-2015 §4.2: the 31 characters of the code, each worth its index. I, O, Z, S and V are
 * left out because they are easily confused with 1, 0, 2, 5 and U.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// GB 32100-2015 §5: weight of position i is 3^i mod 31.
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The 18th character for the first 17 (the caller guarantees they are in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_WEIGHTS.reduce(
    (acc, weight, i) => acc + CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight,
    0,
  );
  // C18 = 31 − (sum mod 31), and a result of 31 is written as the character worth 0.
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

// GB 11714-1997 §5: weights of the 8 body characters of an organisation code.
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Value of a body character: digits as themselves, letters A–Z as 10–35 (GB 11714-1997 §5). */
function organisationCharValue(ch: string): number {
  return ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
}

/** The 9th character of an organisation code for its 8-character body (digits or A–Z). */
export function organisationCodeCheckChar(body8: string): string {
  const sum = ORGANISATION_WEIGHTS.reduce((acc, weight, i) => acc + organisationCharValue(body8.charAt(i)) * weight, 0);
  // C9 = 11 − (sum mod 11); 10 is written X and 11 is written 0.
  const c9 = 11 - (sum % 11);
  return c9 === 10 ? 'X' : String(c9 % 11);
}
