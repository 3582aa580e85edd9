/**
 * A file the citizen picked, checked and read in the browser before it travels as Base64 with the
 * form: the same limits as the server's (at most 5 files of 5 MB; JPEG, PNG, PDF or .docx, told from
 * the first bytes as the server does), so a wrong file is refused at once, not after sending.
 */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 5;
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf,.docx';

export interface Attachment {
  readonly uid: string;
  readonly fileName: string;
  readonly size: number;
  readonly contentBase64: string;
}

export type AttachmentProblem = 'wrongType' | 'tooBig' | 'empty' | 'unreadable';

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/** JPEG, PNG, PDF, or a ZIP named .docx (the server's domain attachment-type.ts, mirrored). */
export function acceptedType(bytes: Uint8Array, fileName: string): boolean {
  return (
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) ||
    (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && /\.docx$/i.test(fileName))
  );
}

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
  if (!acceptedType(bytes, file.name)) return 'wrongType';
  return { uid, fileName: file.name, size: file.size, contentBase64: toBase64(bytes) };
}

/** 1.2 MB, 350 KB: sizes as people read them. */
export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
