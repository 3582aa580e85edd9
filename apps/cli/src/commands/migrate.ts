import type { Command } from '../command.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { withStore } from '../with-store.js';

/** Brings the schema of the store to the latest version and says which migrations ran. */
export const migrateCommand: Command = {
  words: ['migrate'],
  synopsis: 'zhixing migrate',
  summaryZh: '将数据库结构迁移到最新版本，并列出本次执行的迁移',
  summaryEn: 'Migrate the store to the latest schema and list the migrations applied',
  options: [],
  examples: ['DATA_DIR=/srv/zhixing zhixing migrate', 'DATABASE_URL=postgres://zhixing@db/zhixing zhixing migrate --json'],
  supportsJson: true,
  async run(args, { out, env, cwd }) {
    parseCommandArgs(args, {});
    const { applied, database } = await withStore(env, cwd, (store) => Promise.resolve({ applied: store.applied, database: store.database.describe }));
    out.result({ applied, database }, () =>
      applied.length === 0
        ? [`数据库已是最新版本 / The store is already up to date`, `数据库 / Database：${database}`]
        : [`已执行 ${applied.length} 个迁移 / Applied ${applied.length} migration(s)：`, ...applied.map((m) => `  ${m}`), `数据库 / Database：${database}`],
    );
    return 0;
  },
};
