import { z } from 'zod';
import './bilingual-issues.js';
import { CASE_STAGES, CASE_TYPES, CLOSING_METHODS, BASIS_TYPES, ROLES, isCivilDate, parseYuan } from '@zhixing/domain';

export const zCivilDate = z
  .string()
  .refine(isCivilDate, { message: '日期无效，应为 YYYY-MM-DD / invalid date, expected YYYY-MM-DD' })
  .meta({ description: 'Calendar date in China Standard Time, YYYY-MM-DD', example: '2026-03-02' });

/** Money in JSON is a string in yuan with at most two decimals ("1234.56"); never a float. */
export const zYuan = z
  .string()
  .max(40)
  .superRefine((value, ctx) => {
    const parsed = parseYuan(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${parsed.error.messageZh} / ${parsed.error.messageEn}` });
  })
  .meta({ description: 'Amount in yuan as a decimal string with at most 2 decimals', example: '150000.00' });

export const zUuid = z.uuid();
export const zRole = z.enum(ROLES);
export const zCaseStage = z.enum(CASE_STAGES);
export const zCaseType = z.enum(CASE_TYPES);
export const zClosingMethod = z.enum(CLOSING_METHODS);
export const zBasisType = z.enum(BASIS_TYPES);

export const zIdParams = z.object({ id: zUuid });

export const zOk = z.object({ ok: z.literal(true) });

/** Error body (errors.ts); listed in every route's responses so the OpenAPI document shows it. */
export const zErrorBody = z
  .object({
    code: z.string(),
    message: z.string(),
    messageZh: z.string(),
    messageEn: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
    requestId: z.string(),
  })
  .meta({ id: 'Error' });

export const zUserRef = z.object({ id: zUuid, displayName: z.string(), role: zRole });

export const zPage = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
