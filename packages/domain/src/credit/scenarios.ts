/**
 * The rulebook of the agency check service: for each act an agency is about to allow (场景), the
 * measures that block it and the rule that says so. "一处失信、处处受限" (mission clause 6): the
 * agency asks, the rulebook answers, the same way for every agency.
 *
 * - Consumption acts are the nine items of the 2015 consumption rules art. 3 ¶1; a dishonest
 *   listing blocks them too because a listed debtor "shall" be restricted (same rules art. 1).
 * - Persons bound through an organisation's restriction (art. 3 ¶2) are blocked from the same acts.
 * - Public-sector acts (recruitment, subsidies, bidding, appointments, honours, credit) are the
 *   joint sanctions of 失信规定 art. 8 and apply to the listed debtor only.
 * - Leaving the country is blocked by an exit restriction (民事诉讼法 art. 266).
 */
import type { MeasureKind, SubjectRole } from './measure-kinds.js';

export const SCENARIOS = [
  'flight',
  'softSleeperTrain',
  'highSpeedTrain',
  'shipCabin',
  'starHotel',
  'golfAndLuxuryVenues',
  'realEstatePurchase',
  'officeRental',
  'vehiclePurchase',
  'tourism',
  'privateSchoolEnrolment',
  'highPremiumInsurance',
  'civilServiceRecruitment',
  'governmentSubsidy',
  'publicBidding',
  'companyOfficerAppointment',
  'honours',
  'financingCredit',
  'leaveCountry',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ScenarioRule {
  readonly zh: string;
  readonly en: string;
  /** Measures that block this act. */
  readonly blockedBy: readonly MeasureKind[];
  /** Roles whose measures count: the debtor always; bound persons only where the rule binds them. */
  readonly roles: readonly SubjectRole[];
  readonly legalBasis: string;
}

const ALL_BOUND: readonly SubjectRole[] = ['debtor', 'legalRepresentative', 'principalOfficer', 'responsiblePerson', 'actualController'];
const DEBTOR_ONLY: readonly SubjectRole[] = ['debtor'];
const EXIT_BOUND: readonly SubjectRole[] = ['debtor', 'legalRepresentative', 'principalOfficer', 'responsiblePerson', 'statutoryAgent'];

const CONSUMPTION = '最高人民法院关于限制被执行人高消费及有关消费的若干规定第一条、第三条';
const consumption = (zh: string, en: string, item: string): ScenarioRule => ({
  zh,
  en,
  blockedBy: ['consumptionRestriction', 'dishonestListing'],
  roles: ALL_BOUND,
  legalBasis: `${CONSUMPTION}第一款第（${item}）项`,
});
const JOINT = '最高人民法院关于公布失信被执行人名单信息的若干规定第八条';
const joint = (zh: string, en: string): ScenarioRule => ({ zh, en, blockedBy: ['dishonestListing'], roles: DEBTOR_ONLY, legalBasis: JOINT });

export const SCENARIO_RULES: Readonly<Record<Scenario, ScenarioRule>> = {
  flight: consumption('乘坐飞机', 'Air travel', '一'),
  softSleeperTrain: consumption('乘坐列车软卧', 'Soft-sleeper train berth', '一'),
  highSpeedTrain: consumption('乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位', 'G-series train seat or first class on other EMU trains', '九'),
  shipCabin: consumption('乘坐轮船二等以上舱位', 'Ship cabin of second class or above', '一'),
  starHotel: consumption('在星级以上宾馆、酒店高消费', 'Star-rated hotel', '二'),
  golfAndLuxuryVenues: consumption('在夜总会、高尔夫球场等场所高消费', 'Nightclub, golf course and similar venues', '二'),
  realEstatePurchase: consumption('购买不动产或者新建、扩建、高档装修房屋', 'Buying real estate or building / luxury renovation', '三'),
  officeRental: consumption('租赁高档写字楼、宾馆、公寓等场所办公', 'Renting high-end offices', '四'),
  vehiclePurchase: consumption('购买非经营必需车辆', 'Buying a vehicle not needed for business', '五'),
  tourism: consumption('旅游、度假', 'Travel and holidays', '六'),
  privateSchoolEnrolment: consumption('子女就读高收费私立学校', 'Child at a high-fee private school', '七'),
  highPremiumInsurance: consumption('支付高额保费购买保险理财产品', 'High-premium insurance or wealth products', '八'),
  civilServiceRecruitment: joint('招录（聘）为公务人员', 'Civil-service recruitment'),
  governmentSubsidy: joint('享受政府补贴、政策支持', 'Government subsidy or policy support'),
  publicBidding: joint('参与政府采购、招标投标', 'Government procurement and public bidding'),
  companyOfficerAppointment: joint('担任企业法定代表人、董事、监事、高级管理人员', 'Appointment as a company officer'),
  honours: joint('参评荣誉称号、评先评优', 'Honours and awards'),
  financingCredit: joint('融资信贷', 'Financing and credit'),
  leaveCountry: {
    zh: '出境',
    en: 'Leaving the country',
    blockedBy: ['exitRestriction'],
    roles: EXIT_BOUND,
    legalBasis: '民事诉讼法第二百六十六条；最高人民法院关于适用《民事诉讼法》执行程序若干问题的解释第二十三条、第二十四条',
  },
};

export const isScenario = (v: unknown): v is Scenario => typeof v === 'string' && (SCENARIOS as readonly string[]).includes(v);

/** Does a measure of this kind, binding its subject in this role, block the scenario? */
export function blocks(scenario: Scenario, kind: MeasureKind, role: SubjectRole): boolean {
  const rule = SCENARIO_RULES[scenario];
  return rule.blockedBy.includes(kind) && rule.roles.includes(role);
}
