import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT, sniffAttachmentType } from '@zhixing/contracts';

/**
 * A file the citizen picked, checked and read in the browser before it travels as Base64 with the
 * form: the same limits as the server's (at most 5 files of 5 MB; JPEG, PNG, PDF or .docx, told from
 * the first bytes by the server's own rule), so a wrong file is refused at once, not after sending.
 */
export { ATTACHMENT_MAX_COUNT };
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf,.docx';

export interface Attachment {
  readonly uid: string;
  readonly fileName: string;
  readonly size: number;
  readonly contentBase64: string;
}

export type AttachmentProblem = 'wrongType' | 'tooBig' | 'empty' | 'unreadable';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The file as an attachment, or why it cannot be one. */
export async function readAttachment(file: File, uid: string): Promise<Attachment | AttachmentProblem> {
  if (file.size === 0) return 'empty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'tooBig';
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return 'unreadable';
  }
  if (sniffAttachmentType(bytes, file.name) === null) return 'wrongType';
  return { uid, fileName: file.name, size: file.size, contentBase64: toBase64(bytes) };
}

/** 1.2 MB, 350 KB: sizes as people read them. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
