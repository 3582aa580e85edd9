import { randomUUID } from 'node:crypto';
import { AppError, invalidField, splitBilingual, zCreateUserRequest, type CreateUserRequest, type UserView } from '@zhixing/contracts';
import { findCourt, findUserByUsername, insertUser, type Executor } from '@zhixing/db';
import type { Actor, ServiceContext } from '../context.js';
import { hashPassword } from '../auth/password.js';
import { recordEvent } from '../cases/record-event.js';
import { requireRole } from '../scope.js';
import { userView } from './list-users.js';

/** Creates an account; used by the API (administrators) and by the CLI / seed (actor null = system). */
export async function createUserUnchecked(db: Executor, ctx: Pick<ServiceContext, 'clock'>, actor: Actor | null, raw: CreateUserRequest): Promise<UserView> {
  // The CLI and the seed come here without the route's schema: validate with the same one.
  const parsed = zCreateUserRequest.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const { zh, en } = splitBilingual(i.message);
      return { in: 'body', path: i.path.map(String), messageZh: zh, messageEn: en };
    });
    throw new AppError('VALIDATION_FAILED', {
      zh: `账户信息有误：${issues.map((i) => `${i.path.join('.')} ${i.messageZh}`).join('；')}`,
      en: `Invalid account: ${issues.map((i) => `${i.path.join('.')} ${i.messageEn}`).join('; ')}`,
      details: { issues },
    });
  }
  const input = parsed.data;
  const court = await findCourt(db, input.courtId);
  if (!court) {
    throw invalidField('courtId', `法院不存在：${input.courtId}`, `no such court: ${input.courtId}`);
  }
  if (await findUserByUsername(db, input.username)) throw new AppError('ALREADY_EXISTS', { details: { field: 'username', value: input.username } });
  const passwordHash = await hashPassword(input.password);
  const user = await insertUser(db, {
    id: randomUUID(),
    username: input.username,
    display_name: input.displayName,
    password_hash: passwordHash,
    role: input.role,
    court_id: court.id,
  });
  await recordEvent(db, ctx.clock, actor, {
    courtId: court.id,
    caseId: null,
    action: 'createUser',
    after: { userId: user.id, username: user.username, role: user.role },
    summaryZh: `创建账户 ${user.username}（${user.role}）`,
    summaryEn: `Created account ${user.username} (${user.role})`,
  });
  return userView(user);
}

export async function createUser(ctx: ServiceContext, actor: Actor, input: CreateUserRequest): Promise<UserView> {
  requireRole(actor, ['admin']);
  return ctx.database.db.transaction().execute((trx) => createUserUnchecked(trx, ctx, actor, input));
}
