import { COMMON_MESSAGES } from './messages-common.js';
import { CASE_MESSAGES } from './messages-cases.js';
import { FILING_MESSAGES } from './messages-filing.js';
import { PORTAL_CODE_MESSAGES } from './messages-portal-codes.js';
import { ACTION_MESSAGES } from './messages-actions.js';
import { TOOL_MESSAGES } from './messages-tools.js';
import { ADMIN_MESSAGES } from './messages-admin.js';
import { CREDIT_MESSAGES } from './messages-credit.js';
import { CREDIT_CORRECTION_MESSAGES } from './messages-credit-corrections.js';
import { CREDIT_MEASURE_MESSAGES } from './messages-credit-measures.js';
import { INQUIRY_MESSAGES } from './messages-inquiry.js';
import { CONTROL_MESSAGES } from './messages-controls.js';
import { FUNDS_MESSAGES } from './messages-funds.js';
import { DESK_MESSAGES } from './messages-desk.js';
import { NOTICE_MESSAGES } from './messages-notices.js';
import { SUBMISSION_MESSAGES } from './messages-submissions.js';

/**
 * Every visible string of the console, Chinese first. One entry per key holds both languages, so a
 * string cannot be added in one language and forgotten in the other. `{name}` is filled by t().
 */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...CASE_MESSAGES,
  ...FILING_MESSAGES,
  ...PORTAL_CODE_MESSAGES,
  ...ACTION_MESSAGES,
  ...TOOL_MESSAGES,
  ...ADMIN_MESSAGES,
  ...CREDIT_MESSAGES,
  ...CREDIT_CORRECTION_MESSAGES,
  ...CREDIT_MEASURE_MESSAGES,
  ...INQUIRY_MESSAGES,
  ...CONTROL_MESSAGES,
  ...FUNDS_MESSAGES,
  ...DESK_MESSAGES,
  ...NOTICE_MESSAGES,
  ...SUBMISSION_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;
