import type { CaseDetail, CaseActionInput, CaseSummary, ChainReport, Court, Me } from '@zhixing/contracts';
import type { CreateApiTokenBody } from '../api/endpoints.js';

/**
 * Labels of the platform's enumerations, from docs/glossary.md: the Chinese term first, the
 * English identifier's meaning second. Kept in the console (the domain's own label tables may
 * not be bundled into the browser).
 */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

export type Role = Me['role'];
export type CaseStage = CaseDetail['stage'];
export type CaseType = CaseDetail['caseType'];
export type BasisType = CaseDetail['basis']['type'];
export type ClosingMethod = NonNullable<CaseDetail['closingMethod']>;
export type ClaimKind = CaseDetail['claims'][number]['kind'];
export type PartyKind = CaseDetail['parties'][number]['kind'];
export type PartyRole = CaseDetail['parties'][number]['partyRole'];
export type ActionType = CaseActionInput['type'];
export type DeadlineNode = CaseDetail['deadlines'][number]['node'];
export type SuspensionKind = NonNullable<CaseSummary['suspension']>;
export type CourtLevel = Court['level'];
export type ApiTokenScope = CreateApiTokenBody['scopes'][number];
export type ChainBreak = NonNullable<ChainReport['firstBroken']>['reason'];

export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  admin: { zh: '系统管理员', en: 'System administrator' },
  judge: { zh: '执行法官', en: 'Enforcement judge' },
  officer: { zh: '执行员', en: 'Enforcement officer' },
  clerk: { zh: '书记员', en: 'Clerk' },
  bureau_chief: { zh: '执行局长', en: 'Bureau chief' },
  president: { zh: '院领导', en: 'Court leadership' },
  city_supervisor: { zh: '市中院监督', en: 'City supervisor' },
};

/** The statutory path of a case, in order; the Steps bar on the case page follows it. */
export const STAGE_ORDER = ['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing', 'closed'] as const satisfies readonly CaseStage[];

export const STAGE_LABELS: Readonly<Record<CaseStage, Label>> = {
  filed: { zh: '立案', en: 'Filed' },
  assigned: { zh: '分案', en: 'Assigned' },
  notified: { zh: '执行通知', en: 'Notice served' },
  investigating: { zh: '财产调查', en: 'Investigation' },
  disposing: { zh: '财产处置', en: 'Disposal' },
  disbursing: { zh: '执行款发放', en: 'Disbursement' },
  closed: { zh: '结案', en: 'Closed' },
};

export const CASE_TYPE_LABELS: Readonly<Record<CaseType, Label & { code: string }>> = {
  first: { code: '执', zh: '首次执行（执）', en: 'First enforcement (执)' },
  resumed: { code: '执恢', zh: '恢复执行（执恢）', en: 'Resumed enforcement (执恢)' },
  preservation: { code: '执保', zh: '财产保全（执保）', en: 'Preservation (执保)' },
  objection: { code: '执异', zh: '执行异议（执异）', en: 'Objection (执异)' },
  reconsideration: { code: '执复', zh: '执行复议（执复）', en: 'Reconsideration (执复)' },
  supervision: { code: '执监', zh: '执行监督（执监）', en: 'Supervision (执监)' },
};

export const BASIS_TYPE_LABELS: Readonly<Record<BasisType, Label>> = {
  judgment: { zh: '判决书', en: 'Judgment' },
  ruling: { zh: '裁定书', en: 'Ruling' },
  mediationStatement: { zh: '调解书', en: 'Mediation statement' },
  arbitralAward: { zh: '仲裁裁决书', en: 'Arbitral award' },
  notarialDeed: { zh: '公证债权文书', en: 'Notarised debt instrument' },
  paymentOrder: { zh: '支付令', en: 'Payment order' },
  administrativeDecision: { zh: '行政决定', en: 'Administrative decision' },
};

export const CLOSING_METHOD_LABELS: Readonly<Record<ClosingMethod, Label>> = {
  performed: { zh: '执行完毕', en: 'Performed in full' },
  terminationForNow: { zh: '终结本次执行程序', en: 'Termination for now (终本)' },
  terminated: { zh: '终结执行', en: 'Terminated' },
  withdrawn: { zh: '销案', en: 'Withdrawn' },
  notEnforced: { zh: '不予执行', en: 'Not enforced' },
  rejected: { zh: '驳回申请', en: 'Application rejected' },
};

export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, Label>> = {
  principal: { zh: '本金', en: 'Principal' },
  interest: { zh: '利息', en: 'Interest' },
  costs: { zh: '费用', en: 'Costs' },
  nonMoney: { zh: '非金钱给付', en: 'Non-money obligation' },
};

export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, Label>> = {
  person: { zh: '自然人', en: 'Person' },
  organisation: { zh: '法人或其他组织', en: 'Organisation' },
};

export const PARTY_ROLE_LABELS: Readonly<Record<PartyRole, Label>> = {
  applicant: { zh: '申请执行人', en: 'Applicant' },
  debtor: { zh: '被执行人', en: 'Debtor' },
};

export const ACTION_LABELS: Readonly<Record<ActionType, Label>> = {
  assignHandler: { zh: '分案/指定承办人', en: 'Assign handler' },
  serveNotice: { zh: '送达执行通知书及报告财产令', en: 'Serve enforcement notice and property report order' },
  startInvestigation: { zh: '开始财产调查', en: 'Start property investigation' },
  startDisposal: { zh: '进入财产处置', en: 'Start disposal' },
  startDisbursement: { zh: '进入执行款发放', en: 'Start disbursement' },
  close: { zh: '结案', en: 'Close case' },
  stay: { zh: '中止执行', en: 'Stay enforcement' },
  defer: { zh: '暂缓执行', en: 'Defer enforcement' },
  resume: { zh: '恢复', en: 'Resume' },
  requestExtension: { zh: '申请延长期限', en: 'Request extension' },
  approveExtension: { zh: '批准延长', en: 'Approve extension' },
  rejectExtension: { zh: '驳回延长申请', en: 'Reject extension' },
};

/**
 * The statutory grounds of a stay (民事诉讼法 art. 267 ¶1, art. 217; 民诉法解释 art. 511): the
 * domain's table, through the zod-free `@zhixing/contracts/labels` (docs/adr/0006), so the select
 * shows the words and articles the server records.
 */
export { STAY_GROUNDS, STAY_GROUND_LABELS } from '@zhixing/contracts/labels';
export type StayGround = NonNullable<Extract<CaseActionInput, { type: 'stay' }>['groundCode']>;

export const SUSPENSION_LABELS: Readonly<Record<SuspensionKind, Label>> = {
  stay: { zh: '中止执行', en: 'Enforcement stayed' },
  deferral: { zh: '暂缓执行', en: 'Enforcement deferred' },
};

/** The short form for a tag in the case list: 中止 (民诉法 art. 267) and 暂缓 (art. 242) are different acts. */
export const SUSPENSION_TAG_LABELS: Readonly<Record<SuspensionKind, Label>> = {
  stay: { zh: '中止', en: 'Stayed' },
  deferral: { zh: '暂缓', en: 'Deferred' },
};

export const NODE_LABELS: Readonly<Record<DeadlineNode, Label>> = {
  assignment: { zh: '分案（确定承办人）', en: 'Assign a handler' },
  notice: { zh: '发出执行通知书', en: 'Serve the enforcement notice' },
  closing: { zh: '执结（结案）', en: 'Conclude the case' },
};

/** Warnings name their node as an open string ('case' for an idle case): only the known nodes have a label. */
export const isDeadlineNode = (node: string): node is DeadlineNode => Object.hasOwn(NODE_LABELS, node);

/** What a machine token may do (接口令牌, mission.md roles); the contract's scope list makes the table complete. */
export const TOKEN_SCOPE_LABELS: Readonly<Record<ApiTokenScope, Label & { readonly hint: Label }>> = {
  'agency:check': {
    zh: '联合惩戒单位核查',
    en: 'Credit-discipline check',
    hint: { zh: '航空、铁路等联合惩戒单位核查失信被执行人名单和限制消费措施', en: 'Airlines, railways and other agencies check persons against the dishonest list and restrictions' },
  },
  'institution:inquiry': {
    zh: '协助执行单位查控',
    en: 'Institution inquiry',
    hint: { zh: '银行、不动产登记、车管等单位答复财产查询，办理冻结、查封、扣划', en: 'Banks, land and vehicle registries answer asset inquiries and carry out freezes and seizures' },
  },
  'reports:read': {
    zh: '读取统计报表',
    en: 'Read reports',
    hint: { zh: '读取执行工作统计数据', en: 'Read enforcement statistics' },
  },
};

/** Why an audit chain does not hold, as the verification names it. */
export const CHAIN_BREAK_LABELS: Readonly<Record<ChainBreak, Label>> = {
  hashMismatch: { zh: '事件内容被改动', en: 'Event content was altered' },
  prevHashMismatch: { zh: '链接被改动', en: 'A link was altered' },
  gap: { zh: '事件缺失', en: 'An event is missing' },
  headMismatch: { zh: '链尾被截断', en: 'The end of the chain was cut off' },
};

/** Event actions are open strings in the contract; unknown ones fall back to the identifier itself (see labelOf). */

export const EVENT_ACTION_LABELS: Readonly<Record<string, Label>> = {
  ...ACTION_LABELS,
  fileCase: { zh: '立案', en: 'Case filed' },
  caseFiled: { zh: '立案', en: 'Case filed' },
  revealPartyId: { zh: '查看完整证件号码', en: 'Full ID number read' },
  queryCodeIssued: { zh: '重新生成公开网查询码', en: 'New portal query code issued' },
  portalAccessGranted: { zh: '当事人在公开网查看本案', en: 'A party viewed the case on the portal' },
  portalAccessLocked: { zh: '公开网查询码错误次数过多，暂停查询', en: 'Portal access locked after wrong codes' },
  portalDocumentDownloaded: { zh: '当事人在公开网下载文书', en: 'A party downloaded a document on the portal' },
  submissionReceived: { zh: '事务大厅收到当事人或公众提交的事项', en: 'Submission received in the affairs hall' },
  submissionRegister: { zh: '受理（立案）提交的事项', en: 'Submission registered' },
  submissionAnswer: { zh: '答复提交的事项', en: 'Submission answered' },
  submissionNotAccept: { zh: '不予受理提交的事项', en: 'Submission not accepted' },
  submissionAttachmentRead: { zh: '查阅提交事项的附件', en: 'Submission attachment opened' },
  portalSubscribed: { zh: '当事人订阅案件进展', en: 'A party subscribed to case updates' },
  portalUnsubscribed: { zh: '当事人取消订阅', en: 'A party unsubscribed' },
  noticePublished: { zh: '发布公告（悬赏 / 拍卖）', en: 'Notice published (reward / auction)' },
  noticeWithdrawn: { zh: '撤回公告', en: 'Notice withdrawn' },
  filingNoticePrinted: { zh: '打印立案通知书（含查询码）', en: 'Filing notice printed (with the query code)' },
  partyIdRevealed: { zh: '查看完整证件号码', en: 'Full ID number read' },
  networkInquiryStarted: { zh: '发起网络查控', en: 'Network inquiry started' },
  networkInquiryAnswered: { zh: '协助执行单位答复查询', en: 'Institution answered the inquiry' },
  networkInquiryRefused: { zh: '协助执行单位未办理查询', en: 'Institution did not carry out the inquiry' },
  networkRequestFailed: { zh: '查控请求未能送达', en: 'Network request could not be delivered' },
  networkRequestTimedOut: { zh: '查控请求超过答复时限', en: 'Network request not answered in time' },
  propertyViewed: { zh: '查看财产查控结果', en: 'Property found by inquiry read' },
  controlOrdered: { zh: '裁定采取控制措施', en: 'Control ordered' },
  controlInEffect: { zh: '控制措施生效', en: 'Control in effect' },
  controlWaiting: { zh: '轮候控制', en: 'Control waiting in line' },
  controlRefused: { zh: '协助执行单位未办理控制', en: 'Institution did not carry out the control' },
  controlActOrdered: { zh: '裁定解除、续行或扣划', en: 'Release, renewal or deduction ordered' },
  controlActRefused: { zh: '协助执行单位未办理解除、续行或扣划', en: 'Institution did not carry out the release, renewal or deduction' },
  controlReleased: { zh: '控制措施解除', en: 'Control released' },
  controlRenewed: { zh: '控制措施续行', en: 'Control renewed' },
  controlDeducted: { zh: '扣划到账', en: 'Deduction received' },
  controlLapsed: { zh: '控制措施届满失效', en: 'Control lapsed' },
  fundsReceived: { zh: '执行款到账', en: 'Funds received' },
  feeDeducted: { zh: '扣收执行费用', en: 'Costs taken from the funds' },
  payoutProposed: { zh: '拟发放执行款', en: 'Payment proposed' },
  payoutApproved: { zh: '批准发放执行款', en: 'Payment approved' },
  payoutRejected: { zh: '驳回发放执行款', en: 'Payment rejected' },
  fundsPaidOut: { zh: '执行款已发放', en: 'Funds paid out' },
  disbursementDelayed: { zh: '批准延缓发放', en: 'Payment delay approved' },
  receiptReversed: { zh: '到账款冲正', en: 'Receipt reversed' },
  distributionPlanMade: { zh: '制作财产分配方案', en: 'Distribution plan made' },
  distributionPlanServed: { zh: '登记分配方案送达', en: 'Service of the distribution plan recorded' },
  institutionDeskKeyIssued: { zh: '签发协助工作台密钥', en: 'Desk key issued' },
  proposeCreditDecision: { zh: '提请信用惩戒', en: 'Credit measure proposed' },
  signCreditDecision: { zh: '院长签发', en: 'Signed by the president' },
  rejectCreditDecision: { zh: '不予签发', en: 'Signature refused' },
  publishCreditDecision: { zh: '发布信用惩戒信息', en: 'Credit measure published' },
  endCreditDecision: { zh: '删除/解除信用惩戒', en: 'Credit measure removed' },
  agencyFeedback: { zh: '联合惩戒单位反馈', en: 'Agency feedback' },
  fileCorrection: { zh: '收到纠正申请', en: 'Correction request received' },
  decideCorrection: { zh: '审查纠正申请/复议', en: 'Correction or reconsideration decided' },
  fileReconsideration: { zh: '申请上一级法院复议', en: 'Reconsideration applied for' },
  grantPermit: { zh: '准许必要消费', en: 'Necessary consumption permitted' },
  revokePermit: { zh: '撤销准许消费', en: 'Consumption permit revoked' },
  liftSubject: { zh: '解除个人限制消费', en: 'One person released from the restriction' },
  bindIdentityDocument: { zh: '绑定出行证件', en: 'Travel document bound' },
  unbindIdentityDocument: { zh: '解除证件绑定', en: 'Travel document unbound' },
};

/** The keys of a complete label table, in its order (the table's type makes the list exhaustive). */
export function keysOf<K extends string>(table: Readonly<Record<K, Label>>): K[] {
  return Object.keys(table) as K[];
}

export function labelOf(table: Readonly<Record<string, Label>>, key: string, lang: 'zh' | 'en'): string {
  return table[key]?.[lang] ?? key;
}
