export { runCli, type CliRuntime } from './run-cli.js';
export { COMMANDS } from './command-table.js';
