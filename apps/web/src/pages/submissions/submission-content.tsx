import { Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import type { KindDetails, Submission } from './submissions-api.js';
import { FilingApplication } from './filing-application.js';

type Items = NonNullable<DescriptionsProps['items']>;

/** Text as the person wrote it, line breaks kept. */
const written = (text: string | undefined) => <span style={{ whiteSpace: 'pre-wrap' }}>{text ?? '—'}</span>;

/** The kind's own fields, read from `details` as the portal stored them. */
function itemsOf(s: Submission, t: Translate): Items {
  switch (s.kind) {
    case 'filingRequest':
      return [];
    case 'propertyClue': {
      const d = s.details as unknown as KindDetails['propertyClue'];
      return [
        {
          key: 'type',
          label: t('submission.field.propertyType'),
          children: (
            <>
              {t(`submission.clue.${d.propertyType}`)}
              {s.urgent ? (
                <Tag color="red" style={{ marginInlineStart: 8 }}>
                  {t('submission.urgent')}
                </Tag>
              ) : null}
              {s.urgent ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>{t('submission.urgentHint')}</div> : null}
            </>
          ),
        },
        { key: 'description', label: t('submission.field.description'), children: written(d.description) },
        ...(d.location ? [{ key: 'location', label: t('submission.field.location'), children: d.location }] : []),
      ];
    }
    case 'objection': {
      const d = s.details as unknown as KindDetails['objection'];
      return [
        { key: 'type', label: t('submission.field.objectionType'), children: t(`submission.objection.${d.objectionType}`) },
        { key: 'request', label: t('submission.field.request'), children: written(d.request) },
        { key: 'reasons', label: t('submission.field.reasons'), children: written(d.reasons) },
      ];
    }
    case 'complaint': {
      const d = s.details as unknown as KindDetails['complaint'];
      return [
        { key: 'subject', label: t('submission.field.subject'), children: t(`submission.complaint.${d.subject}`) },
        ...(d.staffName ? [{ key: 'staff', label: t('submission.field.staffName'), children: d.staffName }] : []),
        { key: 'content', label: t('submission.field.content'), children: written(d.content) },
      ];
    }
    case 'appointment': {
      const d = s.details as unknown as KindDetails['appointment'];
      // The slot is among the facts above, beside its deadlines.
      return [{ key: 'topic', label: t('submission.field.topic'), children: written(d.topic) }];
    }
  }
}

/** What was handed in: the enforcement application of a filing request, or the clue, objection, complaint or topic. */
export function SubmissionContent({ submission: s }: { submission: Submission }) {
  const { t } = useI18n();
  if (s.kind === 'filingRequest') {
    const d = s.details as unknown as KindDetails['filingRequest'];
    return <FilingApplication application={d.application} />;
  }
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('submission.section.content')}
      style={{ marginBottom: 20 }}
      styles={{ label: { width: 150 } }}
      data-testid="submission-content"
      items={itemsOf(s, t)}
    />
  );
}
