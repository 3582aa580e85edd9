import { Typography } from 'antd';
import { DownloadOutlined, FileImageOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context.js';
import { submissionsApi, type Submission, type SubmissionAttachment } from './submissions-api.js';
import { formatSize } from './submission-texts.js';

function FileIcon({ mediaType }: { mediaType: string }) {
  if (mediaType.startsWith('image/')) return <FileImageOutlined aria-hidden />;
  if (mediaType === 'application/pdf') return <FilePdfOutlined aria-hidden />;
  return <FileWordOutlined aria-hidden />;
}

/** The files handed in, each a download link (the server sends them as attachments, never inline; each read is logged). */
export function SubmissionAttachments({ submission: s }: { submission: Submission }) {
  const { t } = useI18n();
  return (
    <section style={{ marginBottom: 20 }} data-testid="submission-attachments">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('submission.section.attachments', { n: s.attachments.length })}
      </Typography.Title>
      {s.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('submission.noAttachments')}</Typography.Text>
      ) : (
        <>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {s.attachments.map((a: SubmissionAttachment) => (
              <li key={a.id} style={{ padding: '4px 0' }}>
                <FileIcon mediaType={a.mediaType} />{' '}
                <a href={submissionsApi.attachmentUrl(s.id, a.id)} download={a.label} aria-label={t('submission.attachmentDownload', { label: a.label })}>
                  {a.label}
                </a>
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {formatSize(a.sizeBytes)}
                </Typography.Text>{' '}
                <DownloadOutlined aria-hidden style={{ color: 'rgba(0,0,0,0.45)' }} />
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('submission.attachmentHint')}
          </Typography.Text>
        </>
      )}
    </section>
  );
}
