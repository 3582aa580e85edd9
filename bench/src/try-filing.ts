import { openStore } from './stores.js';
import { seedStore } from './bench-setup.js';
import { benchFiling } from './bench-filing.js';
const kind = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
const store = await openStore(kind, 'postgres://postgres@127.0.0.1:5432/postgres');
const ctx = await seedStore(store);
console.log(JSON.stringify(await benchFiling(ctx, { concurrency: 8, rounds: 2, warmupMs: 1500, durationMs: 5000 }), null, 1));
await store.close();
