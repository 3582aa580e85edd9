/**
 * What a portal upload may be (issue 5: "uploads are size- and type-checked"): photographs of a
 * property clue, scans and documents. The type is read from the file's first bytes, never trusted
 * from its name or the browser's label, and the name a submitter gave is kept only as a label
 * (stored in the database with the bytes; it never reaches the file system).
 */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_MAX_COUNT = 5;

export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);

/**
 * The type of a file from its signature: JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A), PDF
 * (%PDF-), or a Word document — a ZIP (PK 03 04) whose name ends in .docx; null for anything else.
 */
export function sniffAttachmentType(bytes: Uint8Array, fileName: string): AttachmentType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && /\.docx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  return null;
}

/**
 * A submitter's file name made safe to show and to send back in a download header: no path, no
 * control characters, at most 100 characters; `附件` when nothing is left.
 */
export function attachmentLabel(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 100);
  return clean === '' || /^\.+$/.test(clean) ? '附件' : clean;
}
