/**
 * The name cross-check of the credit index keeps no names, only a 32-bit hash per measure of the
 * name as recorded: Unicode NFC, whitespace removed (ASCII and full-width spaces alike), ASCII
 * letters folded to upper case. Two spellings that differ only in those respects match.
 *
 * The hot path allocates nothing for names made of characters that NFC leaves alone — ASCII and
 * Latin-1 (below U+0300, where no combining mark or composition exclusion lives), the CJK unified
 * ideographs and extension A, the middle dots of minority and foreign names — and normalises
 * (allocating) only other names, e.g. with CJK compatibility ideographs, which NFC rewrites.
 */

function isWhitespace(c: number): boolean {
  // The same set as JavaScript's \s.
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Characters that are already NFC on their own and never combine with a neighbour. */
function isNfcStable(c: number): boolean {
  return c < 0x300 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x30fb || c === 0x2022;
}

function hashCodes(text: string): number {
  let h = 0x811c_9dc5;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (isWhitespace(c)) continue;
    if (c >= 97 && c <= 122) c -= 32;
    h = Math.imul(h ^ c, 0x0100_0193);
  }
  // FNV-1a over UTF-16 units, then a final avalanche so that similar names spread out.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85eb_ca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The 32-bit name hash stored per measure and compared on a check. */
export function nameHash(name: string): number {
  for (let i = 0; i < name.length; i++) {
    if (!isNfcStable(name.charCodeAt(i))) return hashCodes(name.normalize('NFC'));
  }
  return hashCodes(name);
}
