export * from './query-code.js';
export * from './portal-lockout.js';
