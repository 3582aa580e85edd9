import { findUserByUsername, upsertCourt } from '@zhixing/db';
import type { FileCaseRequest } from '@zhixing/contracts';
import { addDays, type CivilDate } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { createUserUnchecked } from '../admin/create-user.js';
import { fileCase } from '../cases/file-case.js';
import { actOnCase } from '../cases/act-on-case.js';
import { today } from '../today.js';
import { DALIAN_COURTS } from './dalian-courts.js';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.js';
import { seedCreditDemo } from './seed-credit-demo.js';

export interface SeedReport {
  courts: number;
  usersCreated: number;
  casesCreated: number;
}

/** Courts only: what every installation needs (idempotent). */
export async function seedCourts(ctx: ServiceContext): Promise<number> {
  for (const c of DALIAN_COURTS) {
    await upsertCourt(ctx.database.db, { id: c.id, code: c.code, name: c.name, name_en: c.nameEn, level: c.level, parent_id: c.parentId });
  }
  return DALIAN_COURTS.length;
}

async function actorOf(ctx: ServiceContext, username: string): Promise<Actor> {
  const u = await findUserByUsername(ctx.database.db, username);
  if (!u) throw new Error(`demo user ${username} missing`);
  const court = DALIAN_COURTS.find((c) => c.id === u.court_id)!;
  return { userId: u.id, username: u.username, displayName: u.display_name, role: u.role as Actor['role'], courtId: u.court_id, courtLevel: court.level };
}

/** Valid GB 32100 codes, one per demo company, so each is its own organisation on the credit list. */
const DEMO_CREDIT_CODES = ['91210202MA0Q1A2B6N', '91210202MA0Q1C4D00', '91210202MA0Q1E6F5B', '91210202MA0Q1G8HXH', '91210202MA0Q1J0K1X'];

function demoCase(n: number, filedOn: CivilDate, debtor: string): FileCaseRequest {
  return {
    caseType: 'first',
    filedOn,
    cause: ['民间借贷纠纷', '买卖合同纠纷', '劳动争议', '租赁合同纠纷'][n % 4]!,
    basis: {
      type: 'judgment',
      issuer: '大连市中山区人民法院',
      documentNumber: `（2025）辽0202民初${1000 + n}号`,
      effectiveDate: addDays(filedOn, -40),
      performanceDeadline: addDays(filedOn, -25),
    },
    applicants: [{ kind: 'person', name: ['张伟', '李娜', '王芳', '刘洋'][n % 4]!, idNumber: '11010519491231002X' }],
    debtors: [{ kind: 'organisation', name: debtor, creditCode: DEMO_CREDIT_CODES[n] ?? '91350100M000100Y43', legalRepresentative: '赵强' }],
    claims: [
      { kind: 'principal', amount: `${(n + 1) * 50000}.00` },
      { kind: 'costs', amount: '2150.00', description: '案件受理费' },
    ],
  };
}

/** Demo data for `npm start` on an empty store: the Dalian courts, demo accounts and a few cases. */
export async function seedDemo(ctx: ServiceContext): Promise<SeedReport> {
  const courts = await seedCourts(ctx);
  let usersCreated = 0;
  for (const u of DEMO_USERS) {
    if (await findUserByUsername(ctx.database.db, u.username)) continue;
    await createUserUnchecked(ctx.database.db, ctx, null, { username: u.username, displayName: u.displayName, password: DEMO_PASSWORD, role: u.role, courtId: u.courtId });
    usersCreated += 1;
  }
  let casesCreated = 0;
  if (usersCreated > 0) {
    const judge = await actorOf(ctx, 'judge.zs');
    const chief = await actorOf(ctx, 'chief.zs');
    const t = today(ctx.clock);
    const debtors = ['大连海星贸易有限公司', '大连北方建材有限公司', '大连金石物流有限公司', '大连蓝湾餐饮有限公司', '大连远航船舶服务有限公司'];
    const noticed: Array<{ id: string; debtorPartyId: string }> = [];
    for (let i = 0; i < debtors.length; i++) {
      const filed = await fileCase(ctx, judge, demoCase(i, addDays(t, -[2, 9, 20, 45, 120][i]!), debtors[i]!));
      casesCreated += 1;
      if (i >= 1) {
        const assigned = await actOnCase(ctx, chief, filed.id, { action: { type: 'assignHandler', handlerId: judge.userId }, expectedVersion: filed.version });
        if (i >= 3) {
          await actOnCase(ctx, judge, filed.id, { action: { type: 'serveNotice', servedOn: addDays(filed.filedOn, 3) }, expectedVersion: assigned.version });
          noticed.push({ id: filed.id, debtorPartyId: filed.parties.find((p) => p.partyRole === 'debtor')!.id });
        }
      }
    }
    await seedCreditDemo(ctx, { judge, president: await actorOf(ctx, 'president.zs'), admin: await actorOf(ctx, 'admin') }, noticed);
    const xg = await actorOf(ctx, 'judge.xg');
    await fileCase(ctx, xg, { ...demoCase(7, addDays(t, -15), '大连星海科技有限公司'), basis: { ...demoCase(7, addDays(t, -15), '').basis, issuer: '大连市西岗区人民法院', documentNumber: '（2025）辽0203民初88号' } });
    casesCreated += 1;
  }
  return { courts, usersCreated, casesCreated };
}
