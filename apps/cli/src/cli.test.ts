/**
 * The `zhixing` commands that need no store, run as a real process: JSON on stdout, exit codes,
 * and the calculators' reference vectors (the same documents as the API's).
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { freshDataDir, jsonOf, runZhixing, type CliRun } from './testing/run-zhixing.js';

const store = freshDataDir();
after(() => store.remove());
const zhixing = (...args: string[]) => runZhixing(args, { dataDir: store.dir });

/** Full years on today's date in China Standard Time, computed independently of the domain. */
function ageTodayInCst(birth: string): number {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return Number(today.slice(0, 4)) - Number(birth.slice(0, 4)) - (today.slice(5) < birth.slice(5) ? 1 : 0);
}

function usageError(run: CliRun): { code: string; message: string; messageZh: string; messageEn: string; details?: { rule?: string } } {
  assert.equal(run.code, 2, `${run.stdout}\n${run.stderr}`);
  const { error } = jsonOf(run) as { error: ReturnType<typeof usageError> };
  assert.equal(error.code, 'USAGE');
  assert.ok(error.messageZh && error.messageEn, 'messages in Chinese and English');
  assert.match(run.stderr, /USAGE/);
  return error;
}

const FEE_150000_BANDS = [
  { from: '0.00', to: '10000.00', rate: 'fixed', part: '10000.00', fee: '50.00' },
  { from: '10000.00', to: '500000.00', rate: '1.5%', part: '140000.00', fee: '2100.00' },
];

describe('zhixing without a store', { concurrency: 4 }, () => {
  it('calc fee --amount 150000: 2150.00 with the marginal bands, through main.ts and the bin script', async () => {
    for (const entry of ['apps/cli/src/main.ts', 'apps/cli/bin/zhixing.mjs']) {
      const run = await runZhixing(['calc', 'fee', '--amount', '150000', '--json'], { dataDir: store.dir, entry });
      assert.equal(run.code, 0, run.stderr);
      const doc = jsonOf(run);
      assert.deepEqual(Object.keys(doc), ['amount', 'fee', 'bands', 'legalBasis']);
      assert.equal(doc.amount, '150000.00');
      assert.equal(doc.fee, '2150.00');
      assert.deepEqual(doc.bands, FEE_150000_BANDS);
      assert.equal(doc.legalBasis, '诉讼费用交纳办法 第十四条第（一）项');
    }
  });

  it('calc fee without an amount: fee null and the 50.00–500.00 range', async () => {
    const run = await zhixing('calc', 'fee', '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(jsonOf(run), { amount: null, fee: null, min: '50.00', max: '500.00', bands: [], legalBasis: '诉讼费用交纳办法 第十四条第（一）项' });
  });

  it('calc fee --amount 12.345: exit 2 with the domain rule and message', async () => {
    const error = usageError(await zhixing('calc', 'fee', '--amount', '12.345', '--json'));
    assert.equal(error.details?.rule, 'MONEY_TOO_MANY_DECIMALS');
    assert.match(error.messageZh, /两位小数.*12\.345/);
  });

  it('calc fee --amount abc (human mode): exit 2, the message on stderr, nothing on stdout', async () => {
    const run = await zhixing('calc', 'fee', '--amount', 'abc');
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /金额格式不正确：abc/);
    assert.match(run.stderr, /not a number/);
  });

  it('calc interest: doubled interest 1277.50, outstanding principal 70000.00 after a partial payment', async () => {
    const run = await zhixing('calc', 'interest', '--principal', '100000', '--due', '2024-01-10', '--until', '2024-04-10', '--payment', '2024-02-10:30000', '--json');
    assert.equal(run.code, 0, run.stderr);
    const doc = jsonOf(run);
    assert.equal(doc.principal, '100000.00');
    assert.equal(doc.doubledInterest, '1277.50');
    assert.equal(doc.outstandingInterest, '1277.50');
    assert.equal(doc.outstandingPrincipal, '70000.00');
    assert.equal(doc.totalDays, 91);
    assert.deepEqual(doc.segments, [
      { from: '2024-01-10', to: '2024-02-10', days: 31, principal: '100000.00', interest: '542.50' },
      { from: '2024-02-10', to: '2024-04-10', days: 60, principal: '70000.00', interest: '735.00' },
    ]);
  });

  it('calc interest without --principal: exit 2 naming the flag', async () => {
    const error = usageError(await zhixing('calc', 'interest', '--due', '2024-01-10', '--json'));
    assert.match(error.messageEn, /--principal/);
  });

  it('calc interest with 2024-02-30 as --due: exit 2 with INVALID_DATE', async () => {
    const error = usageError(await zhixing('calc', 'interest', '--principal', '100', '--due', '2024-02-30', '--json'));
    assert.equal(error.details?.rule, 'INVALID_DATE');
  });

  it('check id 11010519491231002X: valid, female, born 1949-12-31, age today in CST', async () => {
    const run = await zhixing('check', 'id', '11010519491231002X', '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(jsonOf(run), { valid: true, number: '11010519491231002X', regionCode: '110105', birthDate: '1949-12-31', sex: 'female', age: ageTodayInCst('1949-12-31') });
  });

  it('check id with a wrong check digit: valid false with the reason, still exit 0', async () => {
    const run = await zhixing('check', 'id', '110105194912310021', '--json');
    assert.equal(run.code, 0, run.stderr);
    const doc = jsonOf(run);
    assert.deepEqual(Object.keys(doc), ['valid', 'code', 'messageZh', 'messageEn']);
    assert.equal(doc.valid, false);
    assert.equal(doc.code, 'RESIDENT_ID_WRONG_CHECK_DIGIT');
    assert.match(String(doc.messageZh), /校验码/);
    assert.match(String(doc.messageEn), /check digit/);
  });

  it('check id without the number: exit 2', async () => {
    const error = usageError(await zhixing('check', 'id', '--json'));
    assert.match(error.messageEn, /Missing argument <number>/);
  });

  it('check uscc 91350100M000100Y43: valid, decoded', async () => {
    const run = await zhixing('check', 'uscc', '91350100M000100Y43', '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(jsonOf(run), { valid: true, code: '91350100M000100Y43', registrationAuthority: '9', organisationType: '1', regionCode: '350100', organisationCode: 'M000100Y4' });
  });

  it('an unknown command: exit 2', async () => {
    const error = usageError(await zhixing('frobnicate', '--json'));
    assert.match(error.messageEn, /Unknown command: frobnicate/);
  });

  it('an unknown flag: exit 2 naming it', async () => {
    const error = usageError(await zhixing('calc', 'fee', '--amount', '1', '--bogus', '--json'));
    assert.match(error.messageZh, /未知选项：--bogus/);
  });

  it('--help: bilingual usage on stdout, exit 0, for the CLI and for a command', async () => {
    const [main, fee] = await Promise.all([zhixing('--help'), zhixing('calc', 'fee', '--help')]);
    for (const run of [main, fee]) assert.equal(run.code, 0, run.stderr);
    assert.match(main.stdout, /用法 \/ Usage: zhixing/);
    for (const command of ['start', 'migrate', 'seed', 'user create', 'calc fee', 'calc interest', 'calc deadline', 'check id', 'check uscc', 'audit verify']) {
      assert.ok(main.stdout.includes(`  ${command} `), command);
    }
    assert.match(fee.stdout, /--amount/);
  });
});

describe('the commands above', () => {
  it('never opened the store', () => {
    assert.deepEqual(readdirSync(store.dir), []);
  });
});
