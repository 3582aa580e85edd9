export * from './test-database.js';
export * from './fixed-clock.js';
export * from './test-context.js';
export * from './fixtures.js';
export { documentText } from '../documents/testing/read-docx.js';
// The reference institutions, for tests above the services (the server's) that drive a real connection.
export { InstitutionSimulator, courtKeyLookup, generateKeyPair, postTo, signEnvelope, signInboxCall, startSimulatorServer, syntheticHoldings, verifyEnvelope } from '@zhixing/connectors';
export type { RegisteredKey, SimulatorServer } from '@zhixing/connectors';
/** For tests that look under the API: raw SQL (fault injection) and a ledger account's balance. */
export { accountBalance, sql } from '@zhixing/db';
