/**
 * Starts the whole platform the way an operator does (`zhixing start`), on a free port with a
 * fresh data directory, and stops it afterwards. The embedded PGlite is migrated and seeded on
 * first run; with DATABASE_URL set, that database is used instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunningPlatform {
  readonly baseUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** What the server printed so far (for failure messages). */
  readonly output: () => string;
  /** A message with the server's last output if it is no longer running, else null. */
  readonly deathNotice: () => string | null;
  readonly stop: () => Promise<void>;
  /** Kills the server at once (SIGKILL, as a crash or a power cut would), keeping its data. */
  readonly kill: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, (await stat(path.join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

/** The server serves dist/web: build the console when it is missing or older than its sources. */
export async function ensureWebBuilt(): Promise<void> {
  const index = path.join(REPO_ROOT, 'dist/web/index.html');
  const built = await stat(index).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newestMtime(path.join(REPO_ROOT, 'apps/web/src')), await newestMtime(path.join(REPO_ROOT, 'packages/contracts/src')));
  if (built > sources) return;
  const vite = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer /api/health within ${timeoutMs} ms:\n${output()}`);
}

/**
 * `dataDir`: start on a data directory of a platform stopped before (a restart: its start-up scans
 * run again); the directory is then the caller's to delete.
 */
export async function startPlatform(options: { timeoutMs?: number; dataDir?: string } = {}): Promise<RunningPlatform> {
  await ensureWebBuilt();
  const port = await freePort();
  const ownsData = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'zhixing-e2e-')));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, TZ: process.env['TZ'] ?? 'Asia/Shanghai' };
  // DATABASE_URL, when set, is inherited and makes the server use that PostgreSQL instead of PGlite.

  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'start'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    if (ownsData) await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output, options.timeoutMs ?? 90_000);
  } catch (error) {
    await stop();
    throw error;
  }
  let stopping = false;
  const deathNotice = () =>
    !stopping && (child.exitCode !== null || child.signalCode !== null)
      ? `the server stopped unexpectedly (code ${child.exitCode}, signal ${child.signalCode}):\n${output()}`
      : null;
  const stopOnce = async () => {
    stopping = true;
    await stop();
  };
  const kill = async () => {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGKILL');
      await exited;
    }
  };
  return { baseUrl, port, dataDir, output, deathNotice, stop: stopOnce, kill };
}
