import { ROLES, ROLE_LABELS, isRole } from '@zhixing/domain';
import { createUserUnchecked, seedCourts } from '@zhixing/services';
import { CliFailure, UsageError } from '../cli-errors.js';
import type { Command } from '../command.js';
import { parseCommandArgs, required } from '../parse-command-args.js';
import { resolveCourt } from '../resolve-court.js';
import { withStore } from '../with-store.js';

// The account rules themselves (username pattern, password length…) are checked by the service
// with the API's schema; a violation is a usage error (exit 2).
const PASSWORD_MIN = 10;
const DEFAULT_COURT = '辽02';

function checked(values: { username?: string | undefined; password?: string | undefined; role?: string | undefined; name?: string | undefined }) {
  const username = required(values.username, '--username', { zh: '用户名', en: 'username' }).trim();
  const password = required(values.password, '--password', { zh: '初始密码', en: 'initial password' });
  const role = required(values.role, '--role', { zh: '角色', en: 'role' }).trim();
  if (!isRole(role)) {
    throw new UsageError(
      `--role 不是已知角色：${role}。可用：${ROLES.map((r) => `${r}（${ROLE_LABELS[r].zh}）`).join('、')}`,
      `--role names no known role: ${role}. Known: ${ROLES.join(', ')}`,
    );
  }
  const displayName = (values.name ?? username).trim();
  return { username, password, role, displayName };
}

function isAlreadyExists(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ALREADY_EXISTS';
}

/** Creates a staff account directly in the store (the first administrator of an installation, typically). */
export const userCreateCommand: Command = {
  words: ['user', 'create'],
  synopsis: 'zhixing user create --username <U> --password <P> --role <角色 role> [--court <法院 court>] [--name <显示名>]',
  summaryZh: '创建工作人员账户（直接写入数据库，记入审计链）',
  summaryEn: 'Create a staff account (written to the store directly, recorded in the audit chain)',
  options: [
    ['--username <U>', '用户名：3–32 位小写字母、数字、_.-', 'Username: 3–32 lowercase letters, digits, _ . -'],
    ['--password <P>', `初始密码，至少 ${PASSWORD_MIN} 位`, `Initial password, at least ${PASSWORD_MIN} characters`],
    ['--role <角色>', ROLES.join(' | '), ROLES.map((r) => ROLE_LABELS[r].en).join(', ')],
    ['--court <法院>', `案号法院代字（如 辽0202）或法院编号（如 210202）；默认 ${DEFAULT_COURT}（市中院）`, `Case-number court code (e.g. 辽0202) or court id (e.g. 210202); default ${DEFAULT_COURT} (intermediate court)`],
    ['--name <显示名>', '显示名，默认同用户名', 'Display name, default: the username'],
  ],
  examples: ['zhixing user create --username admin2 --password "Change-me-2026" --role admin', 'zhixing user create --username judge.jz --password "Change-me-2026" --role judge --court 辽0213 --name 金法官'],
  supportsJson: true,
  async run(args, { out, env, cwd }) {
    const { values } = parseCommandArgs(args, {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      court: { type: 'string' },
      name: { type: 'string' },
    });
    const input = checked(values);
    const { user, court } = await withStore(env, cwd, async ({ database, ctx }) => {
      await seedCourts(ctx);
      const court = await resolveCourt(ctx, values.court ?? DEFAULT_COURT);
      try {
        const user = await database.db.transaction().execute((trx) => createUserUnchecked(trx, ctx, null, { ...input, courtId: court.id }));
        return { user, court };
      } catch (error) {
        if (!isAlreadyExists(error)) throw error;
        throw new CliFailure('ALREADY_EXISTS', `用户名已存在：${input.username}`, `The username is already taken: ${input.username}`, { field: 'username', value: input.username });
      }
    });
    out.result({ user, court }, () => [
      `已创建账户 / Account created：${user.username}（${user.displayName}）`,
      `角色 / Role：${ROLE_LABELS[user.role].zh} ${user.role}`,
      `法院 / Court：${court.name}（${court.code}，${court.id}） ${court.nameEn}`,
    ]);
    return 0;
  },
};
