/**
 * The conditions of each closing method (结案方式, 法发〔2014〕26号 art. 14; legal-reference §6).
 */
import type { ClosingMethod } from './closing-methods.js';
import type { OpenStage } from './case-stages.js';
import { OPEN_STAGES } from './case-stages.js';
import type { TerminationForNowChecklist } from './case-action.js';

export interface ClosingRule {
  readonly stages: readonly OpenStage[];
  /** May close a stayed or deferred case. */
  readonly whileSuspended: boolean;
  /** A ground must be written down (every method but performance closes by ruling or decision). */
  readonly reasonRequired: boolean;
  readonly legalBasis: string;
  readonly zh: string;
  readonly en: string;
}

const BEFORE_DISPOSAL: readonly OpenStage[] = ['filed', 'assigned', 'notified', 'investigating'];

export const CLOSING_RULES: Readonly<Record<ClosingMethod, ClosingRule>> = {
  performed: {
    stages: ['notified', 'investigating', 'disposing', 'disbursing'],
    whileSuspended: false,
    reasonRequired: false,
    legalBasis: '执行结案意见（法发〔2014〕26号）第十四条；民事诉讼法 第二百三十九条',
    zh: '执行完毕：执行通知送达后的任一阶段',
    en: 'Performed: any stage once the notice has been served',
  },
  terminationForNow: {
    stages: ['investigating', 'disposing'],
    whileSuspended: false,
    reasonRequired: true,
    legalBasis: '终本规定（法〔2016〕373号）第一条、第五条；民诉法解释 第五百一十七条',
    zh: '终结本次执行程序：已送达执行通知书和报告财产令、立案已超过三个月、处于财产调查或处置阶段，且已发限制消费令、已依法决定是否纳入失信名单、已穷尽财产调查措施、已约谈申请执行人、已查找下落不明的被执行人',
    en: 'Termination for now: notice and property report order served, more than 3 months since filing, in investigation or disposal, and consumption restriction issued, dishonest listing decided, investigation exhausted, applicant interviewed, missing debtor searched for',
  },
  terminated: {
    stages: OPEN_STAGES,
    whileSuspended: true,
    reasonRequired: true,
    legalBasis: '民事诉讼法 第二百六十八条',
    zh: '终结执行：须写明第二百六十八条规定的事由，任一阶段（含中止、暂缓期间）',
    en: 'Terminated: state the ground under art. 268; any stage, also while stayed or deferred',
  },
  withdrawn: {
    stages: BEFORE_DISPOSAL,
    whileSuspended: true,
    reasonRequired: true,
    legalBasis: '执行结案意见（法发〔2014〕26号）第十四条；执行程序解释 第二条、第三条',
    zh: '销案：财产处置开始前（含中止、暂缓期间），须说明理由',
    en: 'Withdrawn: before property disposal starts (also while stayed or deferred), giving the reason',
  },
  notEnforced: {
    stages: OPEN_STAGES,
    whileSuspended: false,
    reasonRequired: true,
    legalBasis: '民事诉讼法 第二百四十八条、第二百四十九条；民诉法解释 第四百八十一条',
    zh: '不予执行：仅限仲裁裁决、公证债权文书，或被执行人关于申请执行时效的异议成立',
    en: 'Not enforced: only for arbitral awards and notarised debt instruments, or when the debtor’s limitation objection was upheld',
  },
  rejected: {
    stages: BEFORE_DISPOSAL,
    whileSuspended: false,
    reasonRequired: true,
    legalBasis: '执行结案意见（法发〔2014〕26号）第十四条',
    zh: '驳回申请：财产处置开始前，须说明理由',
    en: 'Application rejected: before property disposal starts, giving the reason',
  },
};

/** The checklist items 终本 requires, with what each one means (终本规定 arts. 1, 3, 5). */
export const TERMINATION_FOR_NOW_CHECKS: Readonly<Record<keyof Required<TerminationForNowChecklist>, { zh: string; en: string; article: string }>> = {
  consumptionRestrictionIssued: { zh: '已发出限制消费令', en: 'a consumption restriction order has been issued', article: '终本规定 第一条第（二）项' },
  dishonestListingDecided: { zh: '已将符合条件的被执行人纳入失信名单（或记明不适用的理由）', en: 'the debtor has been put on the dishonest list where the conditions are met (or the reason it does not apply is recorded)', article: '终本规定 第一条第（二）项' },
  investigationExhausted: { zh: '已穷尽财产调查措施，未发现可供执行的财产或财产无法处置', en: 'property investigation has been exhausted, finding no enforceable or disposable property', article: '终本规定 第一条第（三）项、第三条' },
  applicantInterviewed: { zh: '已约谈申请执行人并记录其意见', en: 'the applicant has been interviewed and the opinion recorded', article: '终本规定 第五条' },
  whereaboutsSearched: { zh: '被执行人下落不明的已查找，妨害执行的已依法处罚', en: 'a missing debtor has been searched for and obstruction sanctioned', article: '终本规定 第一条第（五）项' },
};
