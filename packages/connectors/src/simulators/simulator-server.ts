/**
 * The push transport of a reference institution, on loopback: the platform POSTs a signed request
 * to `/assist/v1/requests`; the institution acknowledges at once (202) and delivers each signed
 * reply later — after its latency, or as a fault would — to the platform's reply endpoint. A
 * delivery that fails is retried with back-off, as a real gateway would. `/admin/faults` switches
 * faults on and off while it runs (tests, benchmarks, an institution's own conformance runs).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AssistEnvelope } from '@zhixing/contracts';
import { SIMULATOR_FAULTS, SimulatorDownError, type InstitutionSimulator, type SimulatorFault } from './institution-simulator.js';

/** Delivers one reply to the platform; rejects when the platform did not take it. */
export type ReplySink = (envelope: AssistEnvelope) => Promise<void>;

export interface SimulatorServer {
  readonly url: string;
  readonly simulator: InstitutionSimulator;
  /** Replies not yet delivered (waiting for their latency, or being retried). */
  pending(): number;
  /** Deliveries the platform took (2xx) and deliveries it refused or that failed (each retry counts). */
  deliveries(): { accepted: number; failed: number };
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
const RETRY_DELAYS_MS = [100, 400, 1600, 6400];

/** A reply sink that POSTs JSON to a URL (the platform's reply endpoint). */
export function postTo(url: string): ReplySink {
  return async (envelope) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
    await res.arrayBuffer();
    if (res.status >= 300) throw new Error(`reply endpoint answered ${res.status}`);
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function startSimulatorServer(simulator: InstitutionSimulator, sink: ReplySink, options: { port?: number } = {}): Promise<SimulatorServer> {
  const timers = new Set<NodeJS.Timeout>();
  let closing = false;
  const count = { accepted: 0, failed: 0 };
  const deliver = (envelope: AssistEnvelope, delayMs: number, attempt: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      sink(envelope).then(
        () => {
          count.accepted += 1;
        },
        () => {
          count.failed += 1;
          const next = RETRY_DELAYS_MS[attempt];
          if (next !== undefined && !closing) deliver(envelope, next, attempt + 1);
        },
      );
    }, delayMs);
    timers.add(t);
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        if (req.method === 'GET' && req.url === '/health') return json(res, 200, { party: simulator.party, category: simulator.category, faults: simulator.faults, executed: simulator.executed, pending: timers.size, deliveries: { ...count } });
        if (req.method === 'POST' && req.url === '/admin/faults') {
          const body = JSON.parse(await readBody(req)) as { faults?: unknown };
          const faults = Array.isArray(body.faults) ? body.faults.filter((f): f is SimulatorFault => (SIMULATOR_FAULTS as readonly unknown[]).includes(f)) : [];
          simulator.setFaults(faults);
          return json(res, 200, { faults: simulator.faults });
        }
        if (req.method === 'POST' && req.url === '/assist/v1/requests') {
          let message: unknown;
          try {
            message = JSON.parse(await readBody(req));
          } catch {
            return json(res, 400, { error: 'MALFORMED', message: '请求体不是有效的 JSON / the body is not JSON' });
          }
          const deliveries = simulator.handle(message);
          for (const d of deliveries) deliver(d.envelope, d.delayMs, 0);
          return json(res, 202, { accepted: true });
        }
        json(res, 404, { error: 'NOT_FOUND' });
      } catch (error) {
        if (error instanceof SimulatorDownError) return json(res, 503, { error: 'DOWN', message: error.message });
        json(res, 500, { error: 'INTERNAL' });
      }
    })();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    simulator,
    pending: () => timers.size,
    deliveries: () => ({ ...count }),
    close: async () => {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
