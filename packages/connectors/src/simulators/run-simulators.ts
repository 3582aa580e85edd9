/**
 * `npm run simulators`: one reference institution per category, each a process of its own on
 * loopback (ports from ZX_SIM_PORT, default 7100), answering the platform's signed requests and
 * posting signed replies to ZX_ASSIST_REPLY_URL. The courts' public keys come from
 * ZX_ASSIST_COURT_KEYS (a JSON list of registered keys); without one, a demo court key is made and
 * written beside the registry. The institutions' registry — code, category, endpoint, key — is
 * written to data/simulators.json for the platform to register them.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INSTITUTION_CATEGORY_LIST } from '@zhixing/domain';
import { generateKeyPair } from '../protocol/signing-keys.js';
import type { RegisteredKey } from '../protocol/verify-envelope.js';
import type { SimulatorProcessJob, SimulatorProcessReady } from './simulator-process.js';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
mkdirSync(dataDir, { recursive: true });
let courtKeysFile = process.env.ZX_ASSIST_COURT_KEYS;
if (!courtKeysFile) {
  courtKeysFile = resolve(dataDir, 'assist-demo-court-key.json');
  if (!existsSync(courtKeysFile)) {
    const pair = generateKeyPair('SM2-SM3');
    const key: RegisteredKey & { privateKey: string } = { party: 'court:*', keyId: 'demo-court', alg: 'SM2-SM3', publicKey: pair.publicKey, privateKey: pair.privateKey, validFrom: new Date().toISOString(), validTo: null, revokedAt: null };
    writeFileSync(courtKeysFile, `${JSON.stringify([key], null, 2)}\n`, { mode: 0o600 });
  }
}
const basePort = Number(process.env.ZX_SIM_PORT ?? 7100);
const replyUrl = process.env.ZX_ASSIST_REPLY_URL ?? 'http://127.0.0.1:3000/api/agency/v1/assist/replies';
const script = fileURLToPath(new URL('./simulator-process.ts', import.meta.url));

const ready = await Promise.all(
  INSTITUTION_CATEGORY_LIST.map(
    (category, i) =>
      new Promise<SimulatorProcessReady>((done, failed) => {
        const child = fork(script, { execArgv: ['--import', 'tsx'] });
        const job: SimulatorProcessJob = { category, code: `sim-${category}`, port: basePort + i, alg: i % 2 === 0 ? 'SM2-SM3' : 'Ed25519', courtKeysFile, replyUrl, latencyMs: { min: 20, max: 200 } };
        child.once('message', (m) => done(m as SimulatorProcessReady));
        child.once('exit', (code) => failed(new Error(`simulator ${category} exited with ${String(code)}`)));
        child.send(job);
      }),
  ),
);
const registry = resolve(dataDir, 'simulators.json');
mkdirSync(dirname(registry), { recursive: true });
writeFileSync(registry, `${JSON.stringify(ready, null, 2)}\n`);
for (const r of ready) process.stdout.write(`${r.category.padEnd(22)} ${r.url}  ${r.alg.padEnd(8)} ${r.code}\n`);
process.stdout.write(`\n${ready.length} institutions; registry ${registry}; replies to ${replyUrl}; court keys ${courtKeysFile}. Ctrl-C stops them.\n`);
