/**
 * A generic loopback HTTP load generator in its own thread (so the clients' work does not block
 * the server's event loop): `concurrency` clients POST the given bodies round-robin with the given
 * headers for `warmupMs` (not counted), then for `durationMs`; every answer must have `expect`.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface PostJob {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  expect: number;
}

export interface PostResult {
  completed: number;
  failed: number;
  firstError: string | null;
  elapsedMs: number;
  latenciesMs: number[];
}

async function phase(job: PostJob, ms: number, offset: number): Promise<PostResult> {
  const latencies: number[] = [];
  let completed = 0;
  let failed = 0;
  let firstError: string | null = null;
  let next = offset;
  const start = performance.now();
  const deadline = start + ms;
  const client = async () => {
    while (performance.now() < deadline) {
      const body = job.bodies[next++ % job.bodies.length]!;
      const t0 = performance.now();
      try {
        const res = await fetch(job.url, { method: 'POST', headers: job.headers, body });
        const text = await res.text();
        if (res.status === job.expect) {
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
  return { completed, failed, firstError, elapsedMs: performance.now() - start, latenciesMs: latencies };
}

const job = workerData as PostJob;
const warm = await phase(job, job.warmupMs, 0);
const measured = await phase(job, job.durationMs, warm.completed + warm.failed);
parentPort!.postMessage({ ...measured, failed: measured.failed + warm.failed, firstError: warm.firstError ?? measured.firstError });
