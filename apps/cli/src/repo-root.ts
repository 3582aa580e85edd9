import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it (apps/cli/src → ../../..). */
export function repoRoot(): string {
  return fileURLToPath(new URL('../../..', import.meta.url));
}
