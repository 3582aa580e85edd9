import type { AgencyFeedbackReply, CreditDecision, CreditProposalBody, IdentityDocument, RegisterAgencyBody } from '../api/endpoints.js';
import { EXIT_LIFTING_GROUND_LABELS, LIFTING_GROUND_LABELS, REMOVAL_GROUND_LABELS, SCENARIO_RULES } from '@zhixing/contracts/labels';
import type { Label } from './labels.js';

/**
 * Labels of the credit-discipline enumerations (信用惩戒). The domain's tables come through
 * `@zhixing/contracts/labels` (plain data, no zod), so the words of a decision and of the console
 * are one source; what is here is the console's own: button texts, groupings, and the labels of
 * enumerations the domain has no table for. Each type comes from a contract, so a value added on
 * the server fails the type check here.
 */
export {
  CONSUMPTION_BOUND_ROLES,
  CORRECTION_GROUND_LABELS,
  EXIT_BOUND_ROLES,
  LISTING_AGGRAVATION_LABELS,
  LISTING_GROUND_LABELS,
  MEASURE_KIND_LABELS,
  PERMISSION_MAX_DAYS,
  PERMISSION_REASON_LABELS,
  SUBJECT_ROLE_LABELS,
} from '@zhixing/contracts/labels';
export type { CorrectionGround, PermissionReason } from '@zhixing/contracts/labels';

export type MeasureKind = CreditDecision['kind'];
export type DecisionStatus = CreditDecision['status'];
export type ListingGround = NonNullable<CreditDecision['ground']>;
export type SubjectRole = CreditDecision['subjects'][number]['role'];
type ListingProposal = Extract<CreditProposalBody, { kind: 'dishonestListing' }>;
type ConsumptionProposal = Extract<CreditProposalBody, { kind: 'consumptionRestriction' }>;
export type ListingAggravation = NonNullable<ListingProposal['aggravation']>;
export type BoundRole = NonNullable<ConsumptionProposal['boundPersons']>[number]['role'];
export type Scenario = AgencyFeedbackReply['items'][number]['scenario'];
export type AgencyCategory = RegisterAgencyBody['category'];
export type AgencyScope = RegisterAgencyBody['scopes'][number];
export type FeedbackKind = AgencyFeedbackReply['items'][number]['kind'];
export type DocumentType = IdentityDocument['docType'];

/** What the button that proposes each measure says. */
export const MEASURE_ACTION_LABELS: Readonly<Record<MeasureKind, Label>> = {
  dishonestListing: { zh: '纳入失信名单', en: 'Put on the dishonest list' },
  consumptionRestriction: { zh: '限制消费', en: 'Restrict consumption' },
  exitRestriction: { zh: '限制出境', en: 'Restrict exit' },
};

export interface EndingGroundLabel extends Label {
  /** The article a decision cites. */
  readonly article: string;
}

/**
 * The grounds the end route takes for each measure: a listing is deleted (失信规定 arts. 2, 9, 10,
 * 12), a consumption restriction lifted (限高规定 art. 9), an exit restriction lifted (执行程序解释
 * art. 25). The opinion's "former officer replaced" releases one bound person (lift-subject), not
 * the whole order, so it is not offered here.
 */
export function endingGroundsFor(kind: MeasureKind): Readonly<Record<string, EndingGroundLabel>> {
  switch (kind) {
    case 'dishonestListing':
      return REMOVAL_GROUND_LABELS;
    case 'consumptionRestriction': {
      const { formerOfficerReplaced: _single, ...wholeOrder } = LIFTING_GROUND_LABELS;
      return wholeOrder;
    }
    case 'exitRestriction':
      return EXIT_LIFTING_GROUND_LABELS;
  }
}

/** Any ground the server recorded, for showing it (including those the system sets itself). */
export const ENDING_GROUND_LABELS: Readonly<Record<string, EndingGroundLabel>> = {
  ...REMOVAL_GROUND_LABELS,
  ...LIFTING_GROUND_LABELS,
  // The higher court quashed an exit restriction on reconsideration (异议复议规定 art. 9); no domain table names it.
  reconsiderationGranted: { zh: '上一级法院复议撤销', en: 'Quashed by the higher court on reconsideration', article: '异议复议规定第九条' },
};

/** The acts an agency checks (场景), as the domain's rulebook names them. */
export const SCENARIO_LABELS: Readonly<Record<Scenario, Label>> = SCENARIO_RULES;

/** The acts a consumption restriction forbids, the only ones a permit can allow (限高规定 arts. 3, 8). */
export const PERMITTABLE_SCENARIOS = (Object.keys(SCENARIO_RULES) as Scenario[]).filter((s) => SCENARIO_RULES[s].blockedBy.includes('consumptionRestriction'));

/** Scenarios in groups, as an administrator thinks of an agency's business. */
export const SCENARIO_GROUPS = [
  { key: 'consumption', label: { zh: '限制高消费（限高规定第三条）', en: 'High consumption (consumption rules art. 3)' }, scenarios: ['flight', 'softSleeperTrain', 'highSpeedTrain', 'shipCabin', 'starHotel', 'golfAndLuxuryVenues', 'realEstatePurchase', 'officeRental', 'vehiclePurchase', 'tourism', 'privateSchoolEnrolment', 'highPremiumInsurance'] },
  { key: 'joint', label: { zh: '联合惩戒（失信规定第八条）', en: 'Joint sanctions (dishonest-list rules art. 8)' }, scenarios: ['civilServiceRecruitment', 'governmentSubsidy', 'publicBidding', 'companyOfficerAppointment', 'honours', 'financingCredit'] },
  { key: 'exit', label: { zh: '限制出境', en: 'Exit restriction' }, scenarios: ['leaveCountry'] },
] as const satisfies readonly { key: string; label: Label; scenarios: readonly Scenario[] }[];

type Ungrouped = Exclude<Scenario, (typeof SCENARIO_GROUPS)[number]['scenarios'][number]>;
type Assert<T extends true> = T;
/** Every scenario sits in a group (a new one fails the type check here instead of vanishing). */
export type EveryScenarioGrouped = Assert<[Ungrouped] extends [never] ? true : false>;

export const AGENCY_CATEGORY_LABELS: Readonly<Record<AgencyCategory, Label>> = {
  airline: { zh: '航空公司', en: 'Airline' },
  railway: { zh: '铁路运输企业', en: 'Railway' },
  shipping: { zh: '水路运输企业', en: 'Shipping' },
  civilService: { zh: '组织人事部门', en: 'Civil-service authority' },
  subsidyOffice: { zh: '政府补贴主管部门', en: 'Subsidy office' },
  biddingPlatform: { zh: '公共资源交易平台', en: 'Public bidding platform' },
  marketRegulator: { zh: '市场监督管理部门', en: 'Market regulator' },
  bank: { zh: '银行业金融机构', en: 'Bank' },
  creditReporting: { zh: '征信机构', en: 'Credit-reporting agency' },
  exitEntry: { zh: '出入境管理机关', en: 'Exit and entry administration' },
  hotelAndTravel: { zh: '酒店、旅行社', en: 'Hotels and travel agencies' },
  realEstateRegistry: { zh: '不动产登记机构', en: 'Real-estate registry' },
  vehicleRegistry: { zh: '车辆管理所', en: 'Vehicle registry' },
  education: { zh: '教育主管部门、学校', en: 'Education authority or school' },
  insurance: { zh: '保险机构', en: 'Insurer' },
  other: { zh: '其他', en: 'Other' },
};

/** What an agency's key may do on the agency check service. */
export const AGENCY_SCOPE_LABELS: Readonly<Record<AgencyScope, Label & { readonly hint: Label }>> = {
  check: { zh: '逐一核查', en: 'Single check', hint: { zh: '办理业务前核查某人是否受限', en: 'Check one person before acting' } },
  bulk: { zh: '批量比对', en: 'Bulk comparison', hint: { zh: '上传名单文件整批比对', en: 'Upload a file of identities to compare at once' } },
  feed: { zh: '变更订阅', en: 'Change feed', hint: { zh: '按游标同步新增和删除的惩戒信息，保持本地副本', en: 'Follow additions and removals to keep a local copy' } },
  range: { zh: '隐私范围核查', en: 'Private range check', hint: { zh: '只发送身份号码哈希前缀，不暴露被查询人', en: 'Send only a hash prefix, so the person checked is not disclosed' } },
  feedback: { zh: '拦截反馈', en: 'Feedback', hint: { zh: '回报拦截情况或提出误拦异议', en: 'Report interceptions or claim a false positive' } },
};

export const FEEDBACK_KIND_LABELS: Readonly<Record<FeedbackKind, Label>> = {
  intercepted: { zh: '已拦截', en: 'Intercepted' },
  falsePositive: { zh: '误拦异议', en: 'False positive' },
};

/** Travel documents a person party may have bound, so checks by them find the person (出入境证件). */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, Label>> = {
  passport: { zh: '护照', en: 'Passport' },
  hongKongMacaoPermit: { zh: '往来港澳通行证', en: 'Exit-entry permit for Hong Kong and Macao' },
  taiwanPermit: { zh: '大陆居民往来台湾通行证', en: 'Travel permit to Taiwan' },
  foreignPermanentResidence: { zh: '外国人永久居留身份证', en: 'Foreign permanent resident ID card' },
};
