/**
 * One reference institution in a process of its own (started by run-simulators.ts): reads its
 * category, code, port, the courts' keys and the reply endpoint from the parent's message, makes
 * its signing key, starts the push endpoint and tells the parent where it listens and its public key.
 */
import { readFileSync } from 'node:fs';
import type { SignatureAlgorithm } from '@zhixing/contracts';
import type { InstitutionCategory } from '@zhixing/domain';
import { generateKeyPair } from '../protocol/signing-keys.js';
import type { RegisteredKey } from '../protocol/verify-envelope.js';
import { InstitutionSimulator } from './institution-simulator.js';
import { postTo, startSimulatorServer } from './simulator-server.js';

export interface SimulatorProcessJob {
  category: InstitutionCategory;
  code: string;
  port: number;
  alg: SignatureAlgorithm;
  courtKeysFile: string;
  replyUrl: string;
  latencyMs: { min: number; max: number };
}

export interface SimulatorProcessReady {
  category: InstitutionCategory;
  code: string;
  url: string;
  alg: SignatureAlgorithm;
  keyId: string;
  publicKey: string;
}

const job = await new Promise<SimulatorProcessJob>((resolve) => process.once('message', (m) => resolve(m as SimulatorProcessJob)));
const courtKeys = JSON.parse(readFileSync(job.courtKeysFile, 'utf8')) as RegisteredKey[];
const pair = generateKeyPair(job.alg);
const keyId = `${job.code}-${new Date().toISOString().slice(0, 10)}`;
const simulator = new InstitutionSimulator({
  category: job.category,
  code: job.code,
  signer: { keyId, alg: job.alg, privateKey: pair.privateKey, publicKey: pair.publicKey },
  // `court:*` in the demo key file stands for every court (one demo key signs for all of them).
  courtKeys: (party, id) => {
    const k = courtKeys.find((x) => x.keyId === id && (x.party === party || x.party === 'court:*'));
    return k && { ...k, party };
  },
  latencyMs: job.latencyMs,
});
const server = await startSimulatorServer(simulator, postTo(job.replyUrl), { port: job.port });
const ready: SimulatorProcessReady = { category: job.category, code: job.code, url: server.url, alg: job.alg, keyId, publicKey: pair.publicKey };
process.send?.(ready);
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.on('disconnect', () => void server.close().then(() => process.exit(0)));
