export * from './query-code.js';
export * from './portal-lockout.js';
export * from './submission-rules.js';
export * from './receipt-number.js';
export * from './attachment-type.js';
export * from './appointment-slots.js';
export * from './notification-rules.js';
export * from './public-notices.js';
