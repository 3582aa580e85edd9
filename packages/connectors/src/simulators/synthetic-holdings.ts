/**
 * What a reference simulator of an assisting institution reports for a debtor: synthetic, but
 * shaped like what courts really get back, so the conformance kit and the benchmarks meet real
 * cases — most debtors hold little (a drained debit card, no flat), a few hold much; flats carry
 * mortgages and other courts' seals; information-only records (social insurance, tax, telecom,
 * travel) are text.
 * - Deterministic: everything follows from (category, institution code, subject) through a PRNG
 *   seeded with SHA-256, so the same inquiry always gets the same answer, and two banks answer
 *   differently but each stably. No Math.random, no clock: dates count back from `asOf`.
 * - A second seed, from the subject alone, sets how well-off the debtor is, so a debtor who is
 *   rich at one institution tends to be rich at all of them (totals across a caseload then look
 *   like real ones, rather than everyone holding the average).
 * - Where the debtor lives comes from the area code in the identity number or credit code
 *   (GB/T 2260); property, courts, plates and phone areas follow it. Unknown areas fall back to
 *   Liaoning, where the platform's first courts are.
 */
import { createHash } from 'node:crypto';
import { Sfc32 } from './sfc32.js';
import type { AssistSubject, Holding } from '@zhixing/contracts';
import { addMonths, civilParts, fromDayNumber, toDayNumber, type CivilDate, type InstitutionCategory, type PropertyKind } from '@zhixing/domain';

type Encumbrance = Holding['encumbrances'][number];

/** A float in [0, 1) per call, with helpers; the same seed gives the same sequence. */
export interface SeededRandom {
  (): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** Between min and max with every order of magnitude equally likely: money is skewed like that. */
  logUniform(min: number, max: number): number;
  digits(n: number): string;
}

/**
 * Random draws on sfc32 seeded with the first 16 bytes of SHA-256(seed). A class, so the
 * benchmarks' hundred thousand generators share their methods.
 */
class Draws {
  readonly #g: Sfc32;

  constructor(seed: string) {
    const h = createHash('sha256').update(seed).digest();
    this.#g = new Sfc32(h.readUInt32LE(0), h.readUInt32LE(4), h.readUInt32LE(8), h.readUInt32LE(12));
  }

  next(): number {
    return this.#g.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of choices) total += w;
    let x = this.next() * total;
    for (const [value, w] of choices) {
      x -= w;
      if (x < 0) return value;
    }
    return this.pick(choices)[0];
  }

  logUniform(min: number, max: number): number {
    return min * (max / min) ** this.next();
  }

  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

export function seededRandom(seed: string): SeededRandom {
  const g = new Draws(seed);
  return Object.assign(() => g.next(), {
    int: (min: number, max: number) => g.int(min, max),
    chance: (p: number) => g.chance(p),
    pick: <T>(items: readonly T[]) => g.pick(items),
    weighted: <T>(choices: readonly (readonly [T, number])[]) => g.weighted(choices),
    logUniform: (min: number, max: number) => g.logUniform(min, max),
    digits: (n: number) => g.digits(n),
  });
}

export interface SyntheticOptions {
  /** The day the answer is given as of; every date in it lies before. */
  readonly asOf?: CivilDate;
}

/** A fixed day, so answers do not drift with the clock (the simulators' tests run in late 2026). */
export const SYNTHETIC_AS_OF: CivilDate = '2026-11-01';

// ---------------------------------------------------------------------------------------------
// Places (GB/T 2260 codes; court codes as in case numbers, e.g. 辽0203 = 大连市西岗区人民法院)

interface City {
  readonly name: string;
  /** As in branch names: 大连分行, 北京市分行. */
  readonly short: string;
  readonly code: string;
  readonly plate: string;
  readonly phoneArea: string;
  readonly port: string;
  readonly intermediate: readonly [string, string];
  readonly districts: readonly (readonly [string, string])[];
  /** Residential price per m², yuan. */
  readonly price: readonly [number, number];
}
interface Province {
  readonly abbr: string;
  readonly cities: readonly City[];
}

const PROVINCES: Readonly<Record<string, Province>> = {
  '21': {
    abbr: '辽',
    cities: [
      { name: '大连市', short: '大连', code: '2102', plate: 'B', phoneArea: '0411', port: '大连周水子国际机场', intermediate: ['02', '辽宁省大连市中级人民法院'], districts: [['02', '中山区'], ['03', '西岗区'], ['04', '沙河口区'], ['11', '甘井子区'], ['12', '旅顺口区'], ['13', '金州区']], price: [9000, 24000] },
      { name: '沈阳市', short: '沈阳', code: '2101', plate: 'A', phoneArea: '024', port: '沈阳桃仙国际机场', intermediate: ['01', '辽宁省沈阳市中级人民法院'], districts: [['02', '和平区'], ['03', '沈河区'], ['05', '皇姑区'], ['06', '铁西区'], ['12', '浑南区']], price: [8000, 18000] },
      { name: '鞍山市', short: '鞍山', code: '2103', plate: 'C', phoneArea: '0412', port: '沈阳桃仙国际机场', intermediate: ['03', '辽宁省鞍山市中级人民法院'], districts: [['02', '铁东区'], ['03', '铁西区'], ['04', '立山区']], price: [4500, 9000] },
    ],
  },
  '11': {
    abbr: '京',
    cities: [{ name: '北京市', short: '北京市', code: '1101', plate: 'N', phoneArea: '010', port: '北京首都国际机场', intermediate: ['03', '北京市第三中级人民法院'], districts: [['01', '东城区'], ['02', '西城区'], ['05', '朝阳区'], ['06', '丰台区'], ['08', '海淀区']], price: [35000, 90000] }],
  },
  '31': {
    abbr: '沪',
    cities: [{ name: '上海市', short: '上海市', code: '3101', plate: 'A', phoneArea: '021', port: '上海浦东国际机场', intermediate: ['01', '上海市第一中级人民法院'], districts: [['01', '黄浦区'], ['04', '徐汇区'], ['05', '长宁区'], ['12', '闵行区'], ['15', '浦东新区']], price: [35000, 90000] }],
  },
  '44': {
    abbr: '粤',
    cities: [
      { name: '广州市', short: '广州', code: '4401', plate: 'A', phoneArea: '020', port: '广州白云国际机场', intermediate: ['01', '广东省广州市中级人民法院'], districts: [['03', '荔湾区'], ['04', '越秀区'], ['05', '海珠区'], ['06', '天河区'], ['11', '白云区']], price: [20000, 55000] },
      { name: '深圳市', short: '深圳', code: '4403', plate: 'B', phoneArea: '0755', port: '深圳宝安国际机场', intermediate: ['03', '广东省深圳市中级人民法院'], districts: [['03', '罗湖区'], ['04', '福田区'], ['05', '南山区'], ['06', '宝安区'], ['07', '龙岗区']], price: [30000, 80000] },
    ],
  },
  '33': {
    abbr: '浙',
    cities: [{ name: '杭州市', short: '杭州', code: '3301', plate: 'A', phoneArea: '0571', port: '杭州萧山国际机场', intermediate: ['01', '浙江省杭州市中级人民法院'], districts: [['02', '上城区'], ['05', '拱墅区'], ['06', '西湖区'], ['08', '滨江区'], ['09', '萧山区']], price: [20000, 50000] }],
  },
};
const LIAONING = PROVINCES['21'] as Province;
const ALL_CITIES = Object.values(PROVINCES).flatMap((province) => province.cities.map((city) => ({ province, city })));

interface Place {
  readonly province: Province;
  readonly city: City;
  readonly district: readonly [string, string];
}

const SYLLABLES = ['恒', '盛', '鑫', '泰', '华', '宏', '海', '达', '通', '兴', '源', '远', '嘉', '丰', '瑞', '德', '信', '诚', '东', '方', '金', '昌', '安', '汇'];
const INDUSTRIES = ['商贸', '物流', '建筑工程', '机械制造', '餐饮管理', '科技', '水产', '房地产开发', '装饰工程', '汽车销售', '电子', '石化设备'];
const STREETS = ['人民路', '中山路', '长江路', '黄河路', '解放路', '建设街', '胜利路', '和平路', '友好街', '五一路', '春柳街', '新华路'];
const BANKS = ['中国工商银行股份有限公司', '中国建设银行股份有限公司', '中国银行股份有限公司', '中国农业银行股份有限公司', '交通银行股份有限公司', '招商银行股份有限公司', '中国邮政储蓄银行股份有限公司'];

// ---------------------------------------------------------------------------------------------
// The subject: who, where, how well-off

/** 0: has next to nothing; 1: ordinary; 2: well-off (persons) / 0 dormant, 1 trading, 2 substantial (organisations). */
type Level = 0 | 1 | 2;

const LEVEL_SHARES: Readonly<Record<AssistSubject['kind'], readonly (readonly [Level, number])[]>> = {
  person: [[0, 0.55], [1, 0.35], [2, 0.1]],
  organisation: [[0, 0.45], [1, 0.45], [2, 0.1]],
};

interface Ctx {
  readonly r: Draws;
  readonly person: boolean;
  readonly level: Level;
  readonly age: number | null;
  readonly place: Place;
  /** 身份证号 / 统一社会信用代码 as given (社会保障号码 and 纳税人识别号 are the same numbers). */
  readonly idCode: string;
  readonly asOf: number;
  readonly refs: Set<string>;
}

const idCodeOf = (s: AssistSubject) => (s.kind === 'person' ? s.idNumber : s.creditCode).trim().toUpperCase();

function areaCodeOf(s: AssistSubject, idCode: string): string | null {
  if (s.kind === 'person') return /^\d{15}(\d{2}[\dX])?$/.test(idCode) ? idCode.slice(0, 6) : null;
  return /^[0-9A-Z]{2}\d{6}[0-9A-Z]{10}$/.test(idCode) ? idCode.slice(2, 8) : null;
}

function birthYearOf(idCode: string): number | null {
  if (/^\d{17}[\dX]$/.test(idCode)) return Number(idCode.slice(6, 10));
  if (/^\d{15}$/.test(idCode)) return 1900 + Number(idCode.slice(6, 8));
  return null;
}

function placeOf(area: string | null, r: Draws): Place {
  const province = (area !== null ? PROVINCES[area.slice(0, 2)] : undefined) ?? LIAONING;
  const city = province.cities.find((c) => area?.startsWith(c.code)) ?? r.pick(province.cities);
  const district = city.districts.find(([code]) => area === city.code + code) ?? r.pick(city.districts);
  return { province, city, district };
}

function contextOf(category: InstitutionCategory, institutionCode: string, subject: AssistSubject, asOf: { readonly day: number; readonly year: number }): Ctx {
  const idCode = idCodeOf(subject);
  const profile = new Draws(`zx-synthetic|subject|${subject.kind}|${idCode}`);
  const level = profile.weighted(LEVEL_SHARES[subject.kind]);
  const place = placeOf(areaCodeOf(subject, idCode), profile);
  const birth = subject.kind === 'person' ? birthYearOf(idCode) : null;
  const age = birth !== null && asOf.year - birth >= 0 && asOf.year - birth <= 120 ? asOf.year - birth : null;
  return {
    r: new Draws(`zx-synthetic|${category}|${institutionCode}|${subject.kind}|${idCode}`),
    person: subject.kind === 'person',
    level,
    age,
    place,
    idCode,
    asOf: asOf.day,
    refs: new Set(),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const fen = (yuan: number) => Math.max(0, Math.round(yuan * 100));
/** Valuations are round figures (to 100 yuan); balances keep their cents. */
const roundFen = (yuan: number) => Math.max(0, Math.round(yuan / 100)) * 10000;

const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const money = (amountFen: number) => `¥${grouped(Math.floor(amountFen / 100))}.${String(amountFen % 100).padStart(2, '0')}`;

const daysAgo = (c: Ctx, min: number, max: number): number => c.asOf - c.r.int(min, max);
const date = (day: number): CivilDate => fromDayNumber(day);
const month = (day: number): string => fromDayNumber(day).slice(0, 7);

/** A reference not yet used in this answer (two random plates or accounts could coincide). */
function unique(c: Ctx, make: () => string): string {
  for (let i = 0; i < 20; i++) {
    const ref = make();
    if (!c.refs.has(ref)) {
      c.refs.add(ref);
      return ref;
    }
  }
  const ref = `${make()}-${c.refs.size + 1}`;
  c.refs.add(ref);
  return ref;
}

const byLevel = <T>(c: Ctx, table: readonly [T, T, T]): T => table[c.level];

/** Another place: mostly the same province, sometimes anywhere (a creditor's forum, a trip). */
function elsewhere(c: Ctx): Place {
  const { province, city } = c.r.chance(0.7) ? { province: c.place.province, city: c.r.pick(c.place.province.cities) } : c.r.pick(ALL_CITIES);
  return { province, city, district: c.r.pick(city.districts) };
}

const companyName = (c: Ctx, city = c.place.city) => `${city.short.replace(/市$/, '')}${c.r.pick(SYLLABLES)}${c.r.pick(SYLLABLES)}${c.r.pick(INDUSTRIES)}有限公司`;
const bankBranch = (c: Ctx) => `${c.r.pick(BANKS)}${c.place.city.short}分行`;
const address = (c: Ctx) => `${c.place.city.name}${c.r.pick(c.place.city.districts)[1]}${c.r.pick(STREETS)}${c.r.int(1, 399)}号`;

/** Luhn check digit (ISO/IEC 7812), as bank card numbers carry. */
function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CHAR_LIST = CREDIT_CHARS.split('');
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** A unified social credit code (GB 32100) with both check characters right: 91 = enterprise. */
function creditCode(c: Ctx, area: string): string {
  let org = 'MA';
  for (let i = 0; i < 6; i++) org += c.r.pick(CREDIT_CHAR_LIST);
  const orgSum = [...org].reduce((s, ch, i) => s + parseInt(ch, 36) * (ORG_WEIGHTS[i] ?? 0), 0);
  const c9 = 11 - (orgSum % 11);
  const body = `91${area}${org}${c9 === 10 ? 'X' : c9 === 11 ? '0' : String(c9)}`;
  const sum = [...body].reduce((s, ch, i) => s + CREDIT_CHARS.indexOf(ch) * (CREDIT_WEIGHTS[i] ?? 0), 0);
  return body + CREDIT_CHARS.charAt((31 - (sum % 31)) % 31);
}

/** Controls by other courts, oldest first, numbered in order of registration (查封规定 art. 26). */
function courtControls(c: Ctx, maxDaysAgo: number, notBefore: number, amountFen?: () => number): Encumbrance[] {
  const n = c.r.weighted([[1, 0.7], [2, 0.22], [3, 0.08]] as const);
  const earliest = Math.min(c.asOf - 3, Math.max(c.asOf - maxDaysAgo, notBefore));
  const days = Array.from({ length: n }, () => c.r.int(earliest, c.asOf - 3)).sort((x, y) => x - y);
  return days.map((day, i) => {
    const since = date(day);
    const year = Number(since.slice(0, 4)) - (c.r.chance(0.25) ? 1 : 0);
    // Mostly a court where the debtor lives; now and then one elsewhere (a creditor's forum).
    const where = c.r.chance(0.85) ? c.place : elsewhere(c);
    const intermediate = c.r.chance(0.15);
    const [courtCode, court] = intermediate ? where.city.intermediate : [where.city.code.slice(2) + where.district[0], `${where.city.name}${where.district[1]}人民法院`];
    const docket = c.r.chance(0.7) ? '执' : '执保';
    const e: Encumbrance = { kind: 'courtControl', holder: court, caseNumber: `（${year}）${where.province.abbr}${courtCode}${docket}${c.r.int(1, intermediate ? 900 : 9999)}号`, since, registeredSeq: i + 1 };
    if (amountFen) e.amountFen = amountFen();
    return e;
  });
}

const holding = (kind: PropertyKind, ref: string, description: string, extra: Partial<Pick<Holding, 'balanceFen' | 'valuation'>> = {}, encumbrances: Encumbrance[] = []): Holding => ({
  kind,
  ref,
  description,
  ...extra,
  encumbrances,
});

const count = (c: Ctx, person: readonly (readonly [number, number])[], organisation: readonly (readonly [number, number])[]) => c.r.weighted(c.person ? person : organisation);

// ---------------------------------------------------------------------------------------------
// How many debtors have nothing at an institution of each category, by level (person, organisation)

const NONE_SHARE: Readonly<Record<InstitutionCategory, { readonly person: readonly [number, number, number]; readonly organisation: readonly [number, number, number] }>> = {
  bank: { person: [0.45, 0.27, 0.12], organisation: [0.4, 0.12, 0.03] },
  onlinePayment: { person: [0.5, 0.35, 0.3], organisation: [0.75, 0.55, 0.5] },
  housingProvidentFund: { person: [0.65, 0.35, 0.3], organisation: [1, 1, 1] },
  insurer: { person: [0.88, 0.65, 0.35], organisation: [0.97, 0.93, 0.8] },
  securitiesDepository: { person: [0.93, 0.78, 0.45], organisation: [0.98, 0.93, 0.6] },
  marketRegulation: { person: [0.85, 0.7, 0.35], organisation: [0.85, 0.65, 0.25] },
  realEstateRegistry: { person: [0.85, 0.6, 0.2], organisation: [0.92, 0.78, 0.35] },
  vehicleAdministration: { person: [0.78, 0.5, 0.25], organisation: [0.85, 0.5, 0.25] },
  shipRegistry: { person: [0.995, 0.985, 0.95], organisation: [0.985, 0.96, 0.85] },
  socialSecurity: { person: [0.45, 0.15, 0.15], organisation: [0.55, 0.1, 0.02] },
  tax: { person: [0.55, 0.2, 0.05], organisation: [0.1, 0.03, 0.01] },
  telecom: { person: [0.45, 0.4, 0.4], organisation: [0.7, 0.5, 0.4] },
  exitEntry: { person: [0.88, 0.7, 0.35], organisation: [1, 1, 1] },
};

// ---------------------------------------------------------------------------------------------
// Money at banks, payment institutions, the provident fund and insurers

type Band = readonly [number, number];

/** A balance: a band chosen by weight, then log-uniform within it; some accounts are empty. */
function balance(c: Ctx, bands: readonly Band[], weights: readonly number[], emptyShare = 0): number {
  if (c.r.chance(emptyShare)) return 0;
  const [min, max] = c.r.weighted(bands.map((b, i) => [b, weights[i] ?? 0] as const));
  return fen(c.r.logUniform(min, max));
}

const PERSON_DEPOSIT_BANDS: readonly Band[] = [[0.5, 1000], [1000, 20000], [20000, 200000], [200000, 2000000]];
const ORG_DEPOSIT_BANDS: readonly Band[] = [[0.5, 1000], [1000, 50000], [50000, 1000000], [1000000, 20000000]];
const DEPOSIT_WEIGHTS: Readonly<Record<'person' | 'organisation', readonly [number[], number[], number[]]>> = {
  person: [[0.75, 0.22, 0.03, 0], [0.45, 0.38, 0.15, 0.02], [0.2, 0.35, 0.3, 0.15]],
  organisation: [[0.8, 0.17, 0.03, 0], [0.25, 0.4, 0.3, 0.05], [0.05, 0.2, 0.4, 0.35]],
};

const cardNumber = (c: Ctx) => {
  const body = `62${c.r.pick(['17', '22', '28', '14', '59', '26', '15'])}${c.r.digits(c.r.weighted([[19, 0.75], [16, 0.15], [17, 0.05], [18, 0.05]] as const) - 5)}`;
  return body + luhn(body);
};

function bank(c: Ctx): Holding[] {
  const { r } = c;
  const out: Holding[] = [];
  const accounts = count(c, [[1, 0.6], [2, 0.3], [3, 0.1]], [[1, 0.55], [2, 0.3], [3, 0.15]]);
  const weights = DEPOSIT_WEIGHTS[c.person ? 'person' : 'organisation'][c.level];
  for (let i = 0; i < accounts; i++) {
    const balanceFen = balance(c, c.person ? PERSON_DEPOSIT_BANDS : ORG_DEPOSIT_BANDS, weights, 0.1);
    const type = c.person
      ? i === 0 ? '个人活期储蓄账户（借记卡，Ⅰ类户）' : r.pick(['个人活期储蓄账户（Ⅱ类户）', '个人定期存款账户', '个人活期储蓄账户（借记卡，Ⅰ类户）'])
      : i === 0 ? '单位基本存款账户' : r.pick(['单位一般存款账户', '单位专用存款账户', '单位定期存款账户']);
    const opened = daysAgo(c, 60, 6000);
    const status = balanceFen === 0 && r.chance(0.5) ? '久悬（一年以上未发生收付）' : '正常';
    const frozen = r.chance(byLevel(c, [0.1, 0.05, 0.03]) * (c.person ? 1 : 1.5))
      ? courtControls(c, 360, opened, () => fen(r.logUniform(5000, 2000000)))
      : [];
    out.push(holding('bankDeposit', unique(c, () => cardNumber(c)), `${type}，开户网点：${c.place.city.short}${c.place.district[1].replace(/区$/, '')}支行，开户日期${date(opened)}，状态：${status}`, { balanceFen }, frozen));
  }
  if (r.chance(c.person ? byLevel(c, [0.005, 0.04, 0.3]) : byLevel(c, [0, 0.03, 0.3]))) {
    const units = Math.round(r.logUniform(10000, c.person ? 800000 : 20000000) / 1000) * 1000;
    const nav = 1 + r.int(-150, 900) / 10000;
    const closed = r.chance(0.6);
    const name = `${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${closed ? `稳享${r.int(1, 99)}期` : '天天利'}`;
    const terms = closed ? `封闭式，到期日${date(c.asOf + r.int(20, 700))}` : '开放式，工作日可赎回';
    const ref = unique(c, () => `LC${r.digits(4)}${r.digits(10)}`);
    const pledged = r.chance(0.05) ? [{ kind: 'pledge' as const, holder: '本行（理财产品质押贷款）', amountFen: fen(units * 0.5), since: date(daysAgo(c, 30, 500)) }] : [];
    out.push(holding('wealthProduct', ref, `银行理财产品「${name}」（${closed ? '固定收益类，PR2' : '现金管理类，PR1'}），持有份额${grouped(units)}份，单位净值${nav.toFixed(4)}，${terms}`, { balanceFen: fen(units * nav) }, pledged));
  }
  return out;
}

function onlinePayment(c: Ctx): Holding[] {
  const { r } = c;
  const out: Holding[] = [];
  const n = c.person ? r.weighted([[1, 0.9], [2, 0.1]] as const) : 1;
  for (let i = 0; i < n; i++) {
    const balanceFen = c.person
      ? balance(c, [[0.01, 100], [100, 5000], [5000, 50000], [50000, 300000]], byLevel(c, [[0.75, 0.23, 0.02, 0], [0.5, 0.4, 0.09, 0.01], [0.3, 0.4, 0.25, 0.05]]), 0.08)
      : balance(c, [[0.01, 1000], [1000, 50000], [50000, 2000000]], byLevel(c, [[0.8, 0.18, 0.02], [0.3, 0.55, 0.15], [0.1, 0.5, 0.4]]), 0.05);
    const phone = `1${r.pick(['38', '39', '86', '58', '89', '37', '55'])}****${r.digits(4)}`;
    const what = c.person
      ? i === 0 ? `个人支付账户（实名认证，绑定手机号${phone}），账户余额` : '支付账户关联的货币市场基金份额（可即时赎回至余额）'
      : '企业支付账户（商户收款，企业实名认证），可用余额（不含待结算资金）';
    out.push(holding('onlineFunds', unique(c, () => `2088${r.digits(12)}`), `${what}，开户日期${date(daysAgo(c, 30, 4000))}`, { balanceFen }, r.chance(0.04) ? courtControls(c, 360, c.asOf - 400, () => fen(r.logUniform(2000, 500000))) : []));
  }
  return out;
}

function housingProvidentFund(c: Ctx): Holding[] {
  const { r } = c;
  // The fund is the employee's; an employer holds none of its own.
  if (!c.person) return [];
  const retired = c.age !== null && c.age >= 60;
  if (retired && r.chance(0.75)) return []; // withdrawn and closed on retirement
  const balanceFen = balance(c, [[300, 8000], [8000, 60000], [60000, 300000]], byLevel(c, [[0.55, 0.42, 0.03], [0.25, 0.6, 0.15], [0.1, 0.45, 0.45]]));
  const sealed = retired || r.chance(c.level === 0 ? 0.55 : 0.25);
  const since = daysAgo(c, 30, 2500);
  const base = Math.round(r.logUniform(2500, 25000));
  const status = retired ? `封存（${month(since)}起，已退休）` : sealed ? `封存（${month(since)}起）` : `正常缴存，月缴存额${money(fen(base * 0.24))}`;
  const employer = companyName(c);
  const ref = unique(c, () => `${c.place.city.code}${r.digits(10)}`);
  return [holding('providentFund', ref, `个人住房公积金账户，缴存单位：${employer}，缴存状态：${status}`, { balanceFen }, r.chance(0.03) ? courtControls(c, 360, since - 3000, () => balanceFen) : [])];
}

const POLICY_TYPES = ['终身寿险（分红型）', '两全保险', '年金保险', '增额终身寿险', '重大疾病保险', '万能型终身寿险'] as const;

function insurer(c: Ctx): Holding[] {
  const { r } = c;
  const n = count(c, [[1, 0.8], [2, 0.2]], [[1, 1]]);
  return Array.from({ length: n }, () => {
    const issued = daysAgo(c, 200, 7000);
    const years = Math.max(1, Math.floor((c.asOf - issued) / 365));
    const premiumFen = roundFen(c.person ? r.logUniform(2000, byLevel(c, [12000, 30000, 200000])) : r.logUniform(50000, 2000000));
    // Cash value: a share of premiums paid that grows with the years, as in real tables.
    const balanceFen = Math.round(premiumFen * Math.min(years, 20) * Math.min(0.9, 0.1 + years * 0.05) * (0.85 + r.next() * 0.2));
    const what = c.person
      ? `${r.pick(POLICY_TYPES)}，投保人：被执行人，被保险人：${r.pick(['本人', '本人', '配偶', '子女'])}`
      : '团体年金保险（单位投保，未归属个人部分）';
    const ref = unique(c, () => `${civilParts(date(issued)).year}${c.place.city.code}${r.digits(10)}`);
    const loan = r.chance(0.08) ? [{ kind: 'other' as const, holder: '本公司（保单贷款）', amountFen: Math.floor(balanceFen * r.int(20, 80) / 100), since: date(daysAgo(c, 10, 700)) }] : [];
    return holding('insurancePolicy', ref, `${what}，生效日期${date(issued)}，年缴保费${money(premiumFen)}，已缴${years}年，保单状态：有效`, { balanceFen }, loan);
  });
}

// ---------------------------------------------------------------------------------------------
// Securities, fund shares and equity

const STOCK_SUFFIXES = ['科技', '股份', '电子', '药业', '控股', '能源', '重工', '智能', '新材', '环保', '港口', '食品'];
const INDICES = ['沪深300', '中证500', '创业板', '科创50', '红利', '医药', '证券', '半导体'];

function securitiesDepository(c: Ctx): Holding[] {
  const { r } = c;
  // One account per market: individuals A + 9 digits (沪) / 0 + 9 digits (深); institutions B… / 08…
  const sh = c.person ? `A${r.digits(9)}` : `B88${r.digits(7)}`;
  const sz = c.person ? `0${r.pick(['1', '2'])}${r.digits(8)}` : `08${r.digits(8)}`;
  const n = c.person ? r.weighted(byLevel(c, [[[1, 0.7], [2, 0.25], [3, 0.05]], [[1, 0.5], [2, 0.3], [3, 0.15], [4, 0.05]], [[1, 0.25], [2, 0.3], [3, 0.25], [4, 0.2]]] as const)) : r.int(1, 4);
  const broker = `${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}证券${c.place.city.short}${r.pick(STREETS)}营业部`;
  const out: Holding[] = [];
  for (let i = 0; i < n; i++) {
    const shanghai = r.chance(0.55);
    const account = shanghai ? sh : sz;
    const market = shanghai ? '沪市' : '深市';
    if (r.chance(0.3)) {
      const code = shanghai ? `51${r.digits(4)}` : `159${r.digits(3)}`;
      const units = Math.round(r.logUniform(10, c.person ? 2000 : 50000)) * 100;
      const price = r.int(600, 5000) / 1000;
      const valuation = { amountFen: fen(units * price), basis: `按查询日前一交易日收盘价¥${price.toFixed(3)}×${grouped(units)}份计` };
      const ref = unique(c, () => `${account}-${code}`);
      out.push(holding('fundShares', ref, `${market}场内基金 ${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${r.pick(INDICES)}ETF（${code}），持有${grouped(units)}份，托管单元：${broker}`, { valuation }, equityLike(c, valuation.amountFen)));
    } else {
      const code = shanghai ? r.pick(['600', '601', '603', '688']) + r.digits(3) : r.pick(['000', '002', '300']) + r.digits(3);
      const shares = Math.round(r.logUniform(1, c.person ? byLevel(c, [30, 200, 2000]) : 100000)) * 100;
      const price = r.int(250, 8000) / 100;
      const valuation = { amountFen: fen(shares * price), basis: `按查询日前一交易日收盘价¥${price.toFixed(2)}×${grouped(shares)}股计` };
      const restricted = !c.person && r.chance(0.3) ? Math.round(shares * r.int(2, 10) / 10 / 100) * 100 : 0;
      const ref = unique(c, () => `${account}-${code}`);
      out.push(holding('securities', ref, `${market}A股 ${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${r.pick(STOCK_SUFFIXES)}（${code}），持有${grouped(shares)}股，其中限售股${grouped(restricted)}股，托管单元：${broker}`, { valuation }, equityLike(c, valuation.amountFen)));
    }
  }
  return out;
}

/** Pledges (股票质押, 股权出质) and other courts' freezes on securities and equity. */
function equityLike(c: Ctx, valueFen: number): Encumbrance[] {
  const { r } = c;
  const out: Encumbrance[] = [];
  if (r.chance(c.person ? byLevel(c, [0.03, 0.06, 0.2]) : 0.25)) {
    out.push({ kind: 'pledge', holder: r.chance(0.5) ? bankBranch(c) : `${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}证券股份有限公司`, amountFen: Math.floor(valueFen * r.int(30, 60) / 100), since: date(daysAgo(c, 30, 1500)) });
  }
  if (r.chance(byLevel(c, [0.12, 0.06, 0.04]))) out.push(...courtControls(c, 1000, c.asOf - 1100));
  return out;
}

const CAPITAL_WAN = [3, 10, 30, 50, 100, 200, 300, 500, 1000, 2000, 5000] as const;
const SHARE_PERCENT = [100, 70, 60, 51, 50, 40, 35, 30, 20, 10, 5] as const;

function marketRegulation(c: Ctx): Holding[] {
  const { r } = c;
  const n = count(c, [[1, 0.75], [2, 0.2], [3, 0.05]], [[1, 0.45], [2, 0.25], [3, 0.15], [4, 0.1], [5, 0.05]]);
  return Array.from({ length: n }, () => {
    const where = r.chance(0.85) ? c.place : elsewhere(c);
    const capitalWan = c.person && c.level === 0 ? r.pick(CAPITAL_WAN.slice(0, 7)) : r.pick(CAPITAL_WAN);
    const percent = c.person ? r.pick(SHARE_PERCENT) : r.pick([100, 100, 51, 30, 10]);
    const paidPercent = r.pick([0, 0, 20, 50, 100]);
    const subscribedFen = capitalWan * 10000 * percent; // 万元 × 10,000 yuan × 100 fen × percent / 100
    const status = c.level === 0 && r.chance(0.4) ? r.pick(['吊销，未注销', '存续（列入经营异常名录）']) : '存续';
    const ref = unique(c, () => creditCode(c, where.city.code + where.district[0]));
    const valuation = { amountFen: subscribedFen, basis: `按注册资本${grouped(capitalWan)}万元×持股比例${percent}%计（认缴出资额，非评估价值）` };
    return holding('equity', ref, `${companyName(c, where.city)}${percent}%股权${percent === 100 ? '（一人有限责任公司）' : ''}，认缴出资${money(subscribedFen)}，实缴${paidPercent}%，企业登记状态：${status}`, { valuation }, equityLike(c, subscribedFen));
  });
}

// ---------------------------------------------------------------------------------------------
// Registered property: real estate, vehicles, ships

function realEstateRegistry(c: Ctx): Holding[] {
  const { r } = c;
  const { province, city, district } = c.place;
  const n = count(c, [[1, 0.75], [2, 0.25]], [[1, 0.5], [2, 0.3], [3, 0.2]]);
  return Array.from({ length: n }, () => {
    const use = c.person ? r.weighted([['住宅', 0.88], ['商业服务', 0.12]] as const) : r.weighted([['工业用地及厂房', 0.45], ['办公', 0.3], ['商业服务', 0.25]] as const);
    const area = use === '工业用地及厂房' ? r.logUniform(500, 20000) : use === '住宅' ? r.logUniform(45, 160) : r.logUniform(40, c.person ? 200 : 2000);
    const unit = use === '工业用地及厂房' ? r.int(1500, 4000) : Math.round(r.int(city.price[0], city.price[1]) * (use === '住宅' ? 1 : 1.2) / 100) * 100;
    const raw = area * unit;
    const amountFen = roundFen(c.person ? Math.min(5000000, Math.max(300000, raw)) : Math.max(300000, raw));
    const registered = daysAgo(c, 60, 5400);
    const certYear = Math.max(2016, civilParts(date(registered)).year);
    const ref = unique(c, () => `${province.abbr}(${certYear})${city.name}不动产权第${r.digits(7)}号`);
    const located = `${city.name}${r.chance(0.7) ? district[1] : r.pick(city.districts)[1]}${r.pick(STREETS)}${r.int(1, 399)}号${use === '工业用地及厂房' ? '' : `${r.int(1, 6)}单元${r.int(1, 32)}${String(r.int(1, 4)).padStart(2, '0')}室`}`;
    const owner = c.person ? r.weighted([['单独所有', 0.6], ['共同共有', 0.35], ['按份共有（50%）', 0.05]] as const) : '单独所有';
    const encumbrances: Encumbrance[] = [];
    if (r.chance(c.person ? 0.55 : 0.4)) {
      encumbrances.push({ kind: 'mortgage', holder: bankBranch(c), amountFen: Math.floor(amountFen * r.int(30, 75) / 10000) * 100, since: date(registered) });
    }
    if (r.chance(c.person ? byLevel(c, [0.3, 0.18, 0.12]) : 0.25)) encumbrances.push(...courtControls(c, 1000, registered));
    return holding('realEstate', ref, `${use}，${located}，建筑面积${area.toFixed(2)}㎡，${owner}，登记日期${date(registered)}`, { valuation: { amountFen, basis: `按建筑面积${area.toFixed(2)}㎡×参考单价¥${grouped(unit)}/㎡估算（非评估价）` } }, encumbrances);
  });
}

// Plates and VINs leave out I and O (and VINs Q), which read as 1 and 0.
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split('');
const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'.split('');

/** Five characters, mostly digits: 辽B·3K7Q2. */
function plateTail(r: Draws): string {
  let tail = '';
  for (let i = 0; i < 5; i++) tail += r.chance(0.8) ? r.digits(1) : r.pick(PLATE_LETTERS);
  return tail;
}
const CAR_BRANDS = ['大众', '丰田', '本田', '比亚迪', '吉利', '长城', '日产', '别克', '奥迪', '长安', '宝马', '五菱'];
const TRUCK_BRANDS = ['解放', '东风', '中国重汽', '福田', '江淮', '江铃'];
const COLOURS = ['白', '黑', '银', '灰', '红', '蓝'];

function vehicleAdministration(c: Ctx): Holding[] {
  const { r } = c;
  const n = count(c, [[1, 0.8], [2, 0.2]], [[1, 0.45], [2, 0.25], [3, 0.15], [4, 0.15]]);
  return Array.from({ length: n }, () => {
    const type = c.person ? r.weighted([['小型轿车', 0.7], ['小型普通客车', 0.3]] as const) : r.weighted([['小型轿车', 0.35], ['轻型厢式货车', 0.3], ['重型半挂牵引车', 0.2], ['中型普通客车', 0.15]] as const);
    const first = daysAgo(c, 30, 5000);
    const age = (c.asOf - first) / 365;
    const newEnergy = age < 7 && type === '小型轿车' && r.chance(0.3);
    const price = r.logUniform(type === '重型半挂牵引车' ? 250000 : 60000, type === '重型半挂牵引车' ? 600000 : byLevel(c, [200000, 300000, 600000]));
    const amountFen = roundFen(Math.min(300000, Math.max(20000, price * 0.88 ** age)));
    const plate = unique(c, () => `${c.place.province.abbr}${c.place.city.plate}·${newEnergy ? r.pick(['D', 'F']) + r.digits(5) : plateTail(r)}`);
    let vin = 'L';
    for (let i = 0; i < 16; i++) vin += r.pick(VIN_CHARS);
    const brand = r.pick(type === '轻型厢式货车' || type === '重型半挂牵引车' ? TRUCK_BRANDS : CAR_BRANDS);
    const encumbrances: Encumbrance[] = [];
    if (r.chance(0.18)) encumbrances.push({ kind: 'mortgage', holder: r.chance(0.6) ? bankBranch(c) : `${brand}汽车金融有限公司`, amountFen: Math.floor(amountFen * r.int(30, 70) / 10000) * 100, since: date(first) });
    if (r.chance(byLevel(c, [0.15, 0.08, 0.05]))) encumbrances.push(...courtControls(c, 700, first));
    const status = r.chance(0.12) ? '逾期未检验' : '正常';
    return holding('vehicle', plate, `${type}${newEnergy ? '（纯电动）' : ''}，${brand}牌，车身颜色：${r.pick(COLOURS)}，初次登记${date(first)}，车辆识别代号${vin}，机动车状态：${status}`, { valuation: { amountFen, basis: `按初次登记${date(first).slice(0, 4)}年同款二手车参考价估算` } }, encumbrances);
  });
}

function shipRegistry(c: Ctx): Holding[] {
  const { r } = c;
  const n = count(c, [[1, 1]], [[1, 0.7], [2, 0.3]]);
  const { province, city } = c.place;
  return Array.from({ length: n }, () => {
    const fishing = c.person || r.chance(0.4);
    const built = civilParts(date(daysAgo(c, 400, 9000))).year;
    const name = fishing ? `${province.abbr}${city.short.charAt(0)}${r.pick(SYLLABLES)}渔${r.digits(5)}` : `${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${r.pick(['海', '洋', '顺', '达'])}`;
    const tonnage = fishing ? r.int(20, 600) : r.int(500, 20000);
    const amountFen = roundFen(fishing ? r.logUniform(150000, 3000000) : r.logUniform(2000000, 60000000));
    const ref = unique(c, () => `${r.pick(['07', '08', '09'])}${String(built % 100).padStart(2, '0')}${r.digits(8)}`);
    const encumbrances: Encumbrance[] = [];
    if (r.chance(0.35)) encumbrances.push({ kind: 'mortgage', holder: bankBranch(c), amountFen: Math.floor(amountFen * r.int(30, 70) / 10000) * 100, since: date(daysAgo(c, 100, 3000)) });
    if (r.chance(0.1)) encumbrances.push(...courtControls(c, 700, c.asOf - 800));
    return holding('ship', ref, `${fishing ? '渔船' : '干货船'}「${name}」，钢质，总吨位${grouped(tonnage)}，建成于${built}年，船籍港：${city.short.replace(/市$/, '')}`, { valuation: { amountFen, basis: `按船龄${civilParts(date(c.asOf)).year - built}年、总吨位${grouped(tonnage)}的同类船舶参考价估算` } }, encumbrances);
  });
}

// ---------------------------------------------------------------------------------------------
// Information only: no balance, no valuation, nothing to hold

function socialSecurity(c: Ctx): Holding[] {
  const { r } = c;
  if (!c.person) {
    const staff = c.level === 0 ? r.int(1, 5) : c.level === 1 ? r.int(3, 60) : r.int(50, 800);
    const arrears = r.chance(byLevel(c, [0.6, 0.2, 0.05])) ? `欠缴（${month(daysAgo(c, 60, 900))}起）` : '正常缴费';
    return [holding('socialInsurance', unique(c, () => `${c.place.city.code}${r.digits(6)}`), `单位参保登记：参保职工${staff}人，参保险种：养老、医疗、失业、工伤保险，缴费状态：${arrears}`)];
  }
  const ref = c.idCode || `${c.place.city.code}${r.digits(14)}`;
  if (c.age !== null && c.age >= 60 && r.chance(0.7)) {
    return [holding('socialInsurance', ref, `企业职工基本养老保险：领取养老金，月领取额${money(fen(r.int(1800, 6500)))}，待遇发放地：${c.place.city.name}`)];
  }
  const employed = r.chance(0.65);
  const base = Math.round(r.logUniform(3800, byLevel(c, [8000, 15000, 30000])));
  const paying = r.chance(byLevel(c, [0.35, 0.6, 0.7]));
  const last = paying ? daysAgo(c, 15, 40) : daysAgo(c, 60, c.level === 0 ? 1800 : 900);
  const status = paying ? '正常缴费' : `暂停缴费（${month(last)}起）`;
  const payer = employed ? `参保单位：${companyName(c)}` : '参保身份：灵活就业人员';
  return [holding('socialInsurance', ref, `${payer}；险种：基本养老保险、基本医疗保险${employed ? '、失业保险、工伤保险' : ''}；缴费基数${money(fen(base))}/月；参保状态：${status}；最近缴费年月：${month(last)}`)];
}

const INCOME_BANDS = ['6万元以下', '6万至12万元', '12万至30万元', '30万至100万元', '100万元以上'] as const;
const REVENUE_BANDS = ['100万元以下', '100万至500万元', '500万至5000万元', '5000万元以上'] as const;

function tax(c: Ctx): Holding[] {
  const { r } = c;
  const asOf = civilParts(date(c.asOf));
  // Annual returns for a year are due by 30 June of the next (个人所得税 and 企业所得税 汇算清缴).
  const year = asOf.year - (asOf.month > 6 ? 1 : 2);
  const taxId = c.idCode || creditCode(c, c.place.city.code + c.place.district[0]);
  const ref = () => unique(c, () => `3${c.place.city.code}${year}${r.digits(11)}`);
  const out: Holding[] = [];
  if (c.person) {
    const band = r.weighted(INCOME_BANDS.map((b, i) => [b, byLevel(c, [[0.8, 0.17, 0.03, 0, 0], [0.35, 0.4, 0.2, 0.05, 0], [0.05, 0.2, 0.4, 0.3, 0.05]])[i] ?? 0] as const));
    out.push(holding('taxRecord', ref(), `纳税人识别号${taxId}：${year}年度综合所得年收入${band}，扣缴义务人：${companyName(c)}，年度汇算：已申报`));
    if (r.chance(byLevel(c, [0.08, 0.15, 0.3]))) {
      out.push(holding('taxRecord', ref(), `${year}年度经营所得：个体工商户「${c.place.city.short.replace(/市$/, '')}${r.pick(SYLLABLES)}${r.pick(SYLLABLES)}${r.pick(['小吃店', '便利店', '五金店', '修车行'])}」，核定征收，月经营额${r.pick(['10万元以下', '10万至30万元'])}`));
    }
    return out;
  }
  const revenue = r.weighted(REVENUE_BANDS.map((b, i) => [b, byLevel(c, [[0.85, 0.13, 0.02, 0], [0.3, 0.45, 0.22, 0.03], [0, 0.15, 0.5, 0.35]])[i] ?? 0] as const));
  const abnormal = c.level === 0 && r.chance(0.45);
  const status = abnormal ? `非正常户（${month(daysAgo(c, 60, 1500))}认定）` : '正常';
  out.push(holding('taxRecord', ref(), `纳税人识别号${taxId}：${year}年度企业所得税申报营业收入${revenue}，纳税信用等级${abnormal ? 'D' : r.pick(['A', 'B', 'B', 'M', 'C'])}，纳税人状态：${status}`));
  if (r.chance(byLevel(c, [0.35, 0.15, 0.05]))) {
    out.push(holding('taxRecord', ref(), `欠税：增值税及附加${money(fen(r.logUniform(2000, 2000000)))}，所属期${month(daysAgo(c, 120, 1200))}，尚未缴纳`));
  }
  return out;
}

const MOBILE_PREFIXES = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159', '177', '180', '181', '186', '187', '188', '189', '191', '199'];

function telecom(c: Ctx): Holding[] {
  const { r } = c;
  const { city } = c.place;
  if (!c.person) {
    const n = r.weighted([[1, 0.7], [2, 0.3]] as const);
    return Array.from({ length: n }, () => holding('whereabouts', unique(c, () => `${city.phoneArea}-${r.int(2, 8)}${r.digits(7)}`), `单位固定电话，装机地址：${address(c)}，入网时间${date(daysAgo(c, 200, 7000))}，状态：${r.chance(0.8) ? '正常' : '停机（欠费）'}`));
  }
  const n = r.weighted([[1, 0.8], [2, 0.2]] as const);
  return Array.from({ length: n }, () => {
    const stopped = r.chance(byLevel(c, [0.15, 0.06, 0.03]));
    const seen = stopped ? daysAgo(c, 90, 900) : daysAgo(c, 0, 30);
    const where = r.chance(0.8) ? c.place : elsewhere(c);
    return holding('whereabouts', unique(c, () => r.pick(MOBILE_PREFIXES) + r.digits(8)), `移动电话实名登记，入网时间${date(daysAgo(c, 100, 5000))}，状态：${stopped ? '停机（欠费）' : '正常使用'}，最近通信活动地：${where.city.name}${where.district[1]}（${date(seen)}）`);
  });
}

const DESTINATIONS = ['日本', '韩国', '泰国', '新加坡', '马来西亚', '越南', '俄罗斯', '美国', '澳大利亚', '阿联酋'];

function exitEntry(c: Ctx): Holding[] {
  const { r } = c;
  // Organisations do not travel; their people are inquired into as persons.
  if (!c.person) return [];
  const { city } = c.place;
  const out: Holding[] = [];
  const issued = daysAgo(c, 30, 3600);
  const passport = unique(c, () => (r.chance(0.4) ? `E${r.digits(8)}` : `E${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${r.digits(7)}`));
  out.push(holding('travelRecord', passport, `普通护照，签发日期${date(issued)}，有效期至${addMonths(date(issued), 120)}，签发机关：国家移民管理局`));
  if (r.chance(0.3)) {
    out.push(holding('travelRecord', unique(c, () => `C${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${r.digits(7)}`), `往来港澳通行证（电子），有效期至${date(c.asOf + r.int(30, 3000))}`));
  }
  if (r.chance(byLevel(c, [0.6, 0.7, 0.9]))) {
    const out1 = Math.max(issued, daysAgo(c, 3, 1000));
    const abroad = r.chance(0.05);
    const back = Math.min(c.asOf, out1 + r.int(2, 30));
    const entry = abroad ? '至今无入境记录' : `${date(back)}经${city.port}口岸入境`;
    out.push(holding('travelRecord', unique(c, () => `${passport}-${date(out1).replaceAll('-', '')}`), `最近一次出境：${date(out1)}经${city.port}口岸出境，前往${r.pick(DESTINATIONS)}；${entry}`));
  }
  return out;
}

// Parsed once per day asked (civil-date parsing checks its input, and this runs 100,000s of times).
let lastAsOf: { readonly date: CivilDate; readonly day: number; readonly year: number } | null = null;
function asOfParts(asOf: CivilDate) {
  if (lastAsOf?.date !== asOf) lastAsOf = { date: asOf, day: toDayNumber(asOf), year: civilParts(asOf).year };
  return lastAsOf;
}

const GENERATORS: Readonly<Record<InstitutionCategory, (c: Ctx) => Holding[]>> = {
  bank,
  onlinePayment,
  housingProvidentFund,
  insurer,
  securitiesDepository,
  marketRegulation,
  realEstateRegistry,
  vehicleAdministration,
  shipRegistry,
  socialSecurity,
  tax,
  telecom,
  exitEntry,
};

/**
 * What an institution of `category`, coded `institutionCode`, holds for the subject: the same
 * answer every time for the same three, a plausible one for a debtor under enforcement.
 */
export function syntheticHoldings(category: InstitutionCategory, institutionCode: string, subject: AssistSubject, options: SyntheticOptions = {}): Holding[] {
  const c = contextOf(category, institutionCode, subject, asOfParts(options.asOf ?? SYNTHETIC_AS_OF));
  if (c.r.next() < NONE_SHARE[category][subject.kind][c.level]) return [];
  return GENERATORS[category](c);
}
