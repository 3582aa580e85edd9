/**
 * A long audit chain for one court, made fast: events shaped like the real ones (filing,
 * assignment, notice, stage changes, closing) on the court's generated cases, hashed in order with
 * the production `hashEvent`, and bulk-inserted a thousand rows at a time; the chain head is set
 * last. The result verifies exactly like a chain built by `appendEvent`.
 */
import { GENESIS_HASH, chainHash, eventPayload, sql, type ChainedFields, type Database } from '@zhixing/db';
import { elapsedMs, now, round } from './stats.js';

const BATCH = 1000;
const START = Date.parse('2024-01-02T01:30:00Z');

interface CaseRef {
  id: string;
  case_number: string;
  filed_on: string;
  handler_id: string | null;
  debtor_names: string;
  applicant_names: string;
  claim_total_fen: number;
}

function state(c: CaseRef, stage: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    stage, handlerId: stage === 'filed' ? null : c.handler_id, noticeServedOn: ['filed', 'assigned'].includes(stage) ? null : c.filed_on,
    suspension: null, excludedDays: 0, extensionMonths: 0, pendingExtension: null, closingMethod: null, closedOn: null, ...extra,
  };
}

/** The i-th event of the chain: five kinds in the proportions a court's log has them. */
function eventFor(i: number, c: CaseRef, courtId: string, actors: readonly string[]): Omit<ChainedFields, 'seq'> {
  const base = { courtId, caseId: c.id, occurredAt: new Date(START + i * 1_800_000 + (i % 997)), actorId: actors[i % actors.length]!, actorRole: 'judge', actorCourtId: courtId };
  switch (i % 5) {
    case 0:
      return {
        ...base, action: 'fileCase', before: null,
        after: {
          caseNumber: c.case_number, filedOn: c.filed_on, cause: '民间借贷纠纷',
          basis: { type: 'judgment', issuer: '大连市甘井子区人民法院', documentNumber: '（2025）辽0211民初456号', effectiveDate: '2025-06-01', performanceDeadline: '2025-06-16' },
          applicants: [{ name: c.applicant_names, id: '110105********002X' }], debtors: [{ name: c.debtor_names, id: '91350100M000100Y43' }],
          claimTotalFen: c.claim_total_fen, pastApplicationLimit: false,
        },
        legalBasis: '民事诉讼法 第二百四十七条、第二百五十条', summaryZh: `立案：${c.case_number}`, summaryEn: `Filed as ${c.case_number}`,
      };
    case 1:
      return { ...base, action: 'assignHandler', before: state(c, 'filed'), after: state(c, 'assigned'), legalBasis: '执行期限规定（法发〔2006〕35号）第二条', summaryZh: '分案：指定承办人', summaryEn: 'Handler assigned' };
    case 2:
      return { ...base, action: 'serveNotice', before: state(c, 'assigned'), after: state(c, 'notified'), legalBasis: '民诉法解释 第四百八十条', summaryZh: `送达执行通知书（${c.filed_on}）`, summaryEn: `Enforcement notice served (${c.filed_on})` };
    case 3:
      return { ...base, action: 'advanceStage', before: state(c, 'notified'), after: state(c, 'investigating'), legalBasis: '财产调查规定 第一条', summaryZh: '进入财产调查', summaryEn: 'Property investigation begun' };
    default:
      return {
        ...base, action: 'closeCase', before: state(c, 'investigating'), after: state(c, 'closed', { closingMethod: 'performed', closedOn: c.filed_on }),
        legalBasis: '执行立案结案意见 第十五条', summaryZh: '结案：执行完毕', summaryEn: 'Closed: performed in full',
      };
  }
}

export interface ChainBuildReport {
  courtId: string;
  events: number;
  seconds: number;
}

export async function buildChain(database: Database, courtId: string, count: number): Promise<ChainBuildReport> {
  const { db } = database;
  const start = now();
  const cases = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'filed_on', 'handler_id', 'debtor_names', 'applicant_names', 'claim_total_fen'])
    .where('court_id', '=', courtId)
    .orderBy('filed_on')
    .orderBy('id')
    .limit(Math.ceil(count / 5))
    .execute();
  if (cases.length === 0) throw new Error(`no cases in court ${courtId}`);
  const actors = (await db.selectFrom('users').select('id').where('court_id', '=', courtId).orderBy('username').execute()).map((u) => u.id);
  const head = await db.selectFrom('audit_chain_heads').selectAll().where('court_id', '=', courtId).executeTakeFirst();
  let prevHash = head?.last_hash ?? GENESIS_HASH;
  let seq = head?.last_seq ?? 0;
  for (let from = 0; from < count; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      const fields: ChainedFields = { ...eventFor(i, cases[Math.floor(i / 5) % cases.length]!, courtId, actors), seq: ++seq };
      const payload = eventPayload(fields);
      const hash = chainHash(prevHash, payload);
      rows.push({
        court_id: courtId, seq, case_id: fields.caseId, occurred_at: fields.occurredAt, actor_id: fields.actorId, actor_role: fields.actorRole,
        actor_court_id: fields.actorCourtId, action: fields.action, payload, prev_hash: prevHash, hash,
      });
      prevHash = hash;
    }
    await db.insertInto('case_events').values(rows).execute();
  }
  await db
    .insertInto('audit_chain_heads')
    .values({ court_id: courtId, last_seq: seq, last_hash: prevHash })
    .onConflict((oc) => oc.column('court_id').doUpdateSet({ last_seq: seq, last_hash: prevHash }))
    .execute();
  await sql`analyze case_events`.execute(db);
  return { courtId, events: count, seconds: round(elapsedMs(start) / 1000) };
}
