import { chineseNumber } from '../documents/chinese-numerals.js';

/**
 * A decision's own number under the case number, as courts number the documents of one case:
 * （2026）辽0202执123号 → （2026）辽0202执123号之一, 之二 …
 */
export function documentNumberOf(caseNumber: string, ordinal: number): string {
  return `${caseNumber}之${chineseNumber(ordinal)}`;
}
