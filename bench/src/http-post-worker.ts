/**
 * The loopback HTTP load generator of the credit benchmark, in its own process (autocannon
 * behaves differently inside a worker thread) so the clients' work does not block the server's
 * event loop: autocannon (raw HTTP/1.1 over keep-alive sockets,
 * far cheaper per request than fetch, so the server rather than the client is what is measured)
 * cycles through the given bodies on `connections` sockets for `warmupMs` (not counted), then
 * for `durationMs`. Every answer must have status `expect`.
 */
import autocannon from 'autocannon';

export interface PostJob {
  url: string;
  headers: Record<string, string>;
  bodies: string[];
  connections: number;
  warmupMs: number;
  durationMs: number;
  expect: number;
}

export interface PostResult {
  requests: number;
  /** Requests answered during the warm-up (for CPU time per request over the whole load). */
  warmupRequests: number;
  requestsPerSec: number;
  unexpected: number;
  errors: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

function run(job: PostJob, ms: number): Promise<autocannon.Result> {
  return autocannon({
    url: job.url,
    method: 'POST',
    headers: job.headers,
    connections: job.connections,
    pipelining: 1,
    duration: ms / 1000,
    requests: job.bodies.map((body) => ({ method: 'POST', body })),
    expectBody: undefined,
  });
}

const job = await new Promise<PostJob>((resolve) => process.once('message', (m) => resolve(m as PostJob)));
const warm = await run(job, job.warmupMs);
const r = await run(job, job.durationMs);
const unexpected = job.expect === 200 ? r.non2xx : r.non2xx + r['2xx'];
const result: PostResult = {
  requests: r.requests.total,
  warmupRequests: warm.requests.total,
  requestsPerSec: r.requests.total / (job.durationMs / 1000),
  unexpected,
  errors: r.errors + r.timeouts,
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.average },
};
process.send!(result, () => process.exit(0));
