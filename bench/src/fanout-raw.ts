/**
 * The simulators' own rate (fan-out benchmark, "raw" side): the very requests the platform queued
 * — the same signed envelopes, read from the outbox — posted straight to the 13 simulator
 * processes by a plain keep-alive HTTP client with a fixed number in flight, and a bare reply sink
 * that takes each signed reply (200, nothing checked but which request it answers). A request
 * counts when its reply has arrived; the rate is requests over the seconds from the first post to
 * the last reply. The client and the sink run in this process, on the cores the simulators use.
 */
import { Agent, createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { processCpuMs } from './fanout-processes.js';
import { round, summarise, type LatencySummary } from './stats.js';

export interface RawRequest {
  /** The request's message id (its reply names it in `inReplyTo`). */
  readonly id: string;
  /** The simulator's push endpoint. */
  readonly endpoint: string;
  /** The envelope as the dispatcher posts it (`JSON.stringify` of the stored envelope). */
  readonly body: string;
}

export interface RawResult {
  requests: number;
  replies: number;
  seconds: number;
  requestsPerSec: number;
  concurrency: number;
  /** Answers other than 202 from the simulators. */
  unexpectedStatus: number;
  /** Posts whose connection failed (each posted again, as the dispatcher would), by error code. */
  transportErrors: number;
  transportErrorCodes: Record<string, number>;
  /** Replies naming a request already answered (none expected). */
  duplicateReplies: number;
  /** Replies that were signed rejections rather than inquiry results (none expected). */
  rejections: number;
  holdings: number;
  /** From posting a request to its reply arriving at the sink. */
  latency: LatencySummary;
  cpuMsPerRequest: { simulators: number | null; driver: number };
  /** The rounds combined (before and after the end-to-end measurement). */
  rounds?: Array<{ requests: number; seconds: number; requestsPerSec: number }>;
}

/** One raw round: its result and its latency samples (to combine rounds). */
export type RawRound = RawResult & { samples: number[] };

type ReplyHandler = (requestId: string, body: { type?: string; holdings?: unknown[] }) => void;

export interface ReplySink {
  readonly url: string;
  onReply(handler: ReplyHandler): void;
  close(): Promise<void>;
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A reply sink on loopback: hands each reply's `inReplyTo` and body to the current handler, answers 200. */
export async function startReplySink(): Promise<ReplySink> {
  let handler: ReplyHandler = () => {};
  const server = createServer((req, res) => {
    void readAll(req).then((text) => {
      let reply: { inReplyTo?: string; body?: { type?: string; holdings?: unknown[] } } = {};
      try {
        reply = JSON.parse(text) as typeof reply;
      } catch {
        // counted as nothing
      }
      if (typeof reply.inReplyTo === 'string') handler(reply.inReplyTo, reply.body ?? {});
      const out = '{"outcome":"booked"}';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': out.length });
      res.end(out);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/replies`,
    onReply: (h) => {
      handler = h;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The rounds as one result: requests over the sum of the rounds' seconds, CPU weighted by requests.
 * (Run before and after the end-to-end measurement, the rounds bracket it in time, so a change in
 * the machine's other load weighs on both sides.)
 */
export function combineRaw(rounds: readonly RawRound[]): RawResult {
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const sum = (f: (r: RawResult) => number) => rounds.reduce((s, r) => s + f(r), 0);
  const codes: Record<string, number> = {};
  for (const r of rounds) for (const [k, v] of Object.entries(r.transportErrorCodes)) codes[k] = (codes[k] ?? 0) + v;
  const simulators = rounds.every((r) => r.cpuMsPerRequest.simulators !== null) ? round(sum((r) => r.cpuMsPerRequest.simulators! * r.requests) / requests, 3) : null;
  return {
    requests,
    replies: sum((r) => r.replies),
    seconds: round(seconds, 3),
    requestsPerSec: round(requests / seconds, 1),
    concurrency: rounds[0]?.concurrency ?? 0,
    unexpectedStatus: sum((r) => r.unexpectedStatus),
    transportErrors: sum((r) => r.transportErrors),
    transportErrorCodes: codes,
    duplicateReplies: sum((r) => r.duplicateReplies),
    rejections: sum((r) => r.rejections),
    holdings: sum((r) => r.holdings),
    latency: summarise(rounds.flatMap((r) => r.samples)),
    cpuMsPerRequest: { simulators, driver: round(sum((r) => r.cpuMsPerRequest.driver * r.requests) / requests, 3) },
    rounds: rounds.map((r) => ({ requests: r.requests, seconds: r.seconds, requestsPerSec: r.requestsPerSec })),
  };
}

/** Posts every request (at most `concurrency` awaiting their 202) and waits for every reply. */
export async function runRaw(requests: readonly RawRequest[], sink: ReplySink, simulatorPids: readonly number[], options: { concurrency: number; stallMs: number; log: (line: string) => void }): Promise<RawRound> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let replies = 0;
  let duplicateReplies = 0;
  let rejections = 0;
  let holdings = 0;
  let unexpectedStatus = 0;
  let transportErrors = 0;
  let lastReplyAt = 0;
  let lastProgress = performance.now();
  let finish: () => void = () => {};
  const allReplied = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const answered = new Set<string>();
  sink.onReply((requestId, body) => {
    const t = performance.now();
    const sent = sentAt.get(requestId);
    if (sent === undefined) return;
    if (answered.has(requestId)) {
      duplicateReplies += 1;
      return;
    }
    answered.add(requestId);
    replies += 1;
    lastReplyAt = t;
    lastProgress = t;
    latencies.push(t - sent);
    if (body.type === 'inquiryResult') holdings += body.holdings?.length ?? 0;
    else rejections += 1;
    if (replies === requests.length) finish();
  });

  const errors = new Map<string, number>();
  /** One attempt; false when the connection failed (the request is then posted again, as the dispatcher would). */
  const attempt = (r: RawRequest): Promise<boolean> =>
    new Promise((resolve) => {
      const url = new URL(r.endpoint);
      const req = httpRequest({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) } }, (res) => {
        if (res.statusCode !== 202) unexpectedStatus += 1;
        res.resume();
        res.on('end', () => resolve(true));
        res.on('error', () => resolve(true));
      });
      req.on('error', (error: NodeJS.ErrnoException) => {
        transportErrors += 1;
        const key = error.code ?? error.message;
        errors.set(key, (errors.get(key) ?? 0) + 1);
        resolve(false);
      });
      if (!sentAt.has(r.id)) sentAt.set(r.id, performance.now());
      req.end(r.body);
    });
  const post = async (r: RawRequest): Promise<void> => {
    for (let i = 0; i < 5 && !(await attempt(r)); i++) {
      /* posted again at once */
    }
  };

  const cpuSims = processCpuMs(simulatorPids);
  const cpuSelf = process.cpuUsage();
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const r = requests[next++]!;
      await post(r);
    }
  };
  const stall = setInterval(() => {
    const idle = performance.now() - lastProgress;
    if (idle > options.stallMs) {
      options.log(`raw: no reply for ${Math.round(idle / 1000)} s (${replies} of ${requests.length}): giving up`);
      finish();
    }
  }, 1000);
  const progress = setInterval(() => options.log(`raw: ${replies.toLocaleString('en-US')} of ${requests.length.toLocaleString('en-US')} replies`), 15_000);
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency, requests.length) }, lane));
    await allReplied;
  } finally {
    clearInterval(stall);
    clearInterval(progress);
    agent.destroy();
  }
  const cpuSelfUsed = process.cpuUsage(cpuSelf);
  const cpuSimsAfter = processCpuMs(simulatorPids);
  const seconds = (lastReplyAt - start) / 1000;
  if (replies < requests.length) throw new Error(`raw run incomplete: ${replies} replies of ${requests.length} (${unexpectedStatus} unexpected answers, transport errors ${JSON.stringify(Object.fromEntries(errors))})`);
  return {
    requests: requests.length,
    replies,
    seconds: round(seconds, 3),
    requestsPerSec: round(requests.length / seconds, 1),
    concurrency: options.concurrency,
    unexpectedStatus,
    transportErrors,
    transportErrorCodes: Object.fromEntries(errors),
    duplicateReplies,
    rejections,
    holdings,
    latency: summarise(latencies),
    samples: latencies,
    cpuMsPerRequest: {
      simulators: cpuSims === null || cpuSimsAfter === null ? null : round((cpuSimsAfter - cpuSims) / requests.length, 3),
      driver: round((cpuSelfUsed.user + cpuSelfUsed.system) / 1000 / requests.length, 3),
    },
  };
}
