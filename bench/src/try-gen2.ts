import { openStore } from './stores.js';
import { seedStore } from './bench-setup.js';
import { sql } from '@zhixing/db';
import * as g from './generate-cases.js';
const kind = (process.argv[2] ?? 'pglite') as 'pglite' | 'postgres';
const store = await openStore(kind, 'postgres://postgres@127.0.0.1:5432/postgres');
await seedStore(store);
// eslint-disable-next-line
const text: string = (g as any).casesSqlForTest(100000);
const sel = text.slice(text.indexOf('with raw'));
const t0 = Date.now();
const r = await sql.raw(`explain analyze ${sel}`).execute(store.database.db);
console.log((r.rows as {'QUERY PLAN': string}[]).map((x) => x['QUERY PLAN']).join('\n'));
console.log(Date.now() - t0);
await store.close();
