/**
 * A pull institution fetches its inbox (ADR 0009 step 3). Nothing is handed out before the call's
 * signature verifies against the institution's registered keys (INBOX_HEADERS, inbox-call.ts in the
 * connectors) and its timestamp is within the protocol's clock skew.
 */
import { AppError } from '@zhixing/contracts';
import { INBOX_HEADERS, MAX_CLOCK_SKEW_MS, inboxCallBytes, signatureValid } from '@zhixing/connectors';
import { findInstitutionByCode, takeInbox } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { institutionKeys } from './institution-key-lookup.js';

function refused(code: string, zh: string, en: string): AppError {
  return new AppError('INSTITUTION_AUTH_INVALID', { zh: `协助执行单位身份验证失败：${zh}`, en: `The institution could not be authenticated: ${en}`, details: { code } });
}

export async function fetchInbox(ctx: ServiceContext, headers: Record<string, string | string[] | undefined>, limit: number): Promise<{ requests: unknown[] }> {
  const header = (name: string) => {
    const v = headers[name];
    return typeof v === 'string' && v.length > 0 && v.length <= 512 ? v : null;
  };
  const code = header(INBOX_HEADERS.institution);
  const keyId = header(INBOX_HEADERS.keyId);
  const timestamp = header(INBOX_HEADERS.timestamp);
  const signature = header(INBOX_HEADERS.signature);
  if (!code || !keyId || !timestamp || !signature) throw refused('HEADER_MISSING', `缺少 ${Object.values(INBOX_HEADERS).join('、')} 之一`, `one of ${Object.values(INBOX_HEADERS).join(', ')} is missing`);
  const now = ctx.clock.now();
  const at = Date.parse(timestamp);
  if (!Number.isFinite(at) || Math.abs(at - now.getTime()) > MAX_CLOCK_SKEW_MS) throw refused('TIMESTAMP_OUT_OF_WINDOW', '时间戳缺失或与服务器时间相差超过 5 分钟', 'the timestamp is missing or more than 5 minutes off');
  const { db } = ctx.database;
  const institution = await findInstitutionByCode(db, code);
  if (!institution || institution.retired_at !== null || institution.connection !== 'pull') throw refused('INSTITUTION_UNKNOWN', `${code} 不是登记的拉取方式协助执行单位`, `${code} is not a registered pull institution`);
  const key = (await institutionKeys(db, institution)).find((k) => k.keyId === keyId);
  const valid = key && key.revokedAt === null && Date.parse(key.validFrom) <= now.getTime() && (key.validTo === null || Date.parse(key.validTo) > now.getTime());
  if (!key || !valid) throw refused('KEY_NOT_VALID', `密钥 ${keyId} 未登记、已作废或不在有效期内`, `key ${keyId} is unknown, revoked or not valid now`);
  if (!signatureValid(key.alg, key.publicKey, inboxCallBytes(code, timestamp), signature)) throw refused('SIGNATURE_INVALID', '签名验证未通过', 'the signature does not verify');
  return { requests: await takeInbox(db, institution.id, now, institution.sla_seconds, limit) };
}
