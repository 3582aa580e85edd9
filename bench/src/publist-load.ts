/**
 * Loads a public list of `count` entries into the benchmark's PostgreSQL database, in the platform's
 * own schema (the migrations ran): the generated credit measures (generate-credit-list.ts: realistic ID
 * numbers and credit codes, 20 % organisations, several measures for some persons) become published
 * decisions with their subjects, four decisions to a case. Rows go through one COPY into an unlogged
 * staging table, then set-based INSERT … SELECT; the secondary indexes are dropped for the load and built
 * again after it, then VACUUM ANALYZE — the end state is the schema the platform runs on.
 */
import pg from 'pg';
import { maskResidentId } from '@zhixing/domain';
import { generateCreditMeasures } from './generate-credit-list.js';
import { copyThroughPsql } from './psql-copy.js';
import { elapsedMs, now, round } from './stats.js';

const TABLES = ['cases', 'case_parties', 'credit_decisions', 'credit_subjects'];
const COURTS = ['210202', '210203', '210204', '210211', '210212', '210213', '210214', '210281', '210283', '2102'];
const GROUNDS = ['ableButRefuses', 'obstructsEnforcement', 'evadesEnforcement', 'breachesPropertyReport', 'breachesConsumptionRestriction', 'breachesSettlement'];

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface PublistLoad {
  entries: number;
  dishonestPersons: number;
  loadSeconds: number;
  indexSeconds: number;
  tableBytes: Record<string, number>;
}

/** Loads the list; returns sizes and timings, and a sample of dishonest-list persons to search for. */
export async function loadPublicList(url: string, count: number, seed: number, userId: string, log: (line: string) => void): Promise<PublistLoad & { sample: Array<{ name: string; idNumber: string }> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const start = now();
    const indexes = (await client.query<{ indexdef: string; indexname: string }>(`select indexname, indexdef from pg_indexes where tablename = any($1) and indexname not like '%_pkey' and indexdef not like 'CREATE UNIQUE%'`, [TABLES])).rows;
    for (const i of indexes) await client.query(`drop index ${i.indexname}`);
    await client.query(`create unlogged table publist_stage (n bigint, decision_id uuid, case_id uuid, party_id uuid, kind text, role text, subject_kind text, name text, id_number text, credit_code text, court_id text, since date, debtor_name text)`);
    const sample: Array<{ name: string; idNumber: string }> = [];
    let dishonestPersons = 0;
    let n = 0;
    function* lines(): Generator<string> {
      for (const m of generateCreditMeasures(count, seed)) {
        const person = m.subjectKind === 'person';
        if (person && m.kind === 'dishonestListing' && m.role === 'debtor') {
          dishonestPersons++;
          // Every 500th listed person, up to 4,000: the names and IDs the public will type.
          if (dishonestPersons % 500 === 1 && sample.length < 4000) sample.push({ name: m.name, idNumber: m.subjectId });
        }
        const g = Math.floor(n / 4);
        yield `${n}\t${uuid('d0000000', n)}\t${uuid('c0000000', g)}\t${uuid('b0000000', g)}\t${m.kind}\t${m.role}\t${m.subjectKind}\t${m.name}\t${person ? m.subjectId : '\\N'}\t${person ? '\\N' : m.subjectId}\t${COURTS[g % COURTS.length]}\t${m.since}\t${m.boundTo ?? m.name}\n`;
        n++;
      }
    }
    await copyThroughPsql(url, 'publist_stage', ['n', 'decision_id', 'case_id', 'party_id', 'kind', 'role', 'subject_kind', 'name', 'id_number', 'credit_code', 'court_id', 'since', 'debtor_name'], lines());
    log(`publist: ${count.toLocaleString('en-US')} rows staged in ${round(elapsedMs(start) / 1000)} s`);
    await client.query(`
      insert into cases (id, court_id, case_number, case_type, year, sequence, stage, filed_on, received_on, cause, basis_type, basis_issuer, basis_document_number,
        basis_effective_date, non_litigation, application_limit_end, past_application_limit, claim_total_fen, applicant_names, debtor_names, last_action_on, created_by, created_at, updated_at)
      select case_id, court_id, '（2025）辽0202执' || (n / 4 + 1) || '号', 'first', 2025, n / 4 + 1, 'investigating', since, since, '民间借贷纠纷', 'judgment', '大连市中山区人民法院', '（2024）辽0202民初' || (n / 4 + 1) || '号',
        since, false, since + 730, false, 100000, '申请人', debtor_name, since, $1, now(), now()
      from publist_stage where n % 4 = 0`, [userId]);
    await client.query(`
      insert into case_parties (id, case_id, court_id, position, party_role, kind, name, id_number, credit_code)
      select party_id, case_id, court_id, 0, 'debtor', subject_kind, name, id_number, credit_code from publist_stage where n % 4 = 0`);
    await client.query(`
      insert into credit_decisions (id, court_id, case_id, kind, status, document_number, debtor_party_id, debtor_name, ground, facts, period_years, on_applicant_request,
        decision_date, publish_on, legal_basis, proposed_by, proposed_at, approved_by, approved_at, published_at)
      select decision_id, court_id, case_id, kind, 'published', 'BENCH-' || n, party_id, debtor_name,
        case when kind = 'dishonestListing' then ($2::text[])[1 + n % 6] end, '未履行生效法律文书确定的义务', case when kind = 'dishonestListing' then 2 end, true,
        since, since, '基准测试', $1, now(), $1, now(), now()
      from publist_stage`, [userId, GROUNDS]);
    await client.query(`
      insert into credit_subjects (decision_id, court_id, role, subject_kind, name, id_number, id_number_masked, credit_code, bound_to)
      select decision_id, court_id, role, subject_kind, name, id_number, case when id_number is null then null else left(id_number, 4) || '**********' || right(id_number, 4) end, credit_code,
        case when role = 'debtor' then null else debtor_name end
      from publist_stage`);
    const loadSeconds = round(elapsedMs(start) / 1000);
    log(`publist: loaded in ${loadSeconds} s; building ${indexes.length} indexes`);
    const indexStart = now();
    for (const i of indexes) await client.query(i.indexdef);
    await client.query('drop table publist_stage');
    await client.query('vacuum analyze cases, case_parties, credit_decisions, credit_subjects');
    const indexSeconds = round(elapsedMs(indexStart) / 1000);
    const tableBytes: Record<string, number> = {};
    for (const t of TABLES) tableBytes[t] = Number((await client.query<{ b: string }>('select pg_total_relation_size($1) as b', [t])).rows[0]!.b);
    // The masking in the loader is the platform's rule (checked here on one row).
    const one = (await client.query<{ id_number: string; id_number_masked: string }>(`select id_number, id_number_masked from credit_subjects where id_number is not null limit 1`)).rows[0];
    if (one && maskResidentId(one.id_number) !== one.id_number_masked) throw new Error('the loader masks ID numbers differently from the platform');
    return { entries: count, dishonestPersons, loadSeconds, indexSeconds, tableBytes, sample };
  } finally {
    await client.end();
  }
}
