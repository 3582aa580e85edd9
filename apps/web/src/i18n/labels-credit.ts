import type { AgencyFeedbackReply, CreditDecision, CreditProposalBody, RegisterAgencyBody } from '../api/endpoints.js';
import type { Label } from './labels.js';

/**
 * Labels of the credit-discipline enumerations (信用惩戒), copied from the domain's tables
 * (packages/domain/src/credit) because the console may not bundle the domain. Each table's type
 * comes from a contract, so a value added on the server fails the type check here.
 */
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

export const MEASURE_KIND_LABELS: Readonly<Record<MeasureKind, Label>> = {
  dishonestListing: { zh: '失信被执行人名单', en: 'Dishonest-debtor list' },
  consumptionRestriction: { zh: '限制消费', en: 'Consumption restriction' },
  exitRestriction: { zh: '限制出境', en: 'Exit restriction' },
};

/** What the button that proposes each measure says. */
export const MEASURE_ACTION_LABELS: Readonly<Record<MeasureKind, Label>> = {
  dishonestListing: { zh: '纳入失信名单', en: 'Put on the dishonest list' },
  consumptionRestriction: { zh: '限制消费', en: 'Restrict consumption' },
  exitRestriction: { zh: '限制出境', en: 'Restrict exit' },
};

/** 失信规定 (2017) art. 1 items 1–6, in the order of the text. */
export const LISTING_GROUND_LABELS: Readonly<Record<ListingGround, Label & { readonly item: number }>> = {
  ableButRefuses: { zh: '有履行能力而拒不履行生效法律文书确定义务', en: 'Able to perform but refuses to perform the effective judgment', item: 1 },
  obstructsEnforcement: { zh: '以伪造证据、暴力、威胁等方法妨碍、抗拒执行', en: 'Obstructs or resists enforcement by forged evidence, violence or threats', item: 2 },
  evadesEnforcement: { zh: '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行', en: 'Evades enforcement by sham litigation or arbitration, or by hiding or transferring property', item: 3 },
  breachesPropertyReport: { zh: '违反财产报告制度', en: 'Breaches the property-reporting system', item: 4 },
  breachesConsumptionRestriction: { zh: '违反限制消费令', en: 'Breaches a consumption-restriction order', item: 5 },
  breachesSettlement: { zh: '无正当理由拒不履行执行和解协议', en: 'Refuses without good reason to perform an execution settlement', item: 6 },
};

/** 失信规定 art. 2 ¶1: what allows the 2-year period of grounds 2–6 to be extended. */
export const LISTING_AGGRAVATION_LABELS: Readonly<Record<ListingAggravation, Label>> = {
  seriousObstruction: { zh: '以暴力、威胁方法妨碍、抗拒执行情节严重', en: 'Serious obstruction by violence or threats' },
  multipleDishonestActs: { zh: '具有多项失信行为', en: 'Several dishonest acts' },
};

export const SUBJECT_ROLE_LABELS: Readonly<Record<SubjectRole, Label>> = {
  debtor: { zh: '被执行人', en: 'Debtor' },
  legalRepresentative: { zh: '法定代表人', en: 'Legal representative' },
  principalOfficer: { zh: '主要负责人', en: 'Principal officer' },
  responsiblePerson: { zh: '直接责任人员', en: 'Directly responsible person' },
  actualController: { zh: '实际控制人', en: 'Actual controller' },
  statutoryAgent: { zh: '法定代理人', en: 'Statutory agent' },
};

/** 限高规定 art. 3 ¶2: whom an organisation's consumption restriction binds. */
export const CONSUMPTION_BOUND_ROLES = ['legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController'] as const satisfies readonly BoundRole[];
/** 执行程序解释 art. 24: an organisation's officers (not its actual controller), or a statutory agent. */
export const EXIT_BOUND_ROLES = ['legalRepresentative', 'principalOfficer', 'responsiblePerson', 'statutoryAgent'] as const satisfies readonly BoundRole[];

export interface EndingGroundLabel extends Label {
  /** The article a decision cites. */
  readonly article: string;
}

/** Why a listing is deleted or revoked (失信规定 arts. 2 ¶2, 9, 10, 12). */
export const REMOVAL_GROUND_LABELS = {
  performed: { zh: '已履行生效法律文书确定的义务或人民法院已执行完毕', en: 'The obligation has been performed or enforcement is complete', article: '失信规定第十条第一款第（一）项' },
  settlementPerformed: { zh: '当事人达成执行和解协议且已履行完毕', en: 'An execution settlement was reached and fully performed', article: '失信规定第十条第一款第（二）项' },
  applicantRequest: { zh: '申请执行人书面申请删除失信信息，人民法院审查同意', en: 'The creditor applied in writing for deletion and the court agreed', article: '失信规定第十条第一款第（三）项' },
  noPropertyAfterInquiries: {
    zh: '终本后经网络执行查控系统查询两次以上未发现可供执行财产，且无有效财产线索',
    en: 'After termination for now, two or more network inquiries found no property and nobody supplied an effective lead',
    article: '失信规定第十条第一款第（四）项',
  },
  stayed: { zh: '因审判监督或破产程序，人民法院依法裁定中止执行', en: 'Enforcement was stayed because of trial supervision or bankruptcy', article: '失信规定第十条第一款第（五）项' },
  notEnforced: { zh: '人民法院依法裁定不予执行', en: 'The court ruled not to enforce', article: '失信规定第十条第一款第（六）项' },
  terminated: { zh: '人民法院依法裁定终结执行', en: 'The court ruled to terminate enforcement', article: '失信规定第十条第一款第（七）项' },
  periodExpired: { zh: '纳入失信被执行人名单的期限届满', en: 'The listing period has expired', article: '失信规定第十条第二款' },
  wronglyListed: { zh: '不应纳入失信被执行人名单而被纳入，予以撤销', en: 'The debtor should not have been listed: the entry is revoked', article: '失信规定第九条' },
  correctionGranted: { zh: '纠正申请理由成立', en: 'A correction application was upheld', article: '失信规定第十二条' },
  earlyDeletion: { zh: '积极履行义务或主动纠正失信行为，提前删除', en: 'Early deletion: the debtor actively performed or corrected the dishonest conduct', article: '失信规定第二条第二款' },
} as const satisfies Readonly<Record<string, EndingGroundLabel>>;
export type RemovalGround = keyof typeof REMOVAL_GROUND_LABELS;

/**
 * Why a restriction is lifted (限高规定 art. 9). The opinion's "former officer replaced" ground
 * (善意文明执行意见 para. 17(2)) releases one bound person, not the whole order, so the end route,
 * which lifts the whole order, does not offer it.
 */
export const LIFTING_GROUND_LABELS = {
  performedInFull: { zh: '被执行人履行完毕生效法律文书确定的义务', en: 'The debtor has performed the obligation in full', article: '限高规定第九条' },
  securityProvided: { zh: '被执行人提供确实有效的担保', en: 'The debtor has provided true and effective security', article: '限高规定第九条' },
  applicantConsents: { zh: '经申请执行人同意', en: 'The creditor consents', article: '限高规定第九条' },
} as const satisfies Readonly<Record<string, EndingGroundLabel>>;
export type LiftingGround = keyof typeof LIFTING_GROUND_LABELS;

/** Either table, for showing a ground the server recorded (including one the system set). */
export const ENDING_GROUND_LABELS: Readonly<Record<string, EndingGroundLabel>> = {
  ...REMOVAL_GROUND_LABELS,
  ...LIFTING_GROUND_LABELS,
  formerOfficerReplaced: { zh: '原法定代表人、主要负责人确因经营管理需要已变更', en: 'A former officer was replaced for genuine business reasons', article: '善意文明执行意见第17条第（2）项' },
};

/** The acts an agency checks (场景), as SCENARIO_RULES names them. */
export const SCENARIO_LABELS: Readonly<Record<Scenario, Label>> = {
  flight: { zh: '乘坐飞机', en: 'Air travel' },
  softSleeperTrain: { zh: '乘坐列车软卧', en: 'Soft-sleeper train berth' },
  highSpeedTrain: { zh: '乘坐G字头动车组列车、其他动车组一等以上座位', en: 'G-series train seat or first class on other EMU trains' },
  shipCabin: { zh: '乘坐轮船二等以上舱位', en: 'Ship cabin of second class or above' },
  starHotel: { zh: '在星级以上宾馆、酒店高消费', en: 'Star-rated hotel' },
  golfAndLuxuryVenues: { zh: '在夜总会、高尔夫球场等场所高消费', en: 'Nightclub, golf course and similar venues' },
  realEstatePurchase: { zh: '购买不动产或者新建、扩建、高档装修房屋', en: 'Buying real estate or building / luxury renovation' },
  officeRental: { zh: '租赁高档写字楼、宾馆、公寓等场所办公', en: 'Renting high-end offices' },
  vehiclePurchase: { zh: '购买非经营必需车辆', en: 'Buying a vehicle not needed for business' },
  tourism: { zh: '旅游、度假', en: 'Travel and holidays' },
  privateSchoolEnrolment: { zh: '子女就读高收费私立学校', en: 'Child at a high-fee private school' },
  highPremiumInsurance: { zh: '支付高额保费购买保险理财产品', en: 'High-premium insurance or wealth products' },
  civilServiceRecruitment: { zh: '招录（聘）为公务人员', en: 'Civil-service recruitment' },
  governmentSubsidy: { zh: '享受政府补贴、政策支持', en: 'Government subsidy or policy support' },
  publicBidding: { zh: '参与政府采购、招标投标', en: 'Government procurement and public bidding' },
  companyOfficerAppointment: { zh: '担任企业法定代表人、董事、监事、高级管理人员', en: 'Appointment as a company officer' },
  honours: { zh: '参评荣誉称号、评先评优', en: 'Honours and awards' },
  financingCredit: { zh: '融资信贷', en: 'Financing and credit' },
  leaveCountry: { zh: '出境', en: 'Leaving the country' },
};

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
