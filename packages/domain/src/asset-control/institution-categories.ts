/**
 * The kinds of assisting institution (协助执行单位) the platform talks to, what each reports and what
 * each can carry out. Nationally the network reaches 16 bodies and 3,900+ banks (legal-reference
 * §12); an installation registers its own institutions under these categories. Acts use the
 * glossary's words: `release` covers unfreezing, unsealing and returning impounded property.
 */
import type { PropertyKind } from './property-kinds.js';

export const INSTITUTION_ACTS = ['inquire', 'freeze', 'seal', 'impound', 'deduct', 'release', 'renew'] as const;
export type InstitutionAct = (typeof INSTITUTION_ACTS)[number];

export interface InstitutionCategoryRule {
  readonly zh: string;
  readonly en: string;
  /** What an inquiry there can find. */
  readonly reports: readonly PropertyKind[];
  /** What the institution can carry out. */
  readonly acts: readonly InstitutionAct[];
}

const MONEY_ACTS = ['inquire', 'freeze', 'deduct', 'release', 'renew'] as const;
const REGISTRY_ACTS = ['inquire', 'seal', 'release', 'renew'] as const;

export const INSTITUTION_CATEGORIES = {
  bank: { zh: '银行业金融机构', en: 'Bank', reports: ['bankDeposit', 'wealthProduct'], acts: MONEY_ACTS },
  onlinePayment: { zh: '网络支付机构', en: 'Online payment institution', reports: ['onlineFunds'], acts: MONEY_ACTS },
  housingProvidentFund: { zh: '住房公积金管理中心', en: 'Housing provident fund centre', reports: ['providentFund'], acts: MONEY_ACTS },
  insurer: { zh: '保险机构', en: 'Insurer', reports: ['insurancePolicy'], acts: MONEY_ACTS },
  securitiesDepository: { zh: '证券登记结算机构', en: 'Securities depository', reports: ['securities', 'fundShares'], acts: ['inquire', 'freeze', 'release', 'renew'] },
  marketRegulation: { zh: '市场监督管理部门（股权）', en: 'Market regulation (equity)', reports: ['equity'], acts: ['inquire', 'freeze', 'release', 'renew'] },
  realEstateRegistry: { zh: '不动产登记机构', en: 'Real estate registry', reports: ['realEstate'], acts: REGISTRY_ACTS },
  vehicleAdministration: { zh: '公安交通管理部门（车辆）', en: 'Vehicle administration', reports: ['vehicle'], acts: REGISTRY_ACTS },
  shipRegistry: { zh: '船舶登记机构', en: 'Ship registry', reports: ['ship'], acts: REGISTRY_ACTS },
  socialSecurity: { zh: '社会保险经办机构', en: 'Social insurance agency', reports: ['socialInsurance'], acts: ['inquire'] },
  tax: { zh: '税务机关', en: 'Tax authority', reports: ['taxRecord'], acts: ['inquire'] },
  telecom: { zh: '电信运营商', en: 'Telecom operator', reports: ['whereabouts'], acts: ['inquire'] },
  exitEntry: { zh: '出入境管理机构', en: 'Exit and entry administration', reports: ['travelRecord'], acts: ['inquire'] },
} as const satisfies Record<string, InstitutionCategoryRule>;

export type InstitutionCategory = keyof typeof INSTITUTION_CATEGORIES;
export const INSTITUTION_CATEGORY_LIST = Object.keys(INSTITUTION_CATEGORIES) as InstitutionCategory[];

export const isInstitutionCategory = (value: string): value is InstitutionCategory => Object.hasOwn(INSTITUTION_CATEGORIES, value);

/** Whether institutions of a category can carry out an act (the console offers only those). */
export const categorySupports = (category: InstitutionCategory, act: InstitutionAct): boolean => (INSTITUTION_CATEGORIES[category].acts as readonly InstitutionAct[]).includes(act);
