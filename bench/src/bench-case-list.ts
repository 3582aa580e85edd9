/**
 * Benchmark 2 — the case list at 100,000 cases: the service `listCases` (scope check, the count
 * query and the page query of packages/db `listCases`) timed call by call, one client, for a mix
 * of the lists the console shows. The target (p95 ≤ 50 ms on PostgreSQL) applies to the five
 * court-scoped kinds; the two city-wide kinds (the city supervisor over all 11 courts) are
 * reported beside them.
 */
import { DALIAN_COURTS, listCases, type Actor, type ServiceContext } from '@zhixing/services';
import type { ListCasesQuery } from '@zhixing/contracts';
import { findUserByUsername } from '@zhixing/db';
import { actorOf } from './bench-setup.js';
import { COMPANY_PLACES } from './generate-cases.js';
import { capturingContext, explainAnalyze } from './query-capture.js';
import { elapsedMs, now, summarise, type LatencySummary } from './stats.js';

export const LIST_KINDS = ['court', 'court+stage', 'court+overdue', 'court+search', 'court+deepPage', 'cityWide', 'cityWide+search'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
/** The kinds the issue names; the target is their p95. */
export const TARGET_KINDS: readonly ListKind[] = ['court', 'court+stage', 'court+overdue', 'court+search', 'court+deepPage'];

const STAGES = ['filed', 'assigned', 'notified', 'investigating', 'disposing', 'disbursing', 'closed'] as const;
const FRAGMENTS = [...COMPANY_PLACES.slice(0, 6), '建材', '物流', '王芳', '李伟', '张秀英', '海产品'];
const DEEP_PAGES = [25, 50, 100, 200];

export interface CaseListResult {
  samplesPerKind: number;
  targetMix: LatencySummary;
  byKind: Record<ListKind, LatencySummary & { meanTotal: number }>;
  /** EXPLAIN ANALYZE of each kind's queries on the largest court (PostgreSQL only). */
  explain?: Record<string, Array<{ sql: string; parameters: readonly unknown[]; executionMs: number; plan: string[] }>>;
}

function query(kind: ListKind, round: number, courtIndex: number): ListCasesQuery {
  const base: ListCasesQuery = { page: 1, pageSize: 20, sort: 'dueDate' };
  const i = round * 7 + courtIndex;
  switch (kind) {
    case 'court':
    case 'cityWide':
      return base;
    case 'court+stage':
      return { ...base, stage: STAGES[i % STAGES.length]! };
    case 'court+overdue':
      return { ...base, overdue: 'true' };
    case 'court+search':
    case 'cityWide+search':
      return { ...base, q: FRAGMENTS[i % FRAGMENTS.length]! };
    case 'court+deepPage':
      return { ...base, page: DEEP_PAGES[i % DEEP_PAGES.length]! };
  }
}

async function judgeOf(ctx: ServiceContext, courtId: string): Promise<Actor> {
  const u = await findUserByUsername(ctx.database.db, `h${courtId}.0`);
  if (!u) throw new Error(`no generated handler for ${courtId}`);
  const court = DALIAN_COURTS.find((c) => c.id === courtId)!;
  return { userId: u.id, username: u.username, displayName: u.display_name, role: 'judge', courtId, courtLevel: court.level };
}

export async function benchCaseList(ctx: ServiceContext, options: { rounds: number; explain: boolean; largestCourt: string }): Promise<CaseListResult> {
  const judges = await Promise.all(DALIAN_COURTS.map((c) => judgeOf(ctx, c.id)));
  const supervisor = await actorOf(ctx, 'supervisor.city');
  const samples = new Map<ListKind, number[]>(LIST_KINDS.map((k) => [k, []]));
  const totals = new Map<ListKind, number[]>(LIST_KINDS.map((k) => [k, []]));
  // Round 0 warms caches and plans and is not recorded.
  for (let round = 0; round <= options.rounds; round++) {
    for (const [ci, judge] of judges.entries()) {
      for (const kind of LIST_KINDS) {
        const actor = kind.startsWith('cityWide') ? supervisor : judge;
        const start = now();
        const list = await listCases(ctx, actor, query(kind, round, ci));
        const ms = elapsedMs(start);
        if (round > 0) {
          samples.get(kind)!.push(ms);
          totals.get(kind)!.push(list.total);
        }
      }
    }
  }
  const byKind = Object.fromEntries(
    LIST_KINDS.map((k) => {
      const t = totals.get(k)!;
      return [k, { ...summarise(samples.get(k)!), meanTotal: Math.round(t.reduce((s, v) => s + v, 0) / t.length) }];
    }),
  ) as CaseListResult['byKind'];
  const result: CaseListResult = {
    samplesPerKind: options.rounds * judges.length,
    targetMix: summarise(TARGET_KINDS.flatMap((k) => samples.get(k)!)),
    byKind,
  };
  if (options.explain) {
    const capture = capturingContext(ctx);
    const judge = judges[DALIAN_COURTS.findIndex((c) => c.id === options.largestCourt)]!;
    const explain: NonNullable<CaseListResult['explain']> = {};
    for (const kind of LIST_KINDS) {
      const q = kind === 'court+deepPage' ? { page: 200, pageSize: 20, sort: 'dueDate' as const } : query(kind, 0, 0);
      await listCases(capture.ctx, kind.startsWith('cityWide') ? supervisor : judge, q);
      const plans = [];
      for (const captured of capture.take().filter((c) => /from "cases"/.test(c.sql))) plans.push(await explainAnalyze(ctx.database.db, captured));
      explain[kind] = plans;
    }
    result.explain = explain;
  }
  return result;
}
