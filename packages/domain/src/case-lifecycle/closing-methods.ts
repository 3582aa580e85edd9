/**
 * The six ways an enforcement-implementation case is closed (结案方式), 最高人民法院关于执行案件
 * 立案、结案若干问题的意见 (法发〔2014〕26号) art. 14; legal-reference §6.
 */
export const CLOSING_METHODS = ['performed', 'terminationForNow', 'terminated', 'withdrawn', 'notEnforced', 'rejected'] as const;
export type ClosingMethod = (typeof CLOSING_METHODS)[number];

export const CLOSING_METHOD_LABELS: Readonly<Record<ClosingMethod, { zh: string; en: string }>> = {
  performed: { zh: '执行完毕', en: 'Performed in full' },
  terminationForNow: { zh: '终结本次执行程序', en: 'Termination of this enforcement procedure (no property found)' },
  terminated: { zh: '终结执行', en: 'Enforcement terminated' },
  withdrawn: { zh: '销案', en: 'Case withdrawn' },
  notEnforced: { zh: '不予执行', en: 'Not enforced' },
  rejected: { zh: '驳回申请', en: 'Application rejected' },
};

/** Narrows a string to one of the six closing methods. */
export function isClosingMethod(value: string): value is ClosingMethod {
  return (CLOSING_METHODS as readonly string[]).includes(value);
}
