import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema.js';

/** What repositories run on: the database or an open transaction. */
export type Executor = Kysely<DB> | Transaction<DB>;
