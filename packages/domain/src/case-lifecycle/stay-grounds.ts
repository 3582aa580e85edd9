/**
 * The grounds of a stay of enforcement (中止执行). The five of 民事诉讼法 (2023) art. 267 ¶1,
 * and the two stays other provisions order, which the law treats apart because they delete the
 * debtor's dishonest listing (失信规定 2017 art. 10 ¶1 item 5):
 * - `trialSupervision`: a retrial ordered or a case brought up (提审) under trial supervision stays
 *   the judgment being enforced (民事诉讼法 art. 217; 执行工作规定 art. 59; 民诉法解释 art. 394);
 * - `bankruptcy`: the enforcing court stays enforcement against an enterprise debtor it transfers
 *   to bankruptcy review (民诉法解释 art. 511), and the acceptance of a bankruptcy petition stays
 *   pending enforcement (企业破产法 art. 19).
 *
 * The code is the ground's statutory category; the ruling's own reasons stay free text (`ground`).
 */
export const STAY_GROUNDS = [
  'applicantAgreesToDefer',
  'thirdPartyObjection',
  'partyDied',
  'partyTerminated',
  'otherCircumstances',
  'trialSupervision',
  'bankruptcy',
] as const;
export type StayGround = (typeof STAY_GROUNDS)[number];

export interface StayGroundLabel {
  readonly zh: string;
  readonly en: string;
  /** The article, as a ruling cites it (short name of the rules). */
  readonly article: string;
}

export const STAY_GROUND_LABELS: Readonly<Record<StayGround, StayGroundLabel>> = {
  applicantAgreesToDefer: { zh: '申请人表示可以延期执行', en: 'The applicant has stated that enforcement may be postponed', article: '民事诉讼法第二百六十七条第一款第（一）项' },
  thirdPartyObjection: { zh: '案外人对执行标的提出确有理由的异议', en: 'A third party has raised a well-founded objection to the subject matter of enforcement', article: '民事诉讼法第二百六十七条第一款第（二）项' },
  partyDied: {
    zh: '作为一方当事人的公民死亡，需要等待继承人继承权利或者承担义务',
    en: 'A party who is a natural person has died and the heirs must be awaited to succeed to the rights or assume the obligations',
    article: '民事诉讼法第二百六十七条第一款第（三）项',
  },
  partyTerminated: {
    zh: '作为一方当事人的法人或者其他组织终止，尚未确定权利义务承受人',
    en: 'A party that is a legal person or other organisation has ceased to exist and no successor to its rights and obligations has been determined',
    article: '民事诉讼法第二百六十七条第一款第（四）项',
  },
  otherCircumstances: { zh: '人民法院认为应当中止执行的其他情形', en: 'Other circumstances in which the court finds that enforcement should be stayed', article: '民事诉讼法第二百六十七条第一款第（五）项' },
  trialSupervision: {
    zh: '按照审判监督程序决定再审或者提审，裁定中止原判决、裁定、调解书的执行',
    en: 'A retrial was ordered (or the case brought up by a higher court) under trial supervision, staying the judgment, ruling or mediation statement being enforced',
    article: '民事诉讼法第二百一十七条；执行工作规定第59条',
  },
  bankruptcy: {
    zh: '作为被执行人的企业法人移送破产审查，或者人民法院受理对其的破产申请',
    en: 'The enterprise debtor was transferred for bankruptcy review, or a bankruptcy petition against it was accepted',
    article: '民诉法解释第五百一十一条；企业破产法第十九条',
  },
};

export const isStayGround = (v: unknown): v is StayGround => typeof v === 'string' && (STAY_GROUNDS as readonly string[]).includes(v);
