/**
 * What a network inquiry can find, and how each kind is controlled. The national system covers
 * 16 categories / 25 items of property information (legal-reference §12); these are the kinds the
 * platform models, each with:
 * - `termClass`: how long one control may last (民诉法解释 art. 485: deposits 1 year, movables
 *   2 years, real estate and other property rights 3 years);
 * - `control`: the act that holds it (glossary: freeze deposits and rights, seal real estate and
 *   registered property, impound movables) — `null` where the record is information only
 *   (whereabouts, tax, social insurance, travel records);
 * - `divisible`: whether part of it can be held (an amount of a deposit) or only the whole (a flat);
 * - `deductible`: whether the institution can pay it over to the court (扣划) without a sale.
 */
export const CONTROL_TERM_CLASSES = ['deposit', 'movable', 'realEstate', 'otherRight'] as const;
export type ControlTermClass = (typeof CONTROL_TERM_CLASSES)[number];

/** The longest single term, in months, per class (民诉法解释 art. 485). */
export const MAX_CONTROL_TERM_MONTHS: Readonly<Record<ControlTermClass, number>> = { deposit: 12, movable: 24, realEstate: 36, otherRight: 36 };

export const CONTROL_ACTS = ['freeze', 'seal', 'impound'] as const;
export type ControlAct = (typeof CONTROL_ACTS)[number];

export interface PropertyKindRule {
  readonly zh: string;
  readonly en: string;
  readonly termClass: ControlTermClass | null;
  readonly control: ControlAct | null;
  readonly divisible: boolean;
  readonly deductible: boolean;
}

export const PROPERTY_KINDS = {
  bankDeposit: { zh: '银行存款', en: 'Bank deposit', termClass: 'deposit', control: 'freeze', divisible: true, deductible: true },
  wealthProduct: { zh: '银行理财产品', en: 'Wealth-management product', termClass: 'otherRight', control: 'freeze', divisible: true, deductible: true },
  onlineFunds: { zh: '网络资金（支付账户余额）', en: 'Online payment balance', termClass: 'deposit', control: 'freeze', divisible: true, deductible: true },
  providentFund: { zh: '住房公积金', en: 'Housing provident fund', termClass: 'deposit', control: 'freeze', divisible: true, deductible: true },
  securities: { zh: '证券（股票、债券）', en: 'Securities', termClass: 'otherRight', control: 'freeze', divisible: true, deductible: false },
  fundShares: { zh: '基金份额', en: 'Fund shares', termClass: 'otherRight', control: 'freeze', divisible: true, deductible: false },
  insurancePolicy: { zh: '保险（现金价值）', en: 'Insurance policy (cash value)', termClass: 'otherRight', control: 'freeze', divisible: false, deductible: true },
  equity: { zh: '股权', en: 'Equity in a company', termClass: 'otherRight', control: 'freeze', divisible: true, deductible: false },
  realEstate: { zh: '不动产', en: 'Real estate', termClass: 'realEstate', control: 'seal', divisible: false, deductible: false },
  vehicle: { zh: '机动车', en: 'Motor vehicle', termClass: 'movable', control: 'seal', divisible: false, deductible: false },
  ship: { zh: '船舶', en: 'Ship', termClass: 'movable', control: 'seal', divisible: false, deductible: false },
  movable: { zh: '其他动产', en: 'Other movable property', termClass: 'movable', control: 'impound', divisible: false, deductible: false },
  socialInsurance: { zh: '社会保险信息', en: 'Social insurance record', termClass: null, control: null, divisible: false, deductible: false },
  taxRecord: { zh: '纳税信息', en: 'Tax record', termClass: null, control: null, divisible: false, deductible: false },
  whereabouts: { zh: '下落信息（通信）', en: 'Whereabouts (telecom)', termClass: null, control: null, divisible: false, deductible: false },
  travelRecord: { zh: '出入境记录', en: 'Travel record', termClass: null, control: null, divisible: false, deductible: false },
} as const satisfies Record<string, PropertyKindRule>;

export type PropertyKind = keyof typeof PROPERTY_KINDS;
export const PROPERTY_KIND_LIST = Object.keys(PROPERTY_KINDS) as PropertyKind[];

export const isPropertyKind = (value: string): value is PropertyKind => Object.hasOwn(PROPERTY_KINDS, value);

/** Whether a kind of property can be held at all (information records cannot). */
export const isControllable = (kind: PropertyKind): boolean => PROPERTY_KINDS[kind].control !== null;
