import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIGNATURE_ALGORITHMS, type AssistEnvelope, type SignatureAlgorithm } from '@zhixing/contracts';
import fc from 'fast-check';
import * as sm2Lib from 'sm-crypto-v2';
import { generateKeyPair, idempotencyKey, signatureValid, isValidPublicKey, signEnvelope, signedBytes, ROTATION_GRACE_MS, verifyEnvelope, type RegisteredKey, type Signer, type UnsignedEnvelope } from '../index.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/openssl-sm2-signed.json', import.meta.url), 'utf8')) as { publicKey: string; envelope: AssistEnvelope };

const NOW = new Date('2026-11-29T02:00:30Z');

function request(overrides: Partial<UnsignedEnvelope> = {}): UnsignedEnvelope {
  const { signature: _s, ...unsigned } = structuredClone(fixture.envelope);
  return { ...unsigned, ...overrides };
}

function keyFor(alg: SignatureAlgorithm, keyId = `k-${alg}`, extra: Partial<RegisteredKey> = {}) {
  const pair = generateKeyPair(alg);
  const signer: Signer = { keyId, alg, privateKey: pair.privateKey, publicKey: pair.publicKey };
  const registered: RegisteredKey = { party: 'court:210211', keyId, alg, publicKey: pair.publicKey, validFrom: '2026-01-01T00:00:00Z', validTo: null, revokedAt: null, ...extra };
  return { signer, registered };
}

const lookupOf = (...keys: RegisteredKey[]) => (party: string, keyId: string) => keys.find((k) => k.party === party && k.keyId === keyId);

describe('assistance protocol signatures', () => {
  for (const alg of SIGNATURE_ALGORITHMS) {
    it(`${alg}: a signed request verifies, whatever the key order of its JSON`, () => {
      const { signer, registered } = keyFor(alg);
      assert.equal(isValidPublicKey(alg, registered.publicKey), true);
      const signed = signEnvelope(request(), signer);
      const ok = verifyEnvelope(signed, lookupOf(registered), { now: NOW, expectedTo: 'institution:bank-dl-001' });
      assert.equal(ok.ok, true, JSON.stringify(ok));
      // The same message re-serialised with its keys in another order (a different JSON library).
      const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse()))) as unknown;
      assert.equal(verifyEnvelope(reordered, lookupOf(registered), { now: NOW }).ok, true);
    });

    it(`${alg}: a changed amount, a changed signature or another sender's key is refused`, () => {
      const { signer, registered } = keyFor(alg);
      const other = keyFor(alg, 'k-other');
      const signed = signEnvelope(request({ body: { ...request().body, subject: { kind: 'person', name: '李四', idNumber: '210202198001011238' } } as AssistEnvelope['body'] }), signer);
      const tampered = { ...signed, body: { ...signed.body, caseNumber: '（2026）辽0211执9999号' } };
      const code = (value: unknown, ...keys: RegisteredKey[]) => {
        const r = verifyEnvelope(value, lookupOf(...keys), { now: NOW });
        return r.ok ? 'ok' : r.error.code;
      };
      assert.equal(code(tampered, registered), 'ASSIST_SIGNATURE_INVALID');
      const flipped = Buffer.from(signed.signature.value, 'base64');
      flipped[flipped.length - 3]! ^= 0x01;
      assert.equal(code({ ...signed, signature: { ...signed.signature, value: flipped.toString('base64') } }, registered), 'ASSIST_SIGNATURE_INVALID');
      assert.equal(code({ ...signed, signature: { ...signed.signature, value: 'AAAA' } }, registered), 'ASSIST_SIGNATURE_INVALID');
      // Signed by one key, claiming to be another registered key of the same court.
      assert.equal(code({ ...signed, signature: { ...signed.signature, keyId: 'k-other' } }, registered, other.registered), 'ASSIST_SIGNATURE_INVALID');
      assert.equal(code(signed), 'ASSIST_KEY_UNKNOWN');
    });
  }

  it('a key registered for another algorithm, or for another party, does not cover the message', () => {
    const { signer, registered } = keyFor('Ed25519');
    const signed = signEnvelope(request(), signer);
    const r1 = verifyEnvelope(signed, lookupOf({ ...registered, alg: 'SM2-SM3' }), { now: NOW });
    assert.equal(!r1.ok && r1.error.code, 'ASSIST_KEY_NOT_VALID');
    const r2 = verifyEnvelope(signed, () => ({ ...registered, party: 'court:210202' }), { now: NOW });
    assert.equal(!r2.ok && r2.error.code, 'ASSIST_KEY_UNKNOWN');
  });

  it('keys rotate: a message issued before rotation is taken for a grace period, a revoked key never again', () => {
    const rotatedAt = '2026-11-29T01:00:00Z';
    const { signer, registered } = keyFor('Ed25519', 'old', { validTo: rotatedAt });
    const before = signEnvelope(request({ issuedAt: '2026-11-29T00:59:00Z' }), signer);
    const after = signEnvelope(request({ issuedAt: '2026-11-29T01:00:00Z' }), signer);
    const check = (e: AssistEnvelope, key: RegisteredKey, now: Date) => {
      const r = verifyEnvelope(e, lookupOf(key), { now });
      return r.ok ? 'ok' : r.error.code;
    };
    assert.equal(check(before, registered, NOW), 'ok');
    assert.equal(check(after, registered, NOW), 'ASSIST_KEY_NOT_VALID');
    assert.equal(check(before, registered, new Date(Date.parse(rotatedAt) + ROTATION_GRACE_MS)), 'ASSIST_KEY_NOT_VALID');
    assert.equal(check(before, { ...registered, validTo: null, revokedAt: '2026-11-29T02:00:00Z' }, NOW), 'ASSIST_KEY_REVOKED');
    assert.equal(check(signEnvelope(request({ issuedAt: '2025-12-31T23:59:59Z' }), signer), { ...registered, validTo: null }, NOW), 'ASSIST_KEY_NOT_VALID');
  });

  it('refuses a message from the future, for someone else, or not following the protocol', () => {
    const { signer, registered } = keyFor('Ed25519');
    const code = (value: unknown, opts: { expectedTo?: string } = {}) => {
      const r = verifyEnvelope(value, lookupOf(registered), { now: NOW, ...opts });
      return r.ok ? 'ok' : r.error.code;
    };
    assert.equal(code(signEnvelope(request({ issuedAt: '2026-11-29T02:06:00Z' }), signer)), 'ASSIST_ISSUED_IN_FUTURE');
    assert.equal(code(signEnvelope(request({ issuedAt: '2026-11-29T02:04:00Z' }), signer)), 'ok');
    assert.equal(code(signEnvelope(request(), signer), { expectedTo: 'institution:other' }), 'ASSIST_WRONG_RECIPIENT');
    const { idempotencyKey: _k, ...noKey } = request();
    const malformed = verifyEnvelope(signEnvelope(noKey, signer), lookupOf(registered), { now: NOW });
    assert.equal(!malformed.ok && malformed.error.code, 'ASSIST_MALFORMED');
    assert.deepEqual(!malformed.ok && (malformed.error.details as { issues: Array<{ path: string }> }).issues.map((i) => i.path), ['idempotencyKey']);
    const reply = signEnvelope({ ...request(), idempotencyKey: undefined, body: { type: 'inquiryResult', holdings: [] } }, signer);
    assert.equal(code(reply), 'ASSIST_MALFORMED');
    assert.equal(code(signEnvelope({ ...request(), inReplyTo: '7b0d8f0e-6a8e-4c1e-9a55-0c2f3e4d5a6c', body: { type: 'inquiryResult', holdings: [] } }, signer)), 'ok');
    assert.equal(code('not an envelope'), 'ASSIST_MALFORMED');
    assert.equal(code({ ...signEnvelope(request(), signer), body: { type: 'control', act: 'deduct', amountFen: 1.5 } }), 'ASSIST_MALFORMED');
  });

  it('interoperates with an independent SM2 implementation (the OpenSSL command line), both ways', () => {
    const key: RegisteredKey = { party: 'court:210211', keyId: 'court-210211-2026a', alg: 'SM2-SM3', publicKey: fixture.publicKey, validFrom: '2026-01-01T00:00:00Z', validTo: null, revokedAt: null };
    assert.equal(verifyEnvelope(fixture.envelope, lookupOf(key), { now: NOW }).ok, true, 'our verifier accepts what OpenSSL signed');
    // And what we sign, OpenSSL verifies (GB/T 32918.2 with the default identity).
    const { signer, registered } = keyFor('SM2-SM3');
    const signed = signEnvelope(request(), signer);
    const dir = mkdtempSync(join(tmpdir(), 'zx-sm2-'));
    try {
      const spki = Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a811ccf5501822d034200', 'hex'), Buffer.from(registered.publicKey, 'hex')]);
      writeFileSync(join(dir, 'pub.der'), spki);
      writeFileSync(join(dir, 'msg'), signedBytes(signed));
      writeFileSync(join(dir, 'sig'), Buffer.from(signed.signature.value, 'base64'));
      const out = execFileSync('openssl', ['pkeyutl', '-verify', '-rawin', '-digest', 'sm3', '-pubin', '-keyform', 'DER', '-inkey', join(dir, 'pub.der'), '-in', join(dir, 'msg'), '-sigfile', join(dir, 'sig'), '-pkeyopt', 'distid:1234567812345678'], { encoding: 'utf8' });
      assert.match(out, /Signature Verified Successfully/);
      writeFileSync(join(dir, 'msg'), Buffer.concat([signedBytes(signed), Buffer.from(' ')]));
      assert.throws(() => execFileSync('openssl', ['pkeyutl', '-verify', '-rawin', '-digest', 'sm3', '-pubin', '-keyform', 'DER', '-inkey', join(dir, 'pub.der'), '-in', join(dir, 'msg'), '-sigfile', join(dir, 'sig'), '-pkeyopt', 'distid:1234567812345678'], { stdio: 'pipe' }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('public keys are checked for form (and, for SM2, for being on the curve)', () => {
    assert.equal(isValidPublicKey('SM2-SM3', fixture.publicKey), true);
    assert.equal(isValidPublicKey('SM2-SM3', `04${'1'.repeat(128)}`), false);
    assert.equal(isValidPublicKey('SM2-SM3', 'zz'), false);
    assert.equal(isValidPublicKey('Ed25519', Buffer.alloc(31).toString('base64')), false);
    assert.equal(isValidPublicKey('Ed25519', generateKeyPair('Ed25519').publicKey), true);
  });

  it('SM2 with the key kept between messages (window table, Z) decides as the library does from the key text, for good and altered messages', () => {
    const { sm2 } = sm2Lib;
    const pair = generateKeyPair('SM2-SM3');
    const other = generateKeyPair('SM2-SM3');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 0, maxLength: 600 }), fc.nat(), fc.boolean(), (bytes, flip, otherKey) => {
        const sigHex = sm2.doSignature(bytes, otherKey ? other.privateKey : pair.privateKey, { hash: true, der: true });
        const altered = bytes.length > 0 && flip % 3 === 0 ? bytes.map((b, i) => (i === flip % bytes.length ? b ^ 1 : b)) : bytes;
        const expected = sm2.doVerifySignature(altered, sigHex, pair.publicKey, { hash: true, der: true });
        assert.equal(signatureValid('SM2-SM3', pair.publicKey, altered, Buffer.from(sigHex, 'hex').toString('base64')), expected);
        // (twice: the second call takes the kept key)
        assert.equal(signatureValid('SM2-SM3', pair.publicKey, altered, Buffer.from(sigHex, 'hex').toString('base64')), expected);
      }),
      { numRuns: 25 },
    );
    assert.equal(signatureValid('SM2-SM3', `04${'1'.repeat(128)}`, new Uint8Array(3), 'AAAA'), false);
  });

  it('the same act gets the same idempotency key, another act another', () => {
    const a = idempotencyKey(['210211', '（2026）辽0211执1234号', 'freeze', 'bank-dl-001', '6222020000001', 100_000]);
    assert.equal(a, idempotencyKey(['210211', '（2026）辽0211执1234号', 'freeze', 'bank-dl-001', '6222020000001', 100_000]));
    assert.notEqual(a, idempotencyKey(['210211', '（2026）辽0211执1234号', 'freeze', 'bank-dl-001', '6222020000001', 100_001]));
    assert.match(a, /^[A-Za-z0-9_-]{43}$/);
  });
});
