/**
 * Unified social credit code check (GB 32100-2015): 18 characters from a 31-character alphabet
 * (no I, O, Z, S, V) and a MOD 31 check character. The server checks again with the domain.
 */
export type CreditCodeProblem = 'length' | 'characters' | 'checkDigit';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  if (![...value].every((c) => ALPHABET.includes(c))) return 'characters';
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return 'checkDigit';
  return null;
}
