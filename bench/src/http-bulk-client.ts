/**
 * The agency side of the bulk benchmark, in its own process so reading the answer does not compete
 * with the server's event loop: uploads a CSV file and reads the NDJSON answer to its last line,
 * timing upload → complete result.
 */
import { readFileSync } from 'node:fs';

export interface BulkJob {
  url: string;
  headers: Record<string, string>;
  file: string;
}

export interface BulkOutcome {
  status: number;
  seconds: number;
  bytes: number;
  summary: Record<string, unknown> | null;
  error: string | null;
}

const job = await new Promise<BulkJob>((resolve) => process.once('message', (m) => resolve(m as BulkJob)));
const body = readFileSync(job.file);
const t0 = performance.now();
const res = await fetch(job.url, { method: 'POST', headers: job.headers, body });
let bytes = 0;
// Only the end matters (the summary line): keep the last two chunks, without decoding the rest.
let previous: Uint8Array = new Uint8Array(0);
let last: Uint8Array = new Uint8Array(0);
for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
  bytes += chunk.byteLength;
  previous = last;
  last = chunk;
}
const tail = Buffer.concat([previous, last]).toString('utf8');
const seconds = (performance.now() - t0) / 1000;
const lastLine = tail.trimEnd().split('\n').at(-1) ?? '';
let summary: Record<string, unknown> | null = null;
try {
  summary = JSON.parse(lastLine) as Record<string, unknown>;
} catch {
  summary = null;
}
const outcome: BulkOutcome = { status: res.status, seconds, bytes, summary, error: res.status === 200 ? null : lastLine.slice(0, 300) };
process.send!(outcome, () => process.exit(0));
