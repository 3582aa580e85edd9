/**
 * Starts the platform: opens the store (PGlite in DATA_DIR by default, or DATABASE_URL), migrates,
 * seeds on first run, serves console + API on one port, and runs the job loop.
 */
import { resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import {
  createServiceContext,
  dispatchAssistRequests,
  timeOutRequests,
  loadOrCreateSigningKey,
  migrateToLatest,
  openDatabase,
  runDueJobs,
  enqueueNotifications,
  deliverNotifications,
  transportsFromEnv,
  scheduleDailyScan,
  seedCourts,
  seedDemo,
  targetFromEnv,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_AGENCY_KEY,
} from '@zhixing/services';
import { buildApp } from './build-app.js';
import { startJobLoop } from './job-loop.js';

export interface StartOptions {
  env: Record<string, string | undefined>;
  cwd: string;
  webDir: string | null;
  print?: (line: string) => void;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const target = targetFromEnv(options.env, options.cwd);
  const database = await openDatabase(target, {
    onIdleClientError: (error) => process.stderr.write(`[db] idle connection closed by the server: ${error.message}\n`),
  });
  await migrateToLatest(database.db);
  const ctx = createServiceContext(database);
  // Demo data on first run: yes for embedded PGlite, no for a PostgreSQL server unless SEED_DEMO=1.
  const demo = options.env.SEED_DEMO ? options.env.SEED_DEMO === '1' : target.kind === 'pglite';
  const seeded = demo ? await seedDemo(ctx) : { courts: await seedCourts(ctx), usersCreated: 0, casesCreated: 0 };
  await scheduleDailyScan(ctx, true);
  // The key that signs requests to institutions lives beside the data, never in the database (ADR 0009).
  const keyFile = options.env.ZX_ASSIST_SIGNING_KEY_FILE ?? resolve(options.cwd, options.env.DATA_DIR?.trim() && options.env.DATA_DIR !== ':memory:' ? options.env.DATA_DIR : './data', 'keys', 'assist-signing.json');
  const assistSigner = loadOrCreateSigningKey(keyFile, ctx.clock.now());
  const app = await buildApp({ ctx, webDir: options.webDir, logger: options.env.LOG_LEVEL !== 'silent', secureCookies: options.env.SECURE_COOKIES === '1', assistSigner });
  const port = Number(options.env.PORT ?? 3000);
  const host = options.env.HOST ?? '127.0.0.1';
  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`;
  // Each tick runs the due jobs, pushes the due requests to institutions, marks the unanswered
  // ones past their answer time (ADR 0009), and turns new public nodes of followed cases into
  // notifications and sends them (ADR 0013).
  const transports = transportsFromEnv(options.env, (line) => app.log.info(line));
  const jobs = startJobLoop(
    async () => (await runDueJobs(ctx)) + (await dispatchAssistRequests(ctx)) + (await timeOutRequests(ctx)) + (await enqueueNotifications(ctx)) + (await deliverNotifications(ctx, transports)),
    () => scheduleDailyScan(ctx, false),
    (error) => app.log.error({ err: error }, 'job loop'),
  );
  print('');
  print(`执行 Zhixing is running at ${url}  (API docs: ${url}api/docs)`);
  print(`Database: ${database.describe}`);
  if (demo) {
    print(`Demo data: ${seeded.usersCreated ? 'seeded now' : 'already present'}. Demo logins (password ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) print(`  ${u.username.padEnd(16)} ${u.displayName}`);
    print(`Demo agency key (/api/agency/v1, see docs/agency-api.md): ${DEMO_AGENCY_KEY}`);
  }
  print('');
  return {
    app,
    url,
    async stop() {
      await jobs.stop();
      await app.close();
      await database.close();
    },
  };
}
