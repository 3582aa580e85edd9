/**
 * Ending a measure: 删除失信信息决定书 (失信规定 art. 10), 解除限制消费令 (限高规定 art. 9) and
 * 解除限制出境决定书 (执行程序解释 art. 25). One builder; `kind` picks the wording, and the kind
 * names are the domain's measure kinds (credit/measure-kinds.ts).
 */
import { invalidField } from '@zhixing/contracts';
import type { CivilDate } from '@zhixing/domain';
import { chineseDate } from './chinese-date.js';
import { renderCourtDocument } from './document-layout.js';
import type { BoundPerson, CourtDecisionBase, DebtorParty } from './document-types.js';
import { requireText } from './input-checks.js';
import { debtorBlock, debtorWithBoundPhrase, exitSubjectsPhrase } from './party-lines.js';

export const REMOVAL_KINDS = ['dishonestListing', 'consumptionRestriction', 'exitRestriction'] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];

/** Why the measure ends, e.g. `{ zh: '被执行人已履行生效法律文书确定的全部义务', article: '《…若干规定》第十条第一款第（一）项' }`. */
export interface RemovalGroundText {
  readonly zh: string;
  /** The citation, printed as `依照{article}之规定`. */
  readonly article: string;
}

export interface RemovalDecisionInput extends CourtDecisionBase {
  readonly kind: RemovalKind;
  readonly ground: RemovalGroundText;
  /** Number of the decision or order being ended, e.g. （2026）辽0202执123号之一. */
  readonly originalDocumentNumber: string;
  readonly originalDecisionDate?: CivilDate;
  /** Persons bound with the debtor by the original measure (restrictions only). */
  readonly boundPersons?: readonly BoundPerson[];
  readonly approvedBy?: string;
}

interface Wording {
  readonly title: string;
  /** What the original document did. */
  readonly recital: (orig: string) => string;
  /** What this document decides. */
  readonly decision: (orig: string) => string;
  readonly effect: string;
}

function wording(kind: RemovalKind, debtor: DebtorParty, bound: readonly BoundPerson[]): Wording {
  const name = debtor.name;
  switch (kind) {
    case 'dishonestListing':
      return {
        title: '决定书',
        recital: (orig) => `作出${orig}决定书，将被执行人${name}纳入失信被执行人名单。`,
        decision: () => `决定如下：删除被执行人${name}的失信信息。`,
        effect: '本决定自作出之日起生效。',
      };
    case 'consumptionRestriction': {
      const who = debtorWithBoundPhrase(name, bound);
      return {
        title: '解除限制消费令',
        recital: (orig) => `发出${orig}限制消费令，对${who}采取限制消费措施。`,
        decision: (orig) => `解除${orig}限制消费令及对${who}采取的限制消费措施。`,
        effect: '本令自作出之日起生效。',
      };
    }
    case 'exitRestriction': {
      const who = bound.length === 0 ? `被执行人${name}` : exitSubjectsPhrase(debtor, bound);
      return {
        title: '决定书',
        recital: (orig) => `作出${orig}决定书，对${who}限制出境。`,
        decision: () => `决定如下：解除对${who}的限制出境措施。`,
        effect: '本决定自作出之日起生效。',
      };
    }
  }
}

/** Builds the removal / lifting document of `input.kind` as a .docx file. */
export async function buildRemovalDecisionDocx(input: RemovalDecisionInput): Promise<Buffer> {
  requireText(input.debtor.name, 'debtor.name');
  if (!(REMOVAL_KINDS as readonly string[]).includes(input.kind)) {
    throw invalidField('kind', `不是可解除的措施：${String(input.kind)}`, `is not a measure that can be ended: ${String(input.kind)}`);
  }
  const bound = input.boundPersons ?? [];
  const w = wording(input.kind, input.debtor, bound);
  const orig = requireText(input.originalDocumentNumber, 'originalDocumentNumber');
  const when = input.originalDecisionDate === undefined ? '' : `于${chineseDate(input.originalDecisionDate, 'originalDecisionDate')}`;
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: w.title,
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    ...(input.approvedBy?.trim() ? { approvedBy: input.approvedBy.trim() } : {}),
    paragraphs: [
      ...debtorBlock(input.debtor, bound),
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}案件中，${when}${w.recital(orig)}`,
      `现因${requireText(input.ground.zh, 'ground.zh')}，依照${requireText(input.ground.article, 'ground.article')}之规定，${w.decision(orig)}`,
      w.effect,
    ],
  });
}
