export * from './test-database.js';
export * from './fixed-clock.js';
export * from './test-context.js';
export * from './fixtures.js';
export { documentText } from '../documents/testing/read-docx.js';
