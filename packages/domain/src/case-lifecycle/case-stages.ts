/**
 * The statutory process nodes of an enforcement case, in order:
 * 立案 → 分案 (handler within 7 days, 2006 期限规定 art. 2) → 执行通知书 + 报告财产令
 * (民诉法解释 art. 480; 财产调查规定 art. 3) → 财产调查/查控 → 财产处置 → 执行款发放 → 结案.
 */
export const CASE_STAGES = ['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing', 'closed'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

/** Every stage but `closed`: the stages in which a case can still be acted on. */
export type OpenStage = Exclude<CaseStage, 'closed'>;
export const OPEN_STAGES: readonly OpenStage[] = ['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing'];

export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, { zh: string; en: string }>> = {
  filed: { zh: '立案', en: 'Filed' },
  assigned: { zh: '分案', en: 'Handler assigned' },
  notified: { zh: '执行通知', en: 'Notice served' },
  investigating: { zh: '财产调查', en: 'Property investigation' },
  disposing: { zh: '财产处置', en: 'Property disposal' },
  disbursing: { zh: '执行款发放', en: 'Disbursement of funds' },
  closed: { zh: '结案', en: 'Closed' },
};

/** Narrows a string (e.g. a database column) to a case stage. */
export function isCaseStage(value: string): value is CaseStage {
  return (CASE_STAGES as readonly string[]).includes(value);
}
