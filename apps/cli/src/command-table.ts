import type { Command } from './command.js';
import { auditVerifyCommand } from './commands/audit-verify.js';
import { calcDeadlineCommand } from './commands/calc-deadline.js';
import { calcFeeCommand } from './commands/calc-fee.js';
import { calcInterestCommand } from './commands/calc-interest.js';
import { checkIdCommand } from './commands/check-id.js';
import { checkUsccCommand } from './commands/check-uscc.js';
import { migrateCommand } from './commands/migrate.js';
import { seedCommand } from './commands/seed.js';
import { startCommand } from './commands/start.js';
import { userCreateCommand } from './commands/user-create.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  startCommand,
  migrateCommand,
  seedCommand,
  userCreateCommand,
  calcFeeCommand,
  calcInterestCommand,
  calcDeadlineCommand,
  checkIdCommand,
  checkUsccCommand,
  auditVerifyCommand,
];

/** Command groups (`calc`, `check`, …) with their Chinese and English names. */
export const GROUPS: Readonly<Record<string, { zh: string; en: string }>> = {
  user: { zh: '账户', en: 'accounts' },
  calc: { zh: '计算器', en: 'calculators' },
  check: { zh: '证件号码校验', en: 'identifier checks' },
  audit: { zh: '审计', en: 'audit' },
};
