/**
 * Resident identity number check (GB 11643-1999): 17 digits and a MOD 11-2 check character.
 * Written here, not imported from the domain, so the console can check a number as it is typed
 * without bundling the domain (the server checks again with the domain's own rules).
 */
export type ResidentIdProblem = 'length' | 'characters' | 'region' | 'birthDate' | 'checkDigit';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** null when the number is well formed; otherwise the first problem found. */
export function checkResidentId(raw: string, today: Date = new Date()): ResidentIdProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(value)) return 'characters';
  if (!/^[1-9]\d{5}/.test(value)) return 'region';
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || !isRealDate(year, month, day) || Date.UTC(year, month - 1, day) > today.getTime()) return 'birthDate';
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return 'checkDigit';
  return null;
}
