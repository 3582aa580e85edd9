/**
 * The acts a consumption restriction forbids: 限高规定 (2015) art. 3 ¶1 items 1–9, each with the
 * agency-check scenarios that stand for it (scenarios.ts).
 *
 * The 2010 original in /work/shared/law (法释〔2010〕8号 art. 3) had a general item 9 and forbade
 * only acts "paid with the debtor's property"; the 2015 text encoded here adds the G-train seats
 * to item 9 (legal reference §5).
 */
import type { Scenario } from './scenarios.js';

export const RESTRICTED_ACT_KEYS = [
  'premiumTransport',
  'highSpendingVenues',
  'realEstate',
  'highEndOfficeRental',
  'nonBusinessVehicle',
  'travelAndHolidays',
  'privateSchoolFees',
  'highPremiumInsurance',
  'highSpeedTrainAndOther',
] as const;
export type RestrictedAct = (typeof RESTRICTED_ACT_KEYS)[number];

export interface RestrictedActLabel {
  readonly zh: string;
  readonly en: string;
  readonly item: number;
  /** The agency-check scenarios that are this act. */
  readonly scenarios: readonly Scenario[];
}

export const RESTRICTED_ACTS: Readonly<Record<RestrictedAct, RestrictedActLabel>> = {
  premiumTransport: { zh: '乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位', en: 'Flights, soft-sleeper berths, ship cabins of second class or above', item: 1, scenarios: ['flight', 'softSleeperTrain', 'shipCabin'] },
  highSpendingVenues: { zh: '在星级以上宾馆、酒店、夜总会、高尔夫球场等场所进行高消费', en: 'High spending at star-rated hotels, restaurants, nightclubs, golf courses and the like', item: 2, scenarios: ['starHotel', 'golfAndLuxuryVenues'] },
  realEstate: { zh: '购买不动产或者新建、扩建、高档装修房屋', en: 'Buying real estate, or building, extending or luxuriously renovating a house', item: 3, scenarios: ['realEstatePurchase'] },
  highEndOfficeRental: { zh: '租赁高档写字楼、宾馆、公寓等场所办公', en: 'Renting high-end offices, hotels or apartments for work', item: 4, scenarios: ['officeRental'] },
  nonBusinessVehicle: { zh: '购买非经营必需车辆', en: 'Buying vehicles not needed for business', item: 5, scenarios: ['vehiclePurchase'] },
  travelAndHolidays: { zh: '旅游、度假', en: 'Travel and holidays', item: 6, scenarios: ['tourism'] },
  privateSchoolFees: { zh: '子女就读高收费私立学校', en: 'Children attending high-fee private schools', item: 7, scenarios: ['privateSchoolEnrolment'] },
  highPremiumInsurance: { zh: '支付高额保费购买保险理财产品', en: 'Paying high premiums for insurance or wealth-management products', item: 8, scenarios: ['highPremiumInsurance'] },
  highSpeedTrainAndOther: {
    zh: '乘坐G字头动车组列车全部座位、其他动车组列车一等以上座位等其他非生活和工作必需的消费行为',
    en: 'Any seat on G-series trains, first class or above on other EMU trains, and other consumption not needed for life or work',
    item: 9,
    scenarios: ['highSpeedTrain'],
  },
};

export const isRestrictedAct = (v: unknown): v is RestrictedAct => typeof v === 'string' && (RESTRICTED_ACT_KEYS as readonly string[]).includes(v);
