/** Who is at the desk: the institution whose desk key the caller presents (`Authorization: Bearer zxi_…`). */
import { AppError } from '@zhixing/contracts';
import { findInstitutionByDeskKey, type InstitutionRow } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { secretHash } from '../auth/tokens.js';

export async function deskInstitution(ctx: ServiceContext, authorization: string | undefined): Promise<InstitutionRow> {
  const key = typeof authorization === 'string' && authorization.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
  const institution = key.startsWith('zxi_') && key.length < 200 ? await findInstitutionByDeskKey(ctx.database.db, secretHash(key)) : undefined;
  if (!institution || institution.retired_at !== null || institution.connection !== 'manual') {
    throw new AppError('INSTITUTION_AUTH_INVALID', { zh: '协助执行单位身份验证失败：工作台密钥缺失、错误或已被替换', en: 'The institution could not be authenticated: the desk key is missing, wrong or replaced', details: { code: 'DESK_KEY_INVALID' } });
  }
  return institution;
}
