#!/usr/bin/env node
// `npx zhixing …` from the repository root: load TypeScript through tsx, then run the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
