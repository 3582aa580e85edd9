/**
 * Benchmark 3 — audit chain verification rate: `verifyCourtChain` over a long chain (reads the
 * events a page at a time, checks each payload's header against the columns, SM3-hashes the
 * previous hash and the payload, and compares) against raw SM3 hashing of the very same bytes in a
 * loop. The two intermediate steps are timed too — reading the pages alone, and building the
 * hashed bytes alone — to show where verification spends its time.
 */
import { chainPage, sm3Hex, type ChainLink, type Executor } from '@zhixing/db';
import { verifyCourtChain } from '@zhixing/services';
import { elapsedMs, median, now, round } from './stats.js';

const PAGE = 5000;

export interface AuditChainResult {
  courtId: string;
  events: number;
  repetitions: number;
  verifyMs: number[];
  rawSm3Ms: number[];
  verifyEventsPerSec: number;
  rawSm3EventsPerSec: number;
  ratio: number;
  breakdown: { readPagesEventsPerSec: number; eventBytesEventsPerSec: number; bytesPerEventMean: number };
}

async function readAll(db: Executor, courtId: string): Promise<ChainLink[]> {
  const out: ChainLink[] = [];
  for (;;) {
    const page = await chainPage(db, courtId, out.length, PAGE);
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

export async function benchAuditChain(db: Executor, courtId: string, repetitions: number): Promise<AuditChainResult> {
  const verifyMs: number[] = [];
  const readMs: number[] = [];
  const bytesMs: number[] = [];
  const rawSm3Ms: number[] = [];
  let events = 0;
  let last = '';
  let rows: ChainLink[] = [];
  let bytes: string[] = [];
  // The four measurements are interleaved, round after round, so a busy moment of the machine
  // hits them alike; round 0 warms up and is not recorded.
  for (let r = 0; r <= repetitions; r++) {
    let start = now();
    const report = await verifyCourtChain(db, courtId);
    const verify = elapsedMs(start);
    if (!report.valid) throw new Error(`chain of ${courtId} does not verify: ${JSON.stringify(report.firstBroken)}`);
    events = report.events;

    start = now();
    rows = await readAll(db, courtId);
    const read = elapsedMs(start);
    if (rows.length !== events) throw new Error(`read ${rows.length} events, verification saw ${events}`);

    start = now();
    // The bytes chainHash hashes: the previous hash, a newline, the payload.
    bytes = rows.map((e) => `${e.prev_hash}\n${e.payload}`);
    const build = elapsedMs(start);

    start = now();
    for (const b of bytes) last = sm3Hex(b);
    const sm3 = elapsedMs(start);
    if (last !== rows.at(-1)?.hash) throw new Error('raw SM3 of the last event does not match its stored hash');

    if (r > 0) {
      verifyMs.push(verify);
      readMs.push(read);
      bytesMs.push(build);
      rawSm3Ms.push(sm3);
    }
  }

  const rate = (ms: number[]) => Math.round(events / (median(ms) / 1000));
  const verifyRate = rate(verifyMs);
  const rawRate = rate(rawSm3Ms);
  return {
    courtId,
    events,
    repetitions,
    verifyMs: verifyMs.map((v) => round(v)),
    rawSm3Ms: rawSm3Ms.map((v) => round(v)),
    verifyEventsPerSec: verifyRate,
    rawSm3EventsPerSec: rawRate,
    ratio: round(verifyRate / rawRate, 3),
    breakdown: {
      readPagesEventsPerSec: rate(readMs),
      eventBytesEventsPerSec: rate(bytesMs),
      bytesPerEventMean: Math.round(bytes.reduce((s, b) => s + Buffer.byteLength(b), 0) / bytes.length),
    },
  };
}
