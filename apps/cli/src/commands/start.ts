import { join } from 'node:path';
import type { Command } from '../command.js';
import { UsageError } from '../cli-errors.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { repoRoot } from '../repo-root.js';

/** Resolves with the first SIGINT/SIGTERM; a second one while stopping ends the process at once. */
function firstSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      const force = () => process.exit(130);
      process.once('SIGINT', force);
      process.once('SIGTERM', force);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** The platform: console + API + job loop, until Ctrl-C or SIGTERM. */
export const startCommand: Command = {
  words: ['start'],
  synopsis: 'zhixing start',
  summaryZh: '启动平台（控制台 + API + 后台任务），Ctrl-C 停止；PORT、HOST、SEED_DEMO、LOG_LEVEL 同服务器',
  summaryEn: 'Start the platform (console + API + jobs) until Ctrl-C; PORT, HOST, SEED_DEMO, LOG_LEVEL as for the server',
  options: [],
  examples: ['zhixing start', 'PORT=8080 DATA_DIR=/srv/zhixing zhixing start'],
  supportsJson: false,
  async run(args, { out, env, cwd }) {
    const { values } = parseCommandArgs(args, {});
    if (values.json) throw new UsageError('start 不支持 --json', 'start does not support --json');
    const stopping = firstSignal();
    // Loaded here so that the other commands do not pay for Fastify and its plugins.
    const { startServer } = await import('@zhixing/server');
    const server = await startServer({ env, cwd, webDir: join(repoRoot(), 'dist', 'web') });
    const signal = await stopping;
    out.info(`收到 ${signal}，正在停止… / ${signal} received, stopping…`);
    await server.stop();
    out.info('已停止 / Stopped');
    return 0;
  },
};
