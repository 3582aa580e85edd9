/**
 * Where the platform process's time goes: reads the V8 CPU profile it sampled over the measured
 * window (`npm run bench -- fanout --cpu-prof`, fanout-platform.ts) and sums self time by function
 * and by area (the SM2 library, the PostgreSQL driver, Kysely, Fastify, zod, fetch, our own code,
 * GC …), idle time left out. The samples are wall-clock ones: on a machine short of cores, time the
 * process waited for a core shows where it was preempted (often a socket write that woke a peer).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ProfileSummary } from './fanout-results.js';
import { round } from './stats.js';

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const AREAS: ReadonlyArray<readonly [RegExp, string]> = [
  [/sm-crypto|@noble/, 'SM2 / SM3 (sm-crypto-v2, noble-curves)'],
  [/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-)/, 'PostgreSQL driver (pg)'],
  [/node_modules\/kysely/, 'Kysely'],
  [/node_modules\/(fastify|@fastify|find-my-way|light-my-request|avvio|pino|fast-json-stringify|fast-querystring|secure-json-parse|toad-cache|fastify-type-provider-zod)/, 'Fastify'],
  [/node_modules\/zod/, 'zod'],
  [/node:internal\/deps\/undici|undici/, 'fetch (undici)'],
  [/node_modules\/(tsx|esbuild|get-tsconfig)/, 'tsx loader'],
  [/packages\/connectors\//, 'packages/connectors (protocol)'],
  [/packages\/db\//, 'packages/db'],
  [/packages\/services\//, 'packages/services'],
  [/packages\/domain\//, 'packages/domain'],
  [/packages\/contracts\//, 'packages/contracts'],
  [/apps\/server\//, 'apps/server'],
  [/^node:|^internal\//, 'Node.js internals (http, net, streams, crypto …)'],
];

function areaOf(node: CpuProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(garbage collector)') return 'GC';
  if (functionName === '(program)') return 'V8 / native (program)';
  if (!url) return 'native / builtins (socket writes …)';
  for (const [re, name] of AREAS) if (re.test(url)) return name;
  return 'other JavaScript';
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  let busyUs = 0;
  const byFn = new Map<string, { fn: string; where: string; us: number }>();
  const byArea = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const nd = byId.get(id)!;
    if (nd.callFrame.functionName === '(idle)') continue;
    busyUs += us;
    const where = nd.callFrame.url ? `${nd.callFrame.url.replace(/^file:\/\/.*?\/(node_modules|packages|apps|bench)\//, '$1/')}:${nd.callFrame.lineNumber + 1}` : '';
    const key = `${nd.callFrame.functionName}|${where}`;
    const entry = byFn.get(key) ?? { fn: nd.callFrame.functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    byFn.set(key, entry);
    const area = areaOf(nd);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
  }
  const pct = (us: number) => round((100 * us) / busyUs, 1);
  return {
    file: basename(file),
    sampledMs: round(busyUs / 1000, 0),
    top: [...byFn.values()].sort((a, b) => b.us - a.us).slice(0, 15).map((e) => ({ fn: e.fn, where: e.where, selfPct: pct(e.us) })),
    byArea: Object.fromEntries([...byArea.entries()].sort((a, b) => b[1] - a[1]).map(([k, us]) => [k, pct(us)])),
  };
}
