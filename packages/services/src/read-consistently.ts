import { sql, type DB, type Transaction } from '@zhixing/db';
import type { ServiceContext } from './context.js';

/**
 * Runs the reads of one view in one snapshot (a read-only `REPEATABLE READ` transaction), so that
 * rows written together are seen together. Reads started side by side on the pool each take their
 * own connection and their own snapshot: a commit landing between them showed a request answered
 * without the property its answer booked (seen in a PostgreSQL test run), or a receipt without its
 * ledger entry. On PGlite the transaction holds the one connection, which PGlite serialises anyway.
 * The mode is set by statement, not by Kysely's transaction options, which its PGlite driver ignores.
 */
export function readConsistently<T>(ctx: ServiceContext, read: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction().execute(async (trx) => {
    await sql`set transaction isolation level repeatable read, read only`.execute(trx);
    return read(trx);
  });
}
