import { DEMO_PASSWORD, DEMO_USERS, seedCourts, seedDemo } from '@zhixing/services';
import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { withStore } from '../with-store.js';

/** Demo data (idempotent), or only the courts every installation needs. */
export const seedCommand: Command = {
  words: ['seed'],
  synopsis: 'zhixing seed [--courts-only]',
  summaryZh: '写入演示数据（大连两级法院、演示账户和案件；可重复运行），或仅写入法院',
  summaryEn: 'Seed demo data (the Dalian courts, demo accounts and cases; safe to rerun), or the courts only',
  options: [['--courts-only', '仅写入法院（生产环境用）', 'Only the courts (for production)']],
  examples: ['zhixing seed', 'zhixing seed --courts-only --json'],
  supportsJson: true,
  async run(args, { out, env, cwd }) {
    const { values } = parseCommandArgs(args, { 'courts-only': { type: 'boolean' } });
    const courtsOnly = values['courts-only'] ?? false;
    const report = await withStore(env, cwd, async ({ ctx }) =>
      courtsOnly ? { courts: await seedCourts(ctx), usersCreated: 0, casesCreated: 0 } : seedDemo(ctx),
    );
    out.result({ courtsOnly, ...report }, () => [
      `法院 ${report.courts} 个，新建账户 ${report.usersCreated} 个，新建案件 ${report.casesCreated} 件`,
      `Courts: ${report.courts}, accounts created: ${report.usersCreated}, cases created: ${report.casesCreated}`,
      ...(report.usersCreated > 0 ? [`演示账户（密码 ${DEMO_PASSWORD}）/ Demo logins (password ${DEMO_PASSWORD})：`, ...DEMO_USERS.map((u) => `  ${u.username.padEnd(16)} ${u.displayName}`)] : []),
    ]);
    return 0;
  },
};
