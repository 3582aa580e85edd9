/**
 * 限制消费令. 限高规定 art. 5: signed by the president, and states the period, the restricted
 * acts and the consequences. The acts are the numbered items of art. 3 ¶1; for an organisation
 * debtor the art. 3 ¶2 persons are bound with it and may ask leave for private spending.
 */
import { CONSUMPTION_RULES, CIVIL_PROCEDURE_LAW } from './statute-names.js';
import { itemMarker } from './chinese-numerals.js';
import { renderCourtDocument } from './document-layout.js';
import type { BoundPerson, CourtDecisionBase } from './document-types.js';
import { requireSome, requireText, requireWholeNumber } from './input-checks.js';
import { debtorBlock, debtorWithBoundPhrase } from './party-lines.js';

/** One item of 限高规定 art. 3 ¶1, e.g. `{ item: 1, zh: '乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位' }`. */
export interface RestrictedActText {
  readonly item: number;
  readonly zh: string;
}

export interface ConsumptionRestrictionOrderInput extends CourtDecisionBase {
  /** 限高规定 art. 3 ¶2 persons of an organisation debtor; empty for a natural person. */
  readonly boundPersons: readonly BoundPerson[];
  /** The nine items of art. 3 ¶1, printed in `item` order. */
  readonly restrictedActs: readonly RestrictedActText[];
  /** Citations only, e.g. 《中华人民共和国民事诉讼法》第二百六十六条、《…若干规定》第一条、第三条. */
  readonly legalBasis: string;
  /** The president who signs (art. 5). */
  readonly approvedBy: string;
}

/** `（一）乘坐…舱位；` … the last ending with `。`; trailing punctuation of the label is dropped. */
function actLines(acts: readonly RestrictedActText[]): string[] {
  const sorted = [...requireSome(acts, 'restrictedActs')].sort((a, b) => a.item - b.item);
  return sorted.map((act, i) => {
    const marker = itemMarker(requireWholeNumber(act.item, 1, 9, `restrictedActs.${i}.item`));
    const text = requireText(act.zh, `restrictedActs.${i}.zh`).replace(/[；;。，,]+$/u, '');
    return `${marker}${text}${i === sorted.length - 1 ? '。' : '；'}`;
  });
}

/** Art. 3 ¶2 (private spending of bound persons), art. 8 (leave), art. 9 (lifting), art. 11 (breach). */
function notices(isOrganisation: boolean): string[] {
  return [
    ...(isOrganisation
      ? [`依照${CONSUMPTION_RULES}第三条第二款的规定，前列人员因私消费以个人财产实施上述行为的，可以向本院提出申请，经本院审查属实的，予以准许。`]
      : []),
    `依照该规定第八条的规定，被执行人因生活或者经营必需而进行本令禁止的消费活动的，应当向本院提出申请，获批准后方可进行。`,
    `依照该规定第九条的规定，在限制消费期间，被执行人提供确实有效的担保或者经申请执行人同意的，本院可以解除限制消费令；被执行人履行完毕生效法律文书确定的义务的，本院将及时以通知或者公告解除限制消费令。`,
    `被执行人违反本令进行消费的，本院将依照该规定第十一条及${CIVIL_PROCEDURE_LAW}第一百一十四条的规定予以罚款、拘留；情节严重，构成犯罪的，依法追究刑事责任。`,
  ];
}

/** Builds the consumption restriction order as a .docx file. */
export async function buildConsumptionRestrictionOrderDocx(input: ConsumptionRestrictionOrderInput): Promise<Buffer> {
  const name = requireText(input.debtor.name, 'debtor.name');
  const bound = debtorWithBoundPhrase(name, input.boundPersons);
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '限制消费令',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    approvedBy: requireText(input.approvedBy, 'approvedBy'),
    paragraphs: [
      ...debtorBlock(input.debtor, input.boundPersons),
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}案件中，因被执行人${name}未按执行通知书指定的期间履行生效法律文书确定的给付义务，依照${requireText(input.legalBasis, 'legalBasis')}之规定，对${bound}采取限制消费措施。`,
      `自本令作出之日起至被执行人履行完毕生效法律文书确定的义务或者本院解除本令之日止，${bound}不得实施下列高消费及非生活和工作必需的消费行为：`,
      ...actLines(input.restrictedActs),
      ...notices(input.debtor.kind === 'organisation'),
    ],
  });
}
