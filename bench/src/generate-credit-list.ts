/**
 * A deterministic, realistic list of published credit measures for benchmarks and seeding:
 * `generateCreditMeasures(n, seed)` yields n `IndexedMeasure`s, the same ones for the same
 * arguments on every machine.
 *
 * Shape (decided by counters, not by the random stream, so `creditListShape(n)` knows the exact
 * counts without generating anything): 20% of the measures bind organisations; one organisation
 * in ten has two (a listing and a consumption restriction); every fourth organisation binds its
 * legal representative or another responsible person (a person measure with `boundTo` = the
 * organisation's name); one person debtor in ten has 2–3 measures. Contents come from the seeded
 * stream: resident ID numbers with real province codes, plausible city/district codes, birth
 * dates 1950–2005, sequence numbers and valid check characters; credit codes with valid GB 11714
 * and GB 32100 check characters; Chinese names; case numbers of ~2,000 courts, 2015–2026.
 */
import { Sfc32 } from '@zhixing/connectors';
import type { IndexedMeasure } from '@zhixing/services';
import type { MeasureKind, SubjectRole } from '@zhixing/domain';

/** Seeded draws on sfc32 (packages/connectors' one implementation), seeded by a number. */
export class SeededRandom {
  readonly #g: Sfc32;

  constructor(seed: number) {
    this.#g = new Sfc32(0x9e37_79b9, 0x243f_6a88, 0xb7e1_5162, seed >>> 0);
  }

  /** A uniform uint32. */
  next(): number {
    return this.#g.nextUint32();
  }

  /** A uniform integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }
}

// Province codes (GB/T 2260) with court abbreviations, roughly by population.
const PROVINCES: ReadonlyArray<readonly [code: string, abbreviation: string, weight: number]> = [
  ['11', '京', 2], ['12', '津', 1], ['13', '冀', 5], ['14', '晋', 3], ['15', '蒙', 2], ['21', '辽', 4], ['22', '吉', 2], ['23', '黑', 3],
  ['31', '沪', 2], ['32', '苏', 6], ['33', '浙', 5], ['34', '皖', 5], ['35', '闽', 3], ['36', '赣', 3], ['37', '鲁', 7], ['41', '豫', 7],
  ['42', '鄂', 4], ['43', '湘', 5], ['44', '粤', 9], ['45', '桂', 4], ['46', '琼', 1], ['50', '渝', 2], ['51', '川', 6], ['52', '黔', 3],
  ['53', '滇', 3], ['54', '藏', 1], ['61', '陕', 3], ['62', '甘', 2], ['63', '青', 1], ['64', '宁', 1], ['65', '新', 2],
];
const PROVINCE_BY_WEIGHT = PROVINCES.flatMap((p) => Array.from({ length: p[2] }, () => p));
// District codes: 02–12 city districts, 21–29 counties, 81–83 county-level cities.
const DISTRICTS = [2, 3, 4, 5, 6, 7, 8, 11, 12, 21, 22, 23, 24, 25, 26, 27, 28, 29, 81, 82, 83];

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤');
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥建国志强海燕宇浩然欣怡子涵梓轩一鸣晓东春梅冬梅文博俊杰嘉怡雨萱思远');
const PLACES = ['大连', '沈阳', '鞍山', '营口', '北京', '天津', '上海', '广州', '深圳', '杭州', '南京', '苏州', '青岛', '济南', '武汉', '成都', '重庆', '西安', '郑州', '长沙'];
const BRANDS = Array.from('宏盛华鑫隆兴泰达恒通鼎瑞丰源海天昌金德裕安信远');
const TRADES = ['建材', '物流', '贸易', '科技', '置业', '海产品', '机械', '化工', '餐饮', '装饰工程', '电子', '服装', '船舶', '食品', '投资'];
const FORMS = ['有限公司', '有限责任公司', '股份有限公司', '商贸有限公司'];
const BOUND_ROLES: readonly SubjectRole[] = ['legalRepresentative', 'legalRepresentative', 'legalRepresentative', 'principalOfficer', 'actualController', 'responsiblePerson'];

const PERSON_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const PERSON_CHECK = '10X98765432';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORGANISATION_TYPES = ['91', '91', '91', '91', '91', '91', '91', '91', '92', '93', '12', '52'];

/** Courts: intermediate (辽02 / 210200) and basic (辽0202 / 210202) ones of every province. */
export const BENCH_COURTS: ReadonlyArray<{ courtCode: string; courtId: string }> = PROVINCES.flatMap(([code, abbreviation]) =>
  Array.from({ length: 12 }, (_, c) => String(c + 1).padStart(2, '0')).flatMap((city) => [
    { courtCode: `${abbreviation}${city}`, courtId: `${code}${city}00` },
    ...DISTRICTS.slice(0, 6).map((d) => ({ courtCode: `${abbreviation}${city}${String(d).padStart(2, '0')}`, courtId: `${code}${city}${String(d).padStart(2, '0')}` })),
  ]),
);

const DAY_1950 = daysFromCivil(1950, 1, 1);
const DAY_2005_END = daysFromCivil(2005, 12, 31);
const LAST_SINCE = daysFromCivil(2026, 11, 27);

/** Howard Hinnant's days_from_civil. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const buffer = Buffer.alloc(18);

/** A valid resident ID number (flat one-byte string, as read from a request). */
export function personId(random: SeededRandom): string {
  const [province] = random.pick(PROVINCE_BY_WEIGHT);
  const region = `${province}${String(1 + random.below(12)).padStart(2, '0')}${String(random.pick(DISTRICTS)).padStart(2, '0')}`;
  const [y, m, d] = civilFromDays(DAY_1950 + random.below(DAY_2005_END - DAY_1950 + 1));
  const digits = region + String(y) + String(m).padStart(2, '0') + String(d).padStart(2, '0') + String(random.below(1000)).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    buffer[i] = digits.charCodeAt(i);
    sum += (buffer[i]! - 48) * PERSON_WEIGHTS[i]!;
  }
  buffer[17] = PERSON_CHECK.charCodeAt(sum % 11);
  return buffer.toString('latin1', 0, 18);
}

/** A valid unified social credit code. */
export function creditCode(random: SeededRandom): string {
  const [province] = random.pick(PROVINCE_BY_WEIGHT);
  const head = `${random.pick(ORGANISATION_TYPES)}${province}${String(1 + random.below(12)).padStart(2, '0')}${String(random.pick(DISTRICTS)).padStart(2, '0')}`;
  for (let i = 0; i < 8; i++) buffer[i] = head.charCodeAt(i);
  // Newer codes carry MA + 6 characters, older ones an 8-digit organisation code.
  const modern = random.below(3) !== 0;
  let orgSum = 0;
  for (let i = 0; i < 8; i++) {
    const c = modern ? (i === 0 ? 77 : i === 1 ? 65 : CREDIT_ALPHABET.charCodeAt(random.below(31))) : 48 + random.below(10);
    buffer[8 + i] = c;
    orgSum += (c >= 65 ? c - 55 : c - 48) * ORGANISATION_WEIGHTS[i]!;
  }
  const c9 = 11 - (orgSum % 11);
  buffer[16] = c9 === 10 ? 88 : 48 + (c9 % 11);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(String.fromCharCode(buffer[i]!)) * CREDIT_WEIGHTS[i]!;
  buffer[17] = CREDIT_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
  return buffer.toString('latin1', 0, 18);
}

function personName(random: SeededRandom): string {
  return random.pick(SURNAMES) + random.pick(GIVEN) + (random.below(4) === 0 ? '' : random.pick(GIVEN));
}

function organisationName(random: SeededRandom): string {
  return random.pick(PLACES) + random.pick(BRANDS) + random.pick(BRANDS) + random.pick(TRADES) + random.pick(FORMS);
}

interface Group {
  readonly organisation: boolean;
  readonly measures: number;
  readonly bound: boolean;
}

/** The groups of the list (one subject each, bound persons as their own group), truncated to `count` measures. */
function* groups(count: number): Generator<Group> {
  let emitted = 0;
  let organisationMeasures = 0;
  let organisations = 0;
  let persons = 0;
  while (emitted < count) {
    if (organisationMeasures * 5 < emitted + 1) {
      const measures = Math.min(count - emitted, organisations % 10 === 0 ? 2 : 1);
      yield { organisation: true, measures, bound: false };
      emitted += measures;
      organisationMeasures += measures;
      if (organisations++ % 4 === 0 && emitted < count) {
        yield { organisation: false, measures: 1, bound: true };
        emitted++;
      }
    } else {
      const measures = Math.min(count - emitted, persons % 10 === 0 ? (persons % 20 === 0 ? 3 : 2) : 1);
      persons++;
      yield { organisation: false, measures, bound: false };
      emitted += measures;
    }
  }
}

export interface CreditListShape {
  measures: number;
  persons: number;
  organisations: number;
  organisationMeasures: number;
  boundPersons: number;
  subjectsWithSeveralMeasures: number;
}

/** The exact counts `generateCreditMeasures(count, …)` produces (subjects assumed distinct). */
export function creditListShape(count: number): CreditListShape {
  const shape: CreditListShape = { measures: 0, persons: 0, organisations: 0, organisationMeasures: 0, boundPersons: 0, subjectsWithSeveralMeasures: 0 };
  for (const g of groups(count)) {
    shape.measures += g.measures;
    if (g.organisation) {
      shape.organisations++;
      shape.organisationMeasures += g.measures;
    } else {
      shape.persons++;
    }
    if (g.bound) shape.boundPersons++;
    if (g.measures > 1) shape.subjectsWithSeveralMeasures++;
  }
  return shape;
}

const SINGLE_PERSON_KINDS: readonly MeasureKind[] = ['consumptionRestriction', 'consumptionRestriction', 'consumptionRestriction', 'dishonestListing', 'dishonestListing', 'exitRestriction'];
const SEVERAL_KINDS: readonly MeasureKind[] = ['dishonestListing', 'consumptionRestriction', 'exitRestriction'];

/** `count` measures, deterministic for (count, seed); measure ids from `firstMeasureId` upwards. */
export function* generateCreditMeasures(count: number, seed = 1, firstMeasureId = 1): Generator<IndexedMeasure> {
  const random = new SeededRandom(seed);
  const dates = new Map<number, string>();
  let measureId = firstMeasureId;
  let lastOrganisation = '';
  for (const g of groups(count)) {
    const subjectKind = g.organisation ? 'organisation' : 'person';
    const subjectId = g.organisation ? creditCode(random) : personId(random);
    const name = g.organisation ? organisationName(random) : personName(random);
    if (g.organisation) lastOrganisation = name;
    const court = random.pick(BENCH_COURTS);
    const year = 2015 + random.below(12);
    for (let k = 0; k < g.measures; k++) {
      const kind = g.bound ? 'consumptionRestriction' : g.measures > 1 ? SEVERAL_KINDS[k]! : g.organisation ? SEVERAL_KINDS[random.below(2)]! : random.pick(SINGLE_PERSON_KINDS);
      const sinceDay = Math.min(LAST_SINCE, daysFromCivil(year, 1, 1) + random.below(700));
      let since = dates.get(sinceDay);
      if (since === undefined) {
        const [y, m, d] = civilFromDays(sinceDay);
        since = `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        dates.set(sinceDay, since);
      }
      const typeRoll = random.below(20);
      yield {
        measureId: measureId++,
        subjectKind,
        subjectId,
        name,
        kind,
        role: g.bound ? random.pick(BOUND_ROLES) : 'debtor',
        caseNumber: { year, courtCode: court.courtCode, caseType: typeRoll < 16 ? 'first' : typeRoll < 19 ? 'resumed' : 'preservation', sequence: 1 + random.below(k === 0 ? 20_000 : 3_000) },
        courtId: court.courtId,
        since,
        boundTo: g.bound ? lastOrganisation : null,
      };
    }
  }
}

/**
 * Valid subject numbers drawn like the list's (80% persons), from their own stream: almost all
 * are not on a list generated with another seed (filter through the index to be sure).
 */
export function* generateSubjects(count: number, seed: number): Generator<{ subjectKind: 'person' | 'organisation'; subjectId: string }> {
  const random = new SeededRandom(seed ^ 0x5bd1_e995);
  for (let i = 0; i < count; i++) {
    const organisation = i % 5 === 4;
    yield { subjectKind: organisation ? 'organisation' : 'person', subjectId: organisation ? creditCode(random) : personId(random) };
  }
}
