/**
 * The one masking rule for identity numbers shown to anyone who is not entitled to the full
 * number (public portal, exports, logs): keep the first 4 and last 4 characters, replace every
 * character between them with `*`, so the length still shows what kind of number it was.
 */
const KEEP = 4;

/**
 * ### Examples
 * `maskResidentId('210102199001011234')` → `2101**********1234`. Strings of 8 characters or
 * fewer are masked entirely, since keeping 4 + 4 would reveal all of them.
 */
export function maskResidentId(id: string): string {
  const text = id.trim().toUpperCase();
  if (text.length <= KEEP * 2) return '*'.repeat(text.length);
  return `${text.slice(0, KEEP)}${'*'.repeat(text.length - KEEP * 2)}${text.slice(-KEEP)}`;
}
