/**
 * Captures the SQL a service call really sends (a Kysely plugin on a copy of the store's
 * Kysely instance), so EXPLAIN ANALYZE runs on exactly the queries that were timed.
 */
import { CompiledQuery, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { ServiceContext } from '@zhixing/services';
import type { Kysely } from '@zhixing/db';
import type { DB } from '@zhixing/db';

export interface CapturedQuery {
  sql: string;
  parameters: readonly unknown[];
}

export interface Capture {
  ctx: ServiceContext;
  take(): CapturedQuery[];
}

/** A service context whose database records every compiled query it runs. */
export function capturingContext(ctx: ServiceContext): Capture {
  let captured: CapturedQuery[] = [];
  const base = ctx.database.db;
  const plugin: KyselyPlugin = {
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      const compiled = base.getExecutor().compileQuery(args.node, args.queryId);
      captured.push({ sql: compiled.sql, parameters: compiled.parameters });
      return args.node;
    },
    transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return Promise.resolve(args.result);
    },
  };
  const db: Kysely<DB> = base.withPlugin(plugin);
  return {
    ctx: { ...ctx, database: { ...ctx.database, db } },
    take() {
      const out = captured;
      captured = [];
      return out;
    },
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a captured query: the plan lines and the execution time. */
export async function explainAnalyze(db: Kysely<DB>, q: CapturedQuery): Promise<{ sql: string; parameters: readonly unknown[]; executionMs: number; plan: string[] }> {
  const result = await db.executeQuery<Record<string, string>>(CompiledQuery.raw(`explain (analyze, buffers) ${q.sql}`, [...q.parameters]));
  const plan = result.rows.map((r) => Object.values(r)[0] ?? '');
  const exec = plan.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find((m) => m !== null);
  return { sql: q.sql, parameters: q.parameters, executionMs: exec ? Number(exec[1]) : Number.NaN, plan };
}
