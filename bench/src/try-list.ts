import { openStore } from './stores.js';
import { seedStore } from './bench-setup.js';
import { generateCases } from './generate-cases.js';
import { benchCaseList } from './bench-case-list.js';
const kind = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
const store = await openStore(kind, 'postgres://postgres@127.0.0.1:5432/postgres');
const ctx = await seedStore(store);
await generateCases(store.database, 100000);
const t0 = Date.now();
const r = await benchCaseList(ctx, { rounds: Number(process.argv[3] ?? 4), explain: true, largestCourt: '210211' });
console.log('took', Date.now() - t0);
const { explain, ...rest } = r;
console.log(JSON.stringify(rest, null, 1));
for (const [k, v] of Object.entries(explain ?? {})) { console.log('=====', k); for (const p of v) console.log(p.sql, JSON.stringify(p.parameters), '\n', p.plan.join('\n')); }
await store.close();
