import { Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { KIND_WORDS, type SubmissionKind } from './affairs-kinds.js';

/** The form page's heading: what this is for and how soon the court must act on it. */
export function KindIntro({ kind, caseNumber }: { kind: SubmissionKind; caseNumber?: string }) {
  const { t, punct } = usePortalI18n();
  const words = KIND_WORDS[kind];
  return (
    <div>
      <Typography.Title level={1} style={{ fontSize: 24, marginBottom: 4 }} id="affairs-form-title">
        {t(words.title)}
      </Typography.Title>
      {caseNumber && <Typography.Paragraph strong style={{ marginBottom: 4 }}>{caseNumber}</Typography.Paragraph>}
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t(words.what)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('timeLimit')}
        {punct.colon}
        {t(words.limit)}
      </Typography.Paragraph>
    </div>
  );
}
