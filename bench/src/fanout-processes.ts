/**
 * The processes of the fan-out benchmark: the 13 reference institutions, each in a process of its
 * own exactly as `npm run simulators` starts them (packages/connectors simulator-process.ts, one
 * per category, SM2 and Ed25519 keys alternating), and the CPU time of any of our child processes
 * read from /proc (Linux; null elsewhere).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INSTITUTION_CATEGORY_LIST } from '@zhixing/domain';
import type { SimulatorProcessJob, SimulatorProcessReady } from '../../packages/connectors/src/simulators/simulator-process.js';

const SIMULATOR_SCRIPT = fileURLToPath(new URL('../../packages/connectors/src/simulators/simulator-process.ts', import.meta.url));
const TICKS_PER_SEC = 100;

export interface SimulatorFleet {
  readonly ready: readonly SimulatorProcessReady[];
  readonly pids: readonly number[];
  /** The push endpoint of each institution code. */
  readonly endpoints: ReadonlyMap<string, string>;
  stop(): Promise<void>;
}

/** Waits for a child to exit, signalling it first (SIGTERM, then SIGKILL after 5 s). */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(hard);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts one simulator per category, listening on loopback (ephemeral ports), trusting the court
 * keys in `courtKeysFile` and posting their replies to `replyUrl` after `latencyMs`.
 */
export async function startSimulators(options: { courtKeysFile: string; replyUrl: string; latencyMs: { min: number; max: number } }): Promise<SimulatorFleet> {
  const children: ChildProcess[] = [];
  try {
    const ready = await Promise.all(
      INSTITUTION_CATEGORY_LIST.map(
        (category, i) =>
          new Promise<SimulatorProcessReady>((done, failed) => {
            const child = fork(SIMULATOR_SCRIPT, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
            children.push(child);
            const job: SimulatorProcessJob = { category, code: `sim-${category}`, port: 0, alg: i % 2 === 0 ? 'SM2-SM3' : 'Ed25519', courtKeysFile: options.courtKeysFile, replyUrl: options.replyUrl, latencyMs: options.latencyMs };
            const exited = (code: number | null) => failed(new Error(`simulator ${category} exited with ${String(code)}`));
            child.once('exit', exited);
            child.once('message', (m) => {
              child.off('exit', exited);
              done(m as SimulatorProcessReady);
            });
            child.send(job);
          }),
      ),
    );
    return {
      ready,
      pids: children.map((c) => c.pid!),
      endpoints: new Map(ready.map((r) => [r.code, `${r.url}/assist/v1/requests`])),
      stop: async () => {
        await Promise.all(children.map(stopChild));
      },
    };
  } catch (error) {
    await Promise.all(children.map(stopChild));
    throw error;
  }
}

/** User + system CPU time of each given process (all its threads), ms; a process gone is left out. */
export function processCpuByPid(pids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  if (process.platform !== 'linux') return out;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC);
    } catch {
      // the process ended
    }
  }
  return out;
}

/** User + system CPU time of the given processes, ms (0 for a process gone); null off Linux. */
export function processCpuMs(pids: readonly number[]): number | null {
  if (process.platform !== 'linux') return null;
  let ms = 0;
  for (const v of processCpuByPid(pids).values()) ms += v;
  return ms;
}

/** CPU spent since `before` by the processes now in `pids` (a process new since then counts from 0). */
export function cpuSpentSince(before: ReadonlyMap<number, number>, pids: readonly number[]): number | null {
  if (process.platform !== 'linux') return null;
  let ms = 0;
  for (const [pid, v] of processCpuByPid(pids)) ms += v - (before.get(pid) ?? 0);
  return ms;
}

/** A process's peak resident memory (VmHWM), MiB; null when gone or off Linux. */
export function peakRssMiB(pid: number): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round((Number(m[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}
