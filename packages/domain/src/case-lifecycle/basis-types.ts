/**
 * The kinds of enforcement basis (执行依据) a case enforces; 执行工作规定 art. 2 lists the
 * documents the enforcement bureau carries out.
 */
export const BASIS_TYPES = ['judgment', 'ruling', 'mediationStatement', 'arbitralAward', 'notarialDeed', 'paymentOrder', 'administrativeDecision'] as const;
export type BasisType = (typeof BASIS_TYPES)[number];

export const BASIS_TYPE_LABELS: Readonly<Record<BasisType, { zh: string; en: string }>> = {
  judgment: { zh: '判决书', en: 'Judgment' },
  ruling: { zh: '裁定书', en: 'Ruling' },
  mediationStatement: { zh: '调解书', en: 'Mediation statement' },
  arbitralAward: { zh: '仲裁裁决书', en: 'Arbitral award' },
  notarialDeed: { zh: '公证债权文书', en: 'Notarised debt instrument' },
  paymentOrder: { zh: '支付令', en: 'Payment order' },
  administrativeDecision: { zh: '行政决定', en: 'Administrative decision' },
};

/** Narrows a string to a basis type. */
export function isBasisType(value: string): value is BasisType {
  return (BASIS_TYPES as readonly string[]).includes(value);
}

/**
 * Whether a case on this basis is a 非诉执行案件, concluded within 3 months instead of 6
 * (审理期限规定 art. 5).
 *
 * Non-litigation = the document was made by a body other than a court in litigation:
 * arbitral awards (执行工作规定 art. 2(3); 民事诉讼法 art. 248), notarised debt instruments
 * (art. 2(4); 民事诉讼法 art. 249) and administrative decisions (art. 2(2)); 执行工作规定
 * arts. 25 and 73 call these 非诉讼生效法律文书. Judgments, rulings, court mediation statements
 * and payment orders are court documents (art. 2(1)) — a payment order comes from the court's
 * own 督促程序 (民事诉讼法 arts. 225–228) — so they keep the 6-month limit. An arbitration
 * commission's mediation statement has the effect of an award and is filed as `arbitralAward`.
 */
export function isNonLitigationBasis(type: BasisType): boolean {
  return type === 'arbitralAward' || type === 'notarialDeed' || type === 'administrativeDecision';
}
