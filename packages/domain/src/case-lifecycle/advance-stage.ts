/**
 * The process steps that only move the case on: investigation (民事诉讼法 arts. 252–253),
 * disposal (art. 258) and disbursement of funds (法发〔2017〕6号).
 */
import { fail, ok } from '../domain-error.js';
import type { ActionHandler } from './action-handler.js';
import { noPrecheck } from './action-handler.js';
import { CASE_STAGE_LABELS } from './case-stages.js';
import { checkReason } from './input-problems.js';
import { TRANSITION_RULES } from './transition-rules.js';

export const startInvestigation: ActionHandler<'startInvestigation'> = {
  precheck: noPrecheck,
  apply({ snapshot }) {
    return ok({
      next: { ...snapshot, stage: 'investigating' },
      legalBasis: TRANSITION_RULES.startInvestigation.legalBasis,
      summaryZh: `进入${CASE_STAGE_LABELS.investigating.zh}阶段`,
      summaryEn: `Moved to ${CASE_STAGE_LABELS.investigating.en}`,
    });
  },
};

export const startDisposal: ActionHandler<'startDisposal'> = {
  precheck: noPrecheck,
  apply({ snapshot }, action) {
    const problem = checkReason('reason', action.reason, '财产处置', 'Starting disposal');
    if (problem) return fail(problem);
    return ok({
      next: { ...snapshot, stage: 'disposing' },
      legalBasis: TRANSITION_RULES.startDisposal.legalBasis,
      summaryZh: `进入${CASE_STAGE_LABELS.disposing.zh}阶段：${action.reason.trim()}`,
      summaryEn: `Moved to ${CASE_STAGE_LABELS.disposing.en}: ${action.reason.trim()}`,
    });
  },
};

export const startDisbursement: ActionHandler<'startDisbursement'> = {
  precheck: noPrecheck,
  apply({ snapshot }) {
    return ok({
      next: { ...snapshot, stage: 'disbursing' },
      legalBasis: TRANSITION_RULES.startDisbursement.legalBasis,
      summaryZh: `进入${CASE_STAGE_LABELS.disbursing.zh}阶段`,
      summaryEn: `Moved to ${CASE_STAGE_LABELS.disbursing.en}`,
    });
  },
};
