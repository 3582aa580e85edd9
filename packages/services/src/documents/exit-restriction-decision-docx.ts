/**
 * 限制出境决定书 (民事诉讼法 art. 266; 执行程序解释 art. 23–24: for an organisation debtor its
 * 法定代表人、主要负责人、直接责任人员 are restricted). Reconsideration within ten days to the
 * next-higher court, which does not suspend the decision (异议复议规定 art. 9).
 */
import { renderCourtDocument } from './document-layout.js';
import type { BoundPerson, CourtDecisionBase } from './document-types.js';
import { requireSome, requireText } from './input-checks.js';
import { debtorBlock, exitSubjectsPhrase } from './party-lines.js';
import { NEXT_HIGHER_COURT, OBJECTION_REVIEW_RULES } from './statute-names.js';

export interface ExitRestrictionDecisionInput extends CourtDecisionBase {
  /** The persons restricted: the debtor itself (`roleZh: '被执行人'`) or an organisation's officers. */
  readonly subjects: readonly BoundPerson[];
  /** Citations only, e.g. 《中华人民共和国民事诉讼法》第二百六十六条、《…解释》第二十三条、第二十四条. */
  readonly legalBasis: string;
  readonly approvedBy?: string;
  /** Hears the reconsideration; defaults to 上一级人民法院. */
  readonly higherCourtName?: string;
}

/** Builds the exit restriction decision as a .docx file. */
export async function buildExitRestrictionDecisionDocx(input: ExitRestrictionDecisionInput): Promise<Buffer> {
  const name = requireText(input.debtor.name, 'debtor.name');
  const subjects = exitSubjectsPhrase(input.debtor, requireSome(input.subjects, 'subjects'));
  const higher = input.higherCourtName?.trim() || NEXT_HIGHER_COURT;
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '决定书',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    ...(input.approvedBy?.trim() ? { approvedBy: input.approvedBy.trim() } : {}),
    paragraphs: [
      ...debtorBlock(input.debtor, input.subjects, 'subjects'),
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}案件中，因被执行人${name}未履行生效法律文书确定的义务，依照${requireText(input.legalBasis, 'legalBasis')}之规定，决定如下：`,
      `对${subjects}限制出境。`,
      // 执行程序解释 art. 25: lifting on full performance (must), on security or the creditor's consent (may).
      '被执行人履行完毕生效法律文书确定的全部债务的，本院将及时解除限制出境措施；被执行人提供充分、有效的担保或者申请执行人同意的，本院可以解除限制出境措施。',
      `被限制出境的人认为对其限制出境错误的，可以依照${OBJECTION_REVIEW_RULES}第九条的规定，自收到本决定书之日起十日内向${higher}申请复议。复议期间，不停止原决定的执行。`,
    ],
  });
}
