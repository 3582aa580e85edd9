import type { Actor } from '@zhixing/services';

/**
 * The operator at the console of the server machine acts as the system administrator: someone who
 * can run the CLI against the store can read and write it directly anyway. Used only for the
 * read-only services that take an actor (the list of courts, the audit-chain check).
 */
export const SYSTEM_ACTOR: Actor = {
  userId: 'cli',
  username: 'cli',
  displayName: '命令行 CLI',
  role: 'admin',
  courtId: '2102',
  courtLevel: 'intermediate',
};
