/**
 * The load generator of benchmark 1, in its own thread so the clients' work does not block the
 * server's event loop: `concurrency` clients POST filings over loopback HTTP (node's fetch, keep-
 * alive) with the session cookie and the CSRF header, first for `warmupMs` (not counted), then for
 * `durationMs`. Every request must answer 201.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  url: string;
  cookie: string;
  csrf: string;
  bodies: string[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  completed: number;
  failed: number;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
  /** CPU time of this client thread during the phase. */
  clientCpuMs: number;
}

async function phase(job: LoadJob, ms: number, offset: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let completed = 0;
  let failed = 0;
  let firstError: string | null = null;
  let next = offset;
  const cpu = process.threadCpuUsage();
  const start = performance.now();
  const deadline = start + ms;
  const client = async () => {
    while (performance.now() < deadline) {
      const body = job.bodies[next++ % job.bodies.length]!;
      const t0 = performance.now();
      try {
        const res = await fetch(job.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: job.cookie, 'x-csrf-token': job.csrf },
          body,
        });
        const text = await res.text();
        if (res.status === 201) {
          completed += 1;
          latencies.push(performance.now() - t0);
        } else {
          failed += 1;
          firstError ??= `${res.status} ${text.slice(0, 300)}`;
        }
      } catch (error) {
        failed += 1;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  const elapsedMs = performance.now() - start;
  const used = process.threadCpuUsage(cpu);
  return { completed, failed, firstError, elapsedMs, latenciesMs: latencies, clientCpuMs: (used.user + used.system) / 1000 };
}

const job = workerData as LoadJob;
const warm = await phase(job, job.warmupMs, 0);
parentPort!.postMessage({ type: 'measuring' });
const measured = await phase(job, job.durationMs, warm.completed + warm.failed);
parentPort!.postMessage({ type: 'done', ...measured, failed: measured.failed + warm.failed, firstError: warm.firstError ?? measured.firstError });
