/**
 * Why a dishonest-list entry leaves the list (失信规定 2017). Deletion (删除) under art. 10 and
 * art. 2 ¶2, revocation (撤销) of a wrong entry under art. 9, and removal after a successful
 * correction application under art. 12.
 *
 * The 2013 original in /work/shared/law (art. 7) knew only items 1, 2 and 7 and no time limit;
 * it is superseded by the 2017 art. 10 encoded here (legal reference §4).
 */
export const REMOVAL_GROUNDS = [
  'performed',
  'settlementPerformed',
  'applicantRequest',
  'noPropertyAfterInquiries',
  'stayed',
  'notEnforced',
  'terminated',
  'periodExpired',
  'wronglyListed',
  'correctionGranted',
  'earlyDeletion',
] as const;
export type RemovalGround = (typeof REMOVAL_GROUNDS)[number];

export interface RemovalGroundLabel {
  readonly zh: string;
  readonly en: string;
  /** The article, as a decision cites it (short name of the rules). */
  readonly article: string;
  /** "应当" (the court must remove) or "可以" (early deletion is at the court's discretion). */
  readonly mandatory: boolean;
}

export const REMOVAL_GROUND_LABELS: Readonly<Record<RemovalGround, RemovalGroundLabel>> = {
  performed: { zh: '已履行生效法律文书确定的义务或人民法院已执行完毕', en: 'The obligation has been performed or enforcement is complete', article: '失信规定第十条第一款第（一）项', mandatory: true },
  settlementPerformed: { zh: '当事人达成执行和解协议且已履行完毕', en: 'An execution settlement was reached and fully performed', article: '失信规定第十条第一款第（二）项', mandatory: true },
  applicantRequest: { zh: '申请执行人书面申请删除失信信息，人民法院审查同意', en: 'The creditor applied in writing for deletion and the court agreed', article: '失信规定第十条第一款第（三）项', mandatory: true },
  noPropertyAfterInquiries: {
    zh: '终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，且申请执行人或者其他人未提供有效财产线索',
    en: 'After termination for now, two or more network inquiries found no property and nobody supplied an effective lead',
    article: '失信规定第十条第一款第（四）项',
    mandatory: true,
  },
  stayed: { zh: '因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行', en: 'Enforcement was stayed because of trial supervision or bankruptcy', article: '失信规定第十条第一款第（五）项', mandatory: true },
  notEnforced: { zh: '人民法院依法裁定不予执行', en: 'The court ruled not to enforce', article: '失信规定第十条第一款第（六）项', mandatory: true },
  terminated: { zh: '人民法院依法裁定终结执行', en: 'The court ruled to terminate enforcement', article: '失信规定第十条第一款第（七）项', mandatory: true },
  periodExpired: { zh: '纳入失信被执行人名单的期限届满', en: 'The listing period has expired', article: '失信规定第十条第二款', mandatory: true },
  wronglyListed: { zh: '不应纳入失信被执行人名单而被纳入，予以撤销', en: 'The debtor should not have been listed: the entry is revoked', article: '失信规定第九条', mandatory: true },
  correctionGranted: { zh: '纠正申请理由成立', en: 'A correction application was upheld', article: '失信规定第十二条', mandatory: true },
  earlyDeletion: { zh: '积极履行义务或主动纠正失信行为，提前删除失信信息', en: 'Early deletion: the debtor actively performed or corrected the dishonest conduct', article: '失信规定第二条第二款', mandatory: false },
};

export const isRemovalGround = (v: unknown): v is RemovalGround => typeof v === 'string' && (REMOVAL_GROUNDS as readonly string[]).includes(v);
