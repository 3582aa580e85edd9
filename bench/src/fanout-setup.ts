/**
 * The data of the fan-out benchmark, on a database of its own (PostgreSQL `zx_bench_fanout`,
 * created fresh and dropped at the end): migrated schema, the Dalian courts and demo accounts,
 * N open cases across the 11 courts (generate-cases.ts, every case made open) each against one
 * person debtor with a valid resident ID number, the 13 simulated institutions registered with
 * their endpoints and public keys, and each case's network inquiry started by its handler through
 * `startInquiry` — one signed request per institution and debtor in the outbox.
 *
 * The institutions are registered as `pull` connections while the requests are queued, so the
 * platform's dispatcher (which pushes only to `push` institutions) sees none of them until the
 * benchmark switches them to `push` — the starting gun, with the platform already running.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SignatureAlgorithm } from '@zhixing/contracts';
import { createServiceContext, createUserUnchecked, DALIAN_COURTS, DEMO_PASSWORD, DEMO_USERS, registerInstitution, seedCourts, startInquiry, type Actor, type ServiceContext, type Signer } from '@zhixing/services';
import { findUserByUsername, migrateToLatest, openDatabase, sql, type Database } from '@zhixing/db';
import { INSTITUTION_CATEGORIES, maskResidentId, parseResidentId, type InstitutionCategory } from '@zhixing/domain';
import { generateCases } from './generate-cases.js';
import { admin } from './stores.js';
import { elapsedMs, now, round } from './stats.js';

export const FANOUT_DB_NAME = 'zx_bench_fanout';


export interface FanoutDatabase {
  database: Database;
  /** The connection string of the benchmark's own database (for the platform and the workers). */
  url: string;
  version: string;
  close(): Promise<void>;
}

/** Creates `zx_bench_fanout` afresh on the server and migrates it. */
export async function createFanoutDatabase(serverUrl: string): Promise<FanoutDatabase> {
  await admin(serverUrl, `drop database if exists ${FANOUT_DB_NAME} with (force)`);
  await admin(serverUrl, `create database ${FANOUT_DB_NAME}`);
  const url = new URL(serverUrl);
  url.pathname = `/${FANOUT_DB_NAME}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  await migrateToLatest(database.db);
  const v = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(database.db);
  return {
    database,
    url: url.toString(),
    version: v.rows[0]?.v ?? 'unknown',
    async close() {
      await database.close();
      await admin(serverUrl, `drop database if exists ${FANOUT_DB_NAME} with (force)`);
    },
  };
}

/** Courts and demo accounts, on the system clock (replies are checked against real time). */
export async function seedFanout(database: Database): Promise<ServiceContext> {
  const ctx = createServiceContext(database);
  await seedCourts(ctx);
  for (const u of DEMO_USERS) {
    await createUserUnchecked(database.db, ctx, null, { username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, role: u.role, courtId: u.courtId });
  }
  return ctx;
}

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹');
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀兰', '霞', '建华', '海燕', '志强', '晓东'];
const DALIAN_DISTRICTS = ['210202', '210203', '210204', '210211', '210212', '210213', '210214', '210224', '210281', '210283'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const DAY_MS = 86_400_000;
const BIRTH_BASE = Date.UTC(1960, 0, 1);
/** Debtor n's birth date and sequence are distinct for n below this (7919 is prime to 13,000). */
export const MAX_DEBTORS = 13_000;

/** Debtor n: a person of Dalian with a valid, distinct resident ID number (GB 11643 check character). */
export function fanoutDebtor(n: number): { name: string; idNumber: string } {
  const birth = new Date(BIRTH_BASE + ((n * 7919) % MAX_DEBTORS) * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${DALIAN_DISTRICTS[n % DALIAN_DISTRICTS.length]}${birth}${String(n % 1000).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return { name: `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}`, idNumber: `${first17}${ID_CHECK[sum % 11]}` };
}

export interface FanoutCases {
  cases: number;
  byCourt: Record<string, number>;
  seconds: number;
}

/**
 * N cases by generate-cases.ts (its courts, numbers, dates, names), every one made open
 * ('investigating' where the generator had closed it), each with its debtor as a party.
 */
export async function generateFanoutCases(database: Database, count: number): Promise<FanoutCases> {
  if (count > MAX_DEBTORS) throw new Error(`at most ${MAX_DEBTORS} debtors`);
  const start = now();
  const generated = await generateCases(database, count);
  const { db } = database;
  await sql`update cases set stage = 'investigating', closing_method = null, closed_on = null where stage = 'closed'`.execute(db);
  const cases = await db.selectFrom('cases').select(['id', 'court_id']).orderBy('id').execute();
  const seen = new Set<string>();
  const rows = cases.map((c, n) => {
    const d = fanoutDebtor(n);
    const parsed = parseResidentId(d.idNumber);
    if (!parsed.ok) throw new Error(`invalid ID number ${d.idNumber}`);
    if (seen.has(d.idNumber)) throw new Error(`duplicate ID number ${d.idNumber}`);
    seen.add(d.idNumber);
    return { id: randomUUID(), case_id: c.id, court_id: c.court_id, position: 1, party_role: 'debtor' as const, kind: 'person' as const, name: d.name, id_number: d.idNumber, id_number_masked: maskResidentId(d.idNumber), credit_code: null, birth_date: parsed.value.birthDate, legal_representative: null, address: null, phone: null };
  });
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('case_parties').values(rows.slice(i, i + 1000)).execute();
    await sql`update cases c set debtor_names = p.name from case_parties p where p.case_id = c.id and p.party_role = 'debtor'`.execute(trx);
  });
  await sql`vacuum analyze`.execute(db);
  return { cases: count, byCourt: generated.byCourt, seconds: round(elapsedMs(start) / 1000) };
}

export interface SimulatedInstitution {
  category: InstitutionCategory;
  code: string;
  endpoint: string;
  alg: SignatureAlgorithm;
  keyId: string;
  publicKey: string;
}

/** Registers the simulators as institutions (by the demo administrator), connected by `pull` until the start. */
export async function registerSimulators(ctx: ServiceContext, institutions: readonly SimulatedInstitution[]): Promise<void> {
  const adminUser = await findUserByUsername(ctx.database.db, 'admin');
  if (!adminUser) throw new Error('no admin');
  const actor: Actor = { userId: adminUser.id, username: adminUser.username, displayName: adminUser.display_name, role: 'admin', courtId: adminUser.court_id, courtLevel: 'intermediate' };
  for (const i of institutions) {
    await registerInstitution(ctx, actor, { code: i.code, name: `${INSTITUTION_CATEGORIES[i.category].zh}（模拟 ${i.code}）`, category: i.category, connection: 'pull', endpoint: i.endpoint, slaSeconds: 3600, key: { keyId: i.keyId, alg: i.alg, publicKey: i.publicKey } });
  }
}

/** The starting gun: the simulated institutions become push connections, which the dispatcher serves. */
export async function openTheGate(database: Database): Promise<void> {
  await database.db.updateTable('institutions').set({ connection: 'push' }).where('code', 'like', 'sim-%').execute();
}

/** One case's inquiry and who starts it (its handler, or the court's first handler when it has none yet). */
export interface InquiryItem {
  caseId: string;
  actor: Actor;
}

export async function inquiryItems(database: Database): Promise<InquiryItem[]> {
  const rows = await sql<{ case_id: string; user_id: string; username: string; display_name: string; role: string; court_id: string }>`
    select c.id as case_id, u.id as user_id, u.username, u.display_name, u.role, u.court_id
    from cases c join users u on u.id = coalesce(c.handler_id, md5('handler:' || c.court_id || ':0')::uuid)
    order by c.filed_on, c.id`.execute(database.db);
  return rows.rows.map((r) => ({
    caseId: r.case_id,
    actor: { userId: r.user_id, username: r.username, displayName: r.display_name, role: r.role as Actor['role'], courtId: r.court_id, courtLevel: DALIAN_COURTS.find((c) => c.id === r.court_id)!.level },
  }));
}

export interface InquiriesStarted {
  requested: number;
  alreadyRequested: number;
}

/** `startInquiry` for each item, `concurrency` at a time. */
export async function startInquiries(ctx: ServiceContext, items: readonly InquiryItem[], signer: Signer, concurrency: number, onProgress?: (done: number) => void): Promise<InquiriesStarted> {
  let next = 0;
  let done = 0;
  const total = { requested: 0, alreadyRequested: 0 };
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      const r = await startInquiry(ctx, item.actor, item.caseId, signer);
      total.requested += r.requested;
      total.alreadyRequested += r.alreadyRequested;
      done += 1;
      if (done % 250 === 0) onProgress?.(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return total;
}

/**
 * Starts every case's inquiry, split over worker threads (one per core, each with its own
 * connections): signing 13 requests per case with SM2 is the bulk of the work.
 */
export async function startInquiriesInWorkers(url: string, keyFile: string, items: readonly InquiryItem[], log: (line: string) => void): Promise<InquiriesStarted & { seconds: number }> {
  const start = now();
  const workers = Math.max(1, Math.min(availableParallelism(), 4));
  const slices = Array.from({ length: workers }, (_, w) => items.filter((_, i) => i % workers === w));
  const progress = new Array<number>(workers).fill(0);
  let lastLog = 0;
  const results = await Promise.all(
    slices.map(
      (slice, w) =>
        new Promise<InquiriesStarted>((resolve, reject) => {
          const worker = new Worker(new URL('./fanout-inquiry-worker.ts', import.meta.url), { workerData: { url, keyFile, items: slice } });
          worker.on('message', (m: { type: 'progress'; done: number } | ({ type: 'done' } & InquiriesStarted)) => {
            if (m.type === 'progress') {
              progress[w] = m.done;
              const sum = progress.reduce((a, b) => a + b, 0);
              if (Date.now() - lastLog > 10_000) {
                lastLog = Date.now();
                log(`inquiries started for ${sum.toLocaleString('en-US')} of ${items.length.toLocaleString('en-US')} cases`);
              }
            } else resolve({ requested: m.requested, alreadyRequested: m.alreadyRequested });
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`inquiry worker exited with ${code}`));
          });
        }),
    ),
  );
  return { requested: results.reduce((s, r) => s + r.requested, 0), alreadyRequested: results.reduce((s, r) => s + r.alreadyRequested, 0), seconds: round(elapsedMs(start) / 1000) };
}
