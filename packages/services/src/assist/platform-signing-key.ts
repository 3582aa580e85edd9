/**
 * The installation's key for signing requests to institutions (ADR 0009 step 1): made at first
 * start into the data directory (readable by the owner only), never in the database. Institutions
 * register its public half under each court's party name.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateKeyPair, type Signer } from '@zhixing/connectors';

interface KeyFile {
  keyId: string;
  alg: Signer['alg'];
  publicKey: string;
  privateKey: string;
  createdAt: string;
}

export function loadOrCreateSigningKey(file: string, now: Date): Signer {
  if (existsSync(file)) {
    const k = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    return { keyId: k.keyId, alg: k.alg, publicKey: k.publicKey, privateKey: k.privateKey };
  }
  const pair = generateKeyPair('SM2-SM3');
  const k: KeyFile = { keyId: `platform-${now.toISOString().slice(0, 10)}`, alg: pair.alg, publicKey: pair.publicKey, privateKey: pair.privateKey, createdAt: now.toISOString() };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(k, null, 2)}\n`, { mode: 0o600 });
  return { keyId: k.keyId, alg: k.alg, publicKey: k.publicKey, privateKey: k.privateKey };
}

/** A key for one process only (tests, and `buildApp` without a data directory): never published. */
export function ephemeralSigningKey(): Signer {
  const pair = generateKeyPair('SM2-SM3');
  return { keyId: 'ephemeral', alg: pair.alg, publicKey: pair.publicKey, privateKey: pair.privateKey };
}
