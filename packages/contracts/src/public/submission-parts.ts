/** The parts every portal submission shares: who hands it in and what they attach (issue 5). */
import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT } from '@zhixing/domain';

// The one upload rule (domain attachment-type.ts), for the portal to refuse a wrong file before sending it.
export { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT, sniffAttachmentType } from '@zhixing/domain';

export const SUBMITTER_ROLES = ['applicant', 'debtor', 'agent', 'outsider', 'public'] as const;

export const zSubmitter = z.object({
  name: z.string().trim().min(1).max(60),
  /** A mobile number (11 digits) or a landline with its area code, for the court to call back. */
  phone: z
    .string()
    .trim()
    .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, { message: '联系电话应为11位手机号或带区号的固定电话 / the phone must be an 11-digit mobile number or a landline with its area code' }),
  idNumber: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{15,18}$/, { message: '证件号码应为15至18位数字或字母 / the ID number must be 15–18 digits or letters' })
    .optional(),
  /** 申请执行人, 被执行人, 代理人, 案外人, 社会公众. */
  role: z.enum(SUBMITTER_ROLES),
});
export type Submitter = z.infer<typeof zSubmitter>;

// Base64 of at most ATTACHMENT_MAX_BYTES bytes; the type is read from the bytes (domain attachment-type.ts).
const MAX_BASE64 = Math.ceil(ATTACHMENT_MAX_BYTES / 3) * 4;

export const zAttachmentUpload = z.object({
  fileName: z.string().min(1).max(200),
  contentBase64: z.base64({ message: '附件内容应为 Base64 编码 / the attachment must be Base64-encoded' }).min(4).max(MAX_BASE64, { message: '单个附件不得超过5MB / an attachment may be at most 5 MB' }),
});

export const zAttachments = z.array(zAttachmentUpload).max(ATTACHMENT_MAX_COUNT, { message: `附件最多${ATTACHMENT_MAX_COUNT}个 / at most ${ATTACHMENT_MAX_COUNT} attachments` }).default([]);

/** Free text a person writes: trimmed, not empty, bounded. */
export const writing = (max: number) => z.string().trim().min(1).max(max);
