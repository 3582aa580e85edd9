import { createServiceContext, migrateToLatest, openDatabase, targetFromEnv, type Database, type ServiceContext } from '@zhixing/services';

export interface Store {
  readonly database: Database;
  readonly ctx: ServiceContext;
  /** Migrations applied by this run (empty when the store was already up to date). */
  readonly applied: readonly string[];
}

/**
 * Opens the store exactly as the server does (DATABASE_URL, else PGlite in DATA_DIR, default
 * ./data), migrates it to the latest schema, runs `work` and always closes the store.
 */
export async function withStore<T>(env: Record<string, string | undefined>, cwd: string, work: (store: Store) => Promise<T>): Promise<T> {
  const database = await openDatabase(targetFromEnv(env, cwd));
  try {
    const { applied } = await migrateToLatest(database.db);
    return await work({ database, ctx: createServiceContext(database), applied });
  } finally {
    await database.close();
  }
}
