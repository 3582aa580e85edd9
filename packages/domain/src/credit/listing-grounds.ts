/**
 * The six grounds for putting a debtor on the dishonest list, 失信规定 (2017) art. 1 items 1–6,
 * in the order of the 2017 text.
 *
 * The 2013 original in /work/shared/law (法释〔2013〕17号 art. 1) differs and is superseded: it
 * required "ability to perform" for every item, put "able but refuses" last as item 6, and its
 * item 4 read "违反限制高消费令". The 2017 order is encoded (legal reference §4).
 */
export const LISTING_GROUNDS = ['ableButRefuses', 'obstructsEnforcement', 'evadesEnforcement', 'breachesPropertyReport', 'breachesConsumptionRestriction', 'breachesSettlement'] as const;
export type ListingGround = (typeof LISTING_GROUNDS)[number];

export const LISTING_GROUND_LABELS: Readonly<Record<ListingGround, { readonly zh: string; readonly en: string; readonly item: number }>> = {
  ableButRefuses: { zh: '有履行能力而拒不履行生效法律文书确定义务', en: 'Able to perform but refuses to perform the effective judgment', item: 1 },
  obstructsEnforcement: { zh: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', en: 'Obstructs or resists enforcement by forged evidence, violence or threats', item: 2 },
  evadesEnforcement: { zh: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', en: 'Evades enforcement by sham litigation or arbitration, or by hiding or transferring property', item: 3 },
  breachesPropertyReport: { zh: '违反财产报告制度', en: 'Breaches the property-reporting system', item: 4 },
  breachesConsumptionRestriction: { zh: '违反限制消费令', en: 'Breaches a consumption-restriction order', item: 5 },
  breachesSettlement: { zh: '无正当理由拒不履行执行和解协议', en: 'Refuses without good reason to perform an execution settlement', item: 6 },
};

export const isListingGround = (v: unknown): v is ListingGround => typeof v === 'string' && (LISTING_GROUNDS as readonly string[]).includes(v);

/**
 * 失信规定 art. 2 ¶1: the 2-year period of grounds 2–6 may be extended by 1–3 years where violent
 * or threatening obstruction is serious, or the debtor committed several dishonest acts.
 */
export const LISTING_AGGRAVATIONS = ['seriousObstruction', 'multipleDishonestActs'] as const;
export type ListingAggravation = (typeof LISTING_AGGRAVATIONS)[number];

export const LISTING_AGGRAVATION_LABELS: Readonly<Record<ListingAggravation, { readonly zh: string; readonly en: string }>> = {
  seriousObstruction: { zh: '以暴力、威胁方法妨碍、抗拒执行情节严重', en: 'Serious obstruction by violence or threats' },
  multipleDishonestActs: { zh: '具有多项失信行为', en: 'Several dishonest acts' },
};

export const isListingAggravation = (v: unknown): v is ListingAggravation => typeof v === 'string' && (LISTING_AGGRAVATIONS as readonly string[]).includes(v);
