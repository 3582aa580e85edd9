import { useRef, useState } from 'react';
import { Alert, Button, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { usePortalI18n } from '../portal-i18n.js';
import type { PortalMessageKey } from '../portal-messages.js';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_COUNT, formatSize, readAttachment, type Attachment, type AttachmentProblem } from './read-attachment.js';

const PROBLEM_WORDS: Readonly<Record<AttachmentProblem | 'tooMany', PortalMessageKey>> = {
  wrongType: 'attachmentWrongType',
  tooBig: 'attachmentTooBig',
  empty: 'attachmentEmpty',
  unreadable: 'attachmentUnreadable',
  tooMany: 'attachmentTooMany',
};

interface Props {
  id?: string;
  value?: Attachment[];
  onChange?: (value: Attachment[]) => void;
}

/**
 * Files picked with antd's Upload, never uploaded on their own: each is checked (type from its
 * bytes, size, count) and read to Base64 in `beforeUpload`, then travels with the form. A refused
 * file is said plainly under the button.
 */
export function AttachmentsField({ id, value = [], onChange }: Props) {
  const { t, punct } = usePortalI18n();
  const [problems, setProblems] = useState<string[]>([]);
  // Several files picked at once are read in parallel: count them as they come.
  const current = useRef<Attachment[]>(value);
  const inputId = id ?? 'attachments';
  current.current = value;
  const add = async (file: File, uid: string) => {
    if (current.current.length >= ATTACHMENT_MAX_COUNT) {
      setProblems((p) => [...new Set([...p, t(PROBLEM_WORDS.tooMany)])]);
      return;
    }
    const read = await readAttachment(file, uid);
    if (typeof read === 'string') {
      setProblems((p) => [...p, t(PROBLEM_WORDS[read], { name: file.name })]);
      return;
    }
    if (current.current.length >= ATTACHMENT_MAX_COUNT) {
      setProblems((p) => [...new Set([...p, t(PROBLEM_WORDS.tooMany)])]);
      return;
    }
    current.current = [...current.current, read];
    onChange?.(current.current);
  };
  return (
    <>
      <Typography.Paragraph type="secondary" id={`${inputId}-hint`} style={{ marginBottom: 8 }}>
        {t('attachmentsHint')}
      </Typography.Paragraph>
      <Upload
        id={inputId}
        // The button opens the chooser itself: rc-upload's own click handler blurs a button inside it and the focus is lost.
        openFileDialogOnClick={false}
        multiple
        accept={ATTACHMENT_ACCEPT}
        fileList={value.map((a) => ({ uid: a.uid, name: `${a.fileName}${punct.paren(formatSize(a.size))}`, status: 'done' as const, size: a.size }))}
        beforeUpload={(file) => {
          setProblems([]);
          void add(file, file.uid);
          return Upload.LIST_IGNORE;
        }}
        onRemove={(f) => {
          setProblems([]);
          onChange?.(value.filter((a) => a.uid !== f.uid));
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} aria-describedby={`${inputId}-hint`} disabled={value.length >= ATTACHMENT_MAX_COUNT} onClick={() => document.getElementById(inputId)?.click()}>
          {t('chooseFile')}
        </Button>
      </Upload>
      <div aria-live="assertive">
        {problems.length > 0 && <Alert type="error" showIcon role="alert" style={{ marginTop: 8 }} title={problems.length === 1 ? problems[0] : <ul style={{ margin: 0, paddingLeft: 18 }}>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
      </div>
    </>
  );
}
