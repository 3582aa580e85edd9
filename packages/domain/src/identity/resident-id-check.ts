/**
 * GB 11643-1999 §8.2: the check character of a citizen identity number is ISO 7064 MOD 11-2
 * over the first 17 digits. Weight i is 2^(17−i) mod 11; a remainder of 10 is written `X`.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
// Index = weighted sum mod 11; value = the check character that makes the total ≡ 1 (mod 11).
const CHECK_CHARS = '10X98765432';

/** The check character for 17 digits (the caller guarantees they are ASCII digits). */
export function residentIdCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + Number(first17.charAt(i)) * weight, 0);
  return CHECK_CHARS.charAt(sum % 11);
}
