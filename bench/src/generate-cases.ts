/**
 * Bulk data for the case-list benchmark: N cases across the 11 Dalian courts, made by one
 * INSERT … SELECT over generate_series (not through the API), with every value drawn from a
 * deterministic hash of the row number — the same data on every run and on both stores.
 *
 * Distributions: court sizes like a city's (甘井子 largest, 长海 smallest); filing dates over the
 * last ~3 years, skewed to recent; stages by age (new cases filed/assigned/notified, most cases
 * older than six months closed); node due dates as the law gives them (7 / 10 days, then 3 or 6
 * months plus extensions), so old open cases are overdue; Chinese person, company and bank names.
 * Only the tables the list reads are filled (cases, plus 8 handlers per court in users).
 */
import { DALIAN_COURTS } from '@zhixing/services';
import { sql, type Database } from '@zhixing/db';
import { BENCH_TODAY } from './bench-setup.js';
import { elapsedMs, now, round } from './stats.js';

/** Cases per 1,000, by court (sums to 1,000). */
export const COURT_WEIGHTS: Readonly<Record<string, number>> = {
  '2102': 60, '210202': 95, '210203': 85, '210204': 110, '210211': 185, '210212': 45,
  '210213': 130, '210214': 85, '210224': 10, '210281': 105, '210283': 90,
};
export const HANDLERS_PER_COURT = 8;

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧'.split('');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '海燕', '志强', '国庆', '春梅', '晓东', '红梅'];
export const COMPANY_PLACES = ['海星', '北方', '金石', '蓝湾', '远航', '星海', '华信', '鑫源', '恒泰', '宏达', '东港', '凯旋', '瑞丰', '永盛', '天诚', '盛世', '嘉禾', '中联', '长兴', '富华'];
const INDUSTRIES = ['贸易', '建材', '物流', '餐饮', '船舶服务', '科技', '置业', '房地产开发', '机械制造', '水产', '海产品', '化工', '装饰工程', '汽车销售', '商贸'];
const BANKS = ['中国工商银行股份有限公司大连分行', '中国建设银行股份有限公司大连分行', '中国银行股份有限公司大连分行', '大连银行股份有限公司', '大连农村商业银行股份有限公司', '招商银行股份有限公司大连分行'];
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '金融借款合同纠纷', '劳动争议', '租赁合同纠纷', '建设工程施工合同纠纷', '物业服务合同纠纷', '机动车交通事故责任纠纷', '离婚后财产纠纷', '信用卡纠纷'];

const arr = (items: readonly string[]) => `array[${items.map((s) => `'${s}'`).join(',')}]`;
/** A deterministic draw in [0, n) for row `g` and a tag. */
const h = (tag: string, n: number, key = 'g') => `((hashtext('${tag}' || ${key})::bigint + 2147483648) % ${n})`;
const pick = (items: readonly string[], tag: string, key = 'g') => `(${arr(items)})[1 + ${h(tag, items.length, key)}]`;
const person = (tag: string, key = 'g') => `${pick(SURNAMES, `${tag}s`, key)} || ${pick(GIVEN, `${tag}g`, key)}`;
const company = (tag: string) => `'大连' || ${pick(COMPANY_PLACES, `${tag}p`)} || ${pick(INDUSTRIES, `${tag}i`)} || '有限公司'`;

/** CASE over cumulative weights, `draw` in [0, total). */
function weighted(draw: string, options: ReadonlyArray<readonly [string, number]>): string {
  let acc = 0;
  const arms = options.map(([value, w]) => {
    acc += w;
    return `when ${draw} < ${acc} then ${value}`;
  });
  return `(case ${arms.join(' ')} end)`;
}

const q = (s: string) => `'${s}'`;

function casesSql(count: number): string {
  const court = weighted('hc', Object.entries(COURT_WEIGHTS).map(([id, w]) => [q(id), w] as const));
  const caseType = weighted('ht', [[q('first'), 82], [q('resumed'), 10], [q('preservation'), 4], [q('objection'), 2], [q('reconsideration'), 1], [q('supervision'), 1]]);
  const basisType = weighted('hb', [[q('judgment'), 55], [q('mediationStatement'), 20], [q('ruling'), 5], [q('arbitralAward'), 8], [q('notarialDeed'), 5], [q('paymentOrder'), 4], [q('administrativeDecision'), 3]]);
  const closing = weighted(h('cm', 100), [[q('performed'), 35], [q('terminationForNow'), 40], [q('terminated'), 10], [q('withdrawn'), 10], [q('notEnforced'), 3], [q('rejected'), 2]]);
  const stage = `(case
    when age < 10 then ${weighted('p', [[q('filed'), 40], [q('assigned'), 40], [q('notified'), 20]])}
    when age < 60 then ${weighted('p', [[q('assigned'), 5], [q('notified'), 30], [q('investigating'), 45], [q('disposing'), 10], [q('closed'), 10]])}
    when age < 180 then ${weighted('p', [[q('investigating'), 30], [q('disposing'), 20], [q('disbursing'), 10], [q('closed'), 40]])}
    else ${weighted('p', [[q('investigating'), 4], [q('disposing'), 3], [q('disbursing'), 1], [q('closed'), 92]])} end)`;
  const typeCode = `(case case_type when 'first' then '执' when 'resumed' then '执恢' when 'preservation' then '执保' when 'objection' then '执异' when 'reconsideration' then '执复' else '执监' end)`;
  return `
insert into cases (id, court_id, case_number, case_type, year, sequence, stage, handler_id, filed_on, received_on, cause, basis_type, basis_issuer,
  basis_document_number, basis_effective_date, performance_deadline, non_litigation, application_limit_end, past_application_limit,
  notice_served_on, suspension, excluded_days, extension_months, extension_count, pending_extension, closing_method, closed_on,
  claim_total_fen, applicant_names, debtor_names, next_due_date, overdue, last_action_on, version, created_by, created_at, updated_at)
with raw as materialized (
  select g, ${h('c', 1000)} as hc, ${h('t', 100)} as ht, ${h('b', 100)} as hb, ${h('st', 100)} as p,
    floor(1060 * power(${h('age', 1000000)}::float8 / 1000000.0, 1.25))::int as age
  from generate_series(1, ${count}) g
), drawn as materialized (
  select g, age, p, ${court} as court_id, ${caseType} as case_type, ${basisType} as basis_type, ${stage} as stage,
    date '${BENCH_TODAY}' - age as filed_on
  from raw
), numbered as materialized (
  select d.*, extract(year from filed_on)::int as year,
    row_number() over (partition by court_id, extract(year from filed_on), case_type order by filed_on, g)::int as sequence,
    basis_type in ('arbitralAward', 'notarialDeed', 'administrativeDecision') as non_litigation,
    (case when stage <> 'closed' and age >= 180 then ${weighted(h('ext', 100), [['6', 50], ['3', 30], ['0', 20]])} else 0 end) as extension_months,
    (date '${BENCH_TODAY}' - age) - (40 + ${h('eff', 60)})::int as effective,
    (date '${BENCH_TODAY}' - age) - (case when ${h('rcv', 100)} < 70 then 0 else ${h('rcd', 8)} end)::int as received_on
  from drawn d
), dated as materialized (
  select n.*,
    (case stage when 'closed' then null when 'filed' then filed_on + 7 when 'assigned' then received_on + 10
      else (filed_on + make_interval(months => (case when non_litigation then 3 else 6 end) + extension_months))::date end) as due,
    (case when stage = 'closed' then filed_on + least(age, 30 + ${h('cl', 150)})::int end) as closed
  from numbered n
)
select md5('case:' || g)::uuid, x.court_id, '（' || year || '）' || c.code || ${typeCode} || sequence || '号', case_type, year, sequence, stage,
  (case when stage = 'filed' then null else md5('handler:' || x.court_id || ':' || ${h('hd', HANDLERS_PER_COURT)})::uuid end),
  filed_on, received_on, ${pick(CAUSES, 'cause')}, basis_type,
  (case basis_type when 'arbitralAward' then '大连仲裁委员会' when 'notarialDeed' then '辽宁省大连市中信公证处' when 'administrativeDecision' then '大连市人力资源和社会保障局' else c.name end),
  '（' || (year - 1) || '）' || c.code || '民初' || (100 + g % 9000) || '号', effective, effective + 15, non_litigation,
  ((effective + 15) + interval '2 years')::date, false,
  (case when stage in ('filed', 'assigned') then null else filed_on + least(age, 5) end), null, 0, extension_months,
  (case when extension_months > 0 then 1 else 0 end), null, (case when stage = 'closed' then ${closing} end), closed,
  ((1 + ${h('amt', 9)}) * power(10, 3 + ${h('mag', 4)}))::bigint * 100,
  (case when ${h('ab', 100)} < 30 then ${pick(BANKS, 'bank')} else ${person('ap')} end),
  (case when ${h('dk', 100)} < 55 then ${company('dc')} else ${person('dp')} end) || (case when ${h('d2', 100)} < 12 then '、' || ${person('dq')} else '' end),
  due, coalesce(due < date '${BENCH_TODAY}', false), coalesce(closed, filed_on + least(age, 20)),
  1 + (case stage when 'filed' then 0 when 'assigned' then 1 when 'notified' then 2 when 'investigating' then 3 when 'disposing' then 4 else 5 end),
  md5('handler:' || x.court_id || ':0')::uuid, filed_on + time '01:30', filed_on + least(age, 20) + time '02:00'
from dated x join courts c on c.id = x.court_id`;
}

function handlersSql(): string {
  const courts = DALIAN_COURTS.map((c) => `('${c.id}')`).join(',');
  return `
insert into users (id, username, display_name, password_hash, role, court_id)
select md5('handler:' || k.id || ':' || n)::uuid, 'h' || k.id || '.' || n, ${person('hn', "k.id || ':' || n")},
  'not-a-login', (case when n % 3 = 2 then 'officer' else 'judge' end), k.id
from (values ${courts}) as k(id), generate_series(0, ${HANDLERS_PER_COURT - 1}) n`;
}

export interface GenerateReport {
  cases: number;
  seconds: number;
  analyzeSeconds: number;
  openCases: number;
  overdueCases: number;
  byCourt: Record<string, number>;
}

/** Inserts the handlers and `count` cases, sets the case-number counters, then VACUUM ANALYZE (steady state). */
export async function generateCases(database: Database, count: number): Promise<GenerateReport> {
  const { db } = database;
  const start = now();
  await db.transaction().execute(async (trx) => {
    await sql.raw(handlersSql()).execute(trx);
    await sql.raw(casesSql(count)).execute(trx);
    await sql`insert into case_number_counters (court_id, year, case_type, last_sequence)
      select court_id, year, case_type, max(sequence) from cases group by court_id, year, case_type
      on conflict (court_id, year, case_type) do update set last_sequence = greatest(case_number_counters.last_sequence, excluded.last_sequence)`.execute(trx);
  });
  const seconds = elapsedMs(start) / 1000;
  const analyzeStart = now();
  await sql`vacuum analyze`.execute(db);
  const analyzeSeconds = elapsedMs(analyzeStart) / 1000;
  const stats = await sql<{ open: number; overdue: number }>`select count(*) filter (where stage <> 'closed')::int as open, count(*) filter (where overdue)::int as overdue from cases`.execute(db);
  const courts = await sql<{ court_id: string; n: number }>`select court_id, count(*)::int as n from cases group by court_id order by court_id`.execute(db);
  return {
    cases: count,
    seconds: round(seconds),
    analyzeSeconds: round(analyzeSeconds),
    openCases: stats.rows[0]?.open ?? 0,
    overdueCases: stats.rows[0]?.overdue ?? 0,
    byCourt: Object.fromEntries(courts.rows.map((r) => [r.court_id, r.n])),
  };
}
