import { openDatabase, migrateToLatest } from '@zhixing/db';
import { benchCreditHttp } from './bench-credit-http.js';
const database = await openDatabase({ kind: 'pglite', dataDir: null });
await migrateToLatest(database.db);
const r = await benchCreditHttp(database, { indexEntries: 200_000, connections: 8, rounds: 1, warmupMs: 1000, durationMs: 3000, bulkRows: 1000 }, (l) => console.error(l));
console.log(JSON.stringify({ ratio: r.ratio, bare: r.bare.median, check: r.check.median, p99: r.check.p99Ms, bareP99: r.bare.p99Ms, bulk: r.bulk.seconds, decisions: r.check.decisions }));
await database.close();
process.exit(0);
