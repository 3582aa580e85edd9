/**
 * The registry of assisting institutions and their keys (issue 4, ADR 0008): registration with what
 * the category allows, key checks, rotation and revocation, and who sees what.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import type { InstitutionView } from '@zhixing/contracts';
import { createTestApp, type TestApp } from './testing/test-app.js';
import { assertBilingualFieldError } from './testing/bad-input.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

const ed25519 = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');
/** An SM2 public key made by OpenSSL (packages/connectors' interoperability fixture). */
const SM2_KEY = '04c32202f4878b68bed3093cf17c46acd0f43b99fbe64ddcf2e4c2470f4e25b881fc7fbe49c6f7e7aa45e9606ac314f33f8b7bfca21dce6629c4521afde2803717';

describe('institution registry', () => {
  it('registers a bank with every act of its category and its first SM2 key; any case reader sees it', async () => {
    const admin = await t.login('admin');
    const res = await t.call(admin, 'POST', '/api/v1/institutions', { code: 'icbc-dl', name: '中国工商银行大连分行', category: 'bank', connection: 'push', endpoint: 'https://gateway.icbc.example/assist', slaSeconds: 600, key: { keyId: 'icbc-2026a', alg: 'SM2-SM3', publicKey: SM2_KEY } });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json<InstitutionView>();
    assert.deepEqual(created.acts, ['inquire', 'freeze', 'deduct', 'release', 'renew']);
    assert.equal(created.categoryLabel, '银行业金融机构');
    assert.deepEqual(created.keys.map((k) => [k.keyId, k.alg, k.validTo, k.revokedAt]), [['icbc-2026a', 'SM2-SM3', null, null]]);
    const judge = await t.login('judge.zs');
    const list = (await t.call(judge, 'GET', '/api/v1/institutions?category=bank')).json<{ items: InstitutionView[] }>();
    assert.ok(list.items.some((i) => i.code === 'icbc-dl'));
    const registries = (await t.call(judge, 'GET', '/api/v1/institutions?category=realEstateRegistry')).json<{ items: InstitutionView[] }>();
    assert.ok(!registries.items.some((i) => i.code === 'icbc-dl'));
  });

  it('refuses what the category cannot do, a push without an endpoint, a bad key and a taken code, each naming the problem', async () => {
    const admin = await t.login('admin');
    const base = { name: '大连市不动产登记中心', category: 'realEstateRegistry', connection: 'pull' };
    const deduct = await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-1', acts: ['inquire', 'deduct'] });
    assert.equal(deduct.statusCode, 422, deduct.body);
    assert.deepEqual(deduct.json<{ details: { rule: string; acts: string[] } }>().details, { rule: 'INSTITUTION_ACT_NOT_IN_CATEGORY', acts: ['deduct'], category: 'realEstateRegistry' });
    assertBilingualFieldError(await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-2', connection: 'push' }), 'endpoint');
    assertBilingualFieldError(await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-3', key: { keyId: 'k1', alg: 'SM2-SM3', publicKey: `04${'1'.repeat(128)}` } }), 'publicKey');
    assertBilingualFieldError(await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg 4' }), 'code');
    assertBilingualFieldError(await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-5', category: 'casino' }), 'category');
    assert.equal((await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-6' })).statusCode, 201);
    const again = await t.call(admin, 'POST', '/api/v1/institutions', { ...base, code: 'reg-6' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json<{ code: string }>().code, 'ALREADY_EXISTS');
    // Nothing was written by the refused requests.
    const all = (await t.call(admin, 'GET', '/api/v1/institutions')).json<{ items: InstitutionView[] }>();
    assert.deepEqual(all.items.filter((i) => i.code.startsWith('reg-')).map((i) => i.code), ['reg-6']);
  });

  it('rotates keys: the new key begins where the old one ends; a compromised key is revoked once', async () => {
    const admin = await t.login('admin');
    const created = (await t.call(admin, 'POST', '/api/v1/institutions', { code: 'csdc', name: '中国证券登记结算有限责任公司', category: 'securitiesDepository', connection: 'pull', key: { keyId: 'k1', alg: 'Ed25519', publicKey: ed25519() } })).json<InstitutionView>();
    const rotated = await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys`, { keyId: 'k2', alg: 'Ed25519', publicKey: ed25519() });
    assert.equal(rotated.statusCode, 201, rotated.body);
    const keys = rotated.json<InstitutionView>().keys;
    const k1 = keys.find((k) => k.keyId === 'k1')!;
    const k2 = keys.find((k) => k.keyId === 'k2')!;
    assert.equal(k1.validTo, k2.validFrom);
    assert.equal(k2.validTo, null);
    const dup = await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys`, { keyId: 'k2', alg: 'Ed25519', publicKey: ed25519() });
    assert.equal(dup.statusCode, 409);
    assertBilingualFieldError(await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys`, { keyId: 'k3', alg: 'Ed25519', publicKey: ed25519(), validFrom: '2020-01-01T00:00:00Z' }), 'validFrom');
    assertBilingualFieldError(await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys`, { keyId: 'k3', alg: 'Ed25519', publicKey: 'short' }), 'publicKey');
    const revoked = await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys/k1/revoke`, { reason: '私钥泄露' });
    assert.equal(revoked.statusCode, 200, revoked.body);
    const r1 = revoked.json<InstitutionView>().keys.find((k) => k.keyId === 'k1')!;
    assert.ok(r1.revokedAt);
    assert.equal(r1.revokedReason, '私钥泄露');
    const twice = await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys/k1/revoke`, { reason: '再次' });
    assert.equal(twice.statusCode, 409);
    assert.equal(twice.json<{ code: string }>().code, 'INSTITUTION_KEY_ALREADY_REVOKED');
    assert.equal((await t.call(admin, 'POST', `/api/v1/institutions/${created.id}/keys/nope/revoke`, { reason: '不存在' })).statusCode, 404);
  });

  it('shows the administrator the public key this installation signs with, and the courts it signs for', async () => {
    const res = await t.call(await t.login('admin'), 'GET', '/api/v1/assist/platform-key');
    assert.equal(res.statusCode, 200, res.body);
    const key = res.json<{ keyId: string; alg: string; publicKey: string; courts: string[] }>();
    assert.equal(key.publicKey, t.app.assistSigner.publicKey);
    assert.ok(key.courts.includes('court:210211'));
    assert.ok(!JSON.stringify(key).includes(t.app.assistSigner.privateKey), 'the private key never leaves');
  });
});
