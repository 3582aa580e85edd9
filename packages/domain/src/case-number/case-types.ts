/**
 * Enforcement case types and their type codes (类型代字) in the case number, per the SPC rules
 * on case numbers (最高人民法院关于人民法院案件案号的若干规定 and its annex of type codes).
 */
export const CASE_TYPES = ['first', 'resumed', 'preservation', 'objection', 'reconsideration', 'supervision'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const CASE_TYPE_CODES: Readonly<Record<CaseType, string>> = {
  first: '执',
  resumed: '执恢',
  preservation: '执保',
  objection: '执异',
  reconsideration: '执复',
  supervision: '执监',
};

export const CASE_TYPE_LABELS: Readonly<Record<CaseType, { readonly zh: string; readonly en: string }>> = {
  first: { zh: '首次执行', en: 'First enforcement' },
  resumed: { zh: '恢复执行', en: 'Resumed enforcement' },
  preservation: { zh: '财产保全执行', en: 'Preservation enforcement' },
  objection: { zh: '执行异议', en: 'Enforcement objection' },
  reconsideration: { zh: '执行复议', en: 'Enforcement reconsideration' },
  supervision: { zh: '执行监督', en: 'Enforcement supervision' },
};

export function isCaseType(value: string): value is CaseType {
  return (CASE_TYPES as readonly string[]).includes(value);
}

/**
 * The case type written with `code`. The lookup is by the whole type code, so 执恢 is never
 * read as 执 followed by something else: the longest code always wins.
 */
export function caseTypeOfCode(code: string): CaseType | undefined {
  return CASE_TYPES.find((t) => CASE_TYPE_CODES[t] === code);
}
