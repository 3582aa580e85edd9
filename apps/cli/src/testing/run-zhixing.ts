/**
 * Test helper: runs the real CLI in a child process (tsx, repository root as cwd) with its own
 * store, and collects exit code, stdout and stderr.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../..', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh empty DATA_DIR; DATABASE_URL is never inherited, so tests cannot touch a real server. */
export function freshDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'zhixing-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function runZhixing(args: readonly string[], options: { dataDir: string; entry?: string }): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, DATA_DIR: options.dataDir, NODE_OPTIONS: '' };
  delete env.DATABASE_URL;
  const entry = options.entry ?? 'apps/cli/src/main.ts';
  const nodeArgs = entry.endsWith('.ts') ? ['--import', 'tsx', entry, ...args] : [entry, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses stdout, which in --json mode must be exactly one JSON document. */
export function jsonOf(run: CliRun): Record<string, unknown> {
  try {
    return JSON.parse(run.stdout) as Record<string, unknown>;
  } catch {
    throw new Error(`stdout is not one JSON document (exit ${String(run.code)}):\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
  }
}
