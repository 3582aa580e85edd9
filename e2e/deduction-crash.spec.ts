/**
 * A bank's confirmed deduction survives a crash of the platform (ADR 0009 step 5): the platform
 * is killed (SIGKILL) while it is booking the bank's confirmation — inside the transaction, before
 * it commits — and started again on the same embedded database. Nothing of the interrupted booking
 * is there; the bank's gateway delivers its confirmation again and the receipt is booked once; a
 * further delivery changes nothing. The process really dies: no test hook in the platform, only a
 * trigger in this test's database that holds the booking transaction open until the kill. It runs
 * on the embedded database (PGlite), the default an installation starts with.
 */
import { after, describe, it } from 'node:test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { AssistEnvelope } from '@zhixing/contracts';
import { InstitutionSimulator, courtKeyLookup, generateKeyPair, postTo, startSimulatorServer, type SimulatorServer } from '@zhixing/connectors';
import { openDatabase, sql, targetFromEnv } from '@zhixing/db';
import { startPlatform, type RunningPlatform } from './support/start-server.js';
import { apiSession } from './support/api-session.js';
import { cstDay, until } from './support/page-helpers.js';

const DEBTOR = { kind: 'person' as const, name: '李四', idNumber: '210202198001251231' };
const DEPOSIT = '62264516506454285';
const DEDUCTION_FEN = 3_000_000;

let platform: RunningPlatform | null = null;
let bank: SimulatorServer | null = null;
let dataDir = '';
after(async () => {
  await bank?.close();
  await platform?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** The embedded database of a stopped platform, opened by the test itself. */
async function withStoppedDatabase<T>(run: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>): Promise<T> {
  const database = await openDatabase(targetFromEnv({ DATA_DIR: dataDir }, '/'));
  try {
    return await run(database.db);
  } finally {
    await database.close();
  }
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(500) })).ok;
  } catch {
    return false;
  }
}

interface Control {
  id: string;
  state: string;
  pendingAct: string | null;
  deductedFen: number;
}

describe('a deduction confirmed by the bank, and the platform killed while booking it', () => {
  it('is booked exactly once after the restart', { timeout: 240_000 }, async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'zhixing-crash-'));
    platform = await startPlatform({ dataDir });
    let base = platform.baseUrl;
    // The bank answers through a gateway that remembers what it sent (to deliver it again).
    const sent: AssistEnvelope[] = [];
    const admin = await apiSession(base, 'admin');
    const platformKey = await admin.call<{ keyId: string; alg: 'SM2-SM3' | 'Ed25519'; publicKey: string }>('GET', '/api/v1/assist/platform-key');
    const courtKeys = courtKeyLookup(platformKey);
    const pair = generateKeyPair('Ed25519');
    const simulator = new InstitutionSimulator({ category: 'bank', code: 'bank-http', signer: { keyId: 'k1', alg: pair.alg, privateKey: pair.privateKey, publicKey: pair.publicKey }, courtKeys, latencyMs: { min: 0, max: 5 } });
    bank = await startSimulatorServer(simulator, async (envelope) => {
      sent.push(envelope);
      await postTo(`${base}/api/agency/v1/assist/replies`)(envelope);
    });
    await admin.call('POST', '/api/v1/institutions', { code: 'bank-http', name: '大连测试银行', category: 'bank', connection: 'push', endpoint: `${bank.url}/assist/v1/requests`, slaSeconds: 600, key: { keyId: 'k1', alg: pair.alg, publicKey: pair.publicKey } }, 201);

    // A case, its inquiry answered, a freeze in force.
    let judge = await apiSession(base, 'judge.zs');
    const filed = await judge.call<{ id: string }>('POST', '/api/v1/cases', {
      caseType: 'first',
      cause: '民间借贷纠纷',
      basis: { type: 'judgment', issuer: '大连市中山区人民法院', documentNumber: '（2025）辽0202民初789号', effectiveDate: cstDay(-60), performanceDeadline: cstDay(-45) },
      applicants: [{ kind: 'person', name: '张伟', idNumber: '11010519491231002X' }],
      debtors: [DEBTOR],
      claims: [{ kind: 'principal', amount: '150000.00' }],
    });
    const caseId = filed.id;
    await judge.call('POST', `/api/v1/cases/${caseId}/network-inquiries`, undefined, 201);
    let propertyId = '';
    await until(async () => {
      const p = await judge.call<{ properties: Array<{ id: string; ref: string }> }>('GET', `/api/v1/cases/${caseId}/properties`);
      propertyId = p.properties.find((x) => x.ref === DEPOSIT)?.id ?? '';
      return propertyId !== '';
    }, 'the bank answers the inquiry', 30_000);
    const freeze = await judge.call<Control>('POST', `/api/v1/cases/${caseId}/controls`, { propertyId }, 201);
    const control = async () => (await judge.call<{ controls: Control[] }>('GET', `/api/v1/cases/${caseId}/controls`)).controls.find((c) => c.id === freeze.id)!;
    await until(async () => (await control()).state === 'inEffect', 'the bank freezes', 30_000);

    // Stopped, the database gets a trigger that holds a deduction's booking open (a busy wait).
    await platform.stop();
    await withStoppedDatabase(async (db) => {
      await sql.raw('create table zx_crash_armed (armed boolean not null)').execute(db);
      await sql.raw('insert into zx_crash_armed values (true)').execute(db);
      await sql
        .raw(
          `create function zx_crash_hold() returns trigger language plpgsql as $$
           begin
             if new.source = 'deduction' and exists (select 1 from zx_crash_armed where armed) then
               while clock_timestamp() < now() + interval '120 seconds' loop end loop;
             end if;
             return new;
           end $$`,
        )
        .execute(db);
      await sql.raw('create trigger zx_crash_hold before insert on ledger_transactions for each row execute function zx_crash_hold()').execute(db);
    });

    platform = await startPlatform({ dataDir });
    base = platform.baseUrl;
    judge = await apiSession(base, 'judge.zs');
    await judge.call('POST', `/api/v1/cases/${caseId}/controls/${freeze.id}/acts`, { act: 'deduct', amountFen: DEDUCTION_FEN }, 202);
    // The bank deducts and sends its confirmation; the platform starts booking it and stops answering.
    await until(() => Promise.resolve(sent.some((e) => e.body.type === 'controlResult' && e.body.act === 'deduct')), 'the bank confirms the deduction', 30_000);
    await until(async () => !(await healthy(base)), 'the platform is inside the booking', 10_000);
    const confirmation = sent.find((e) => e.body.type === 'controlResult' && e.body.act === 'deduct')!;
    await platform.kill();

    // Nothing of the interrupted booking was kept.
    await withStoppedDatabase(async (db) => {
      const rows = await db.selectFrom('ledger_transactions').select('id').execute();
      assert.deepEqual(rows, []);
      await sql.raw('update zx_crash_armed set armed = false').execute(db);
    });

    // Started again; the bank's gateway delivers its confirmation again — twice.
    platform = await startPlatform({ dataDir });
    base = platform.baseUrl;
    for (const expected of ['booked', 'duplicate']) {
      const res = await fetch(`${base}/api/agency/v1/assist/replies`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(confirmation) });
      assert.equal(res.status, 200, await res.clone().text());
      assert.equal(((await res.json()) as { outcome: string }).outcome, expected);
    }
    judge = await apiSession(base, 'judge.zs');
    const after = await control();
    assert.deepEqual([after.pendingAct, after.deductedFen], [null, DEDUCTION_FEN]);
    await platform.stop();
    await withStoppedDatabase(async (db) => {
      const txs = await db.selectFrom('ledger_transactions').select(['id', 'source', 'type']).execute();
      assert.deepEqual(txs, [{ id: confirmation.messageId, source: 'deduction', type: 'receipt' }]);
      const postings = await db.selectFrom('ledger_postings').select(['account_kind', 'account_ref', 'amount_fen']).orderBy('id').execute();
      assert.deepEqual(
        postings.map((p) => [p.account_kind, Number(p.amount_fen)]),
        [
          ['bank', DEDUCTION_FEN],
          ['case', -DEDUCTION_FEN],
        ],
      );
    });
    platform = null;
  });
});
