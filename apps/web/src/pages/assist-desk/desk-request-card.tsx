import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import { errorText } from '../../api/error-text.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { formatFen } from '../case-detail/network-inquiry-values.js';
import { deskApi, type DeskDocument, type DeskRequest } from './desk-api.js';
import { ACT_COLORS, actLabel, docKindLabel } from './desk-labels.js';

/** The debtor as the institution searches its records: the name and the full identity number. */
export function DeskSubject({ subject }: { subject: DeskRequest['subject'] }) {
  const { t } = useI18n();
  return (
    <span>
      <Typography.Text strong>{subject.name}</Typography.Text>
      <span style={{ marginInlineStart: 12, whiteSpace: 'nowrap' }}>
        {subject.kind === 'person' ? t('desk.request.idNumber') : t('desk.request.creditCode')}{' '}
        <span className="zx-mono" data-testid="desk-subject-id">
          {subject.kind === 'person' ? subject.idNumber : subject.creditCode}
        </span>
      </span>
    </span>
  );
}

/** What is asked, in a line: the inquiry, or the act on a property (its kind and reference). */
export function deskAskedItems(request: DeskRequest, t: ReturnType<typeof useI18n>['t'], lang: 'zh' | 'en'): NonNullable<DescriptionsProps['items']> {
  const act = actLabel(request.act, t);
  return [
    { key: 'subject', label: t('desk.request.subject'), span: 2, children: <DeskSubject subject={request.subject} /> },
    { key: 'what', label: t('desk.request.what'), span: 2, children: request.type === 'inquiry' ? t('desk.request.what.inquire') : t('desk.request.what.control', { act }) },
    ...(request.property
      ? [
          {
            key: 'property',
            label: t('desk.request.property'),
            span: 2,
            children: (
              <span>
                {PROPERTY_KINDS[request.property.kind][lang]} <span className="zx-mono">{request.property.ref}</span>
              </span>
            ),
          },
        ]
      : []),
    ...(request.type === 'control' && (request.act === 'freeze' || request.act === 'deduct' || request.amountFen !== null)
      ? [{ key: 'amount', label: t('desk.request.amount'), span: 2, children: request.amountFen === null ? t('desk.request.amountWhole') : <span className="zx-amount">{formatFen(request.amountFen)}</span> }]
      : []),
    ...(request.termMonths !== null ? [{ key: 'term', label: t('desk.request.term'), span: 2, children: t('desk.request.termMonths', { n: request.termMonths }) }] : []),
    ...(request.controlRef ? [{ key: 'controlRef', label: t('desk.request.controlRef'), span: 2, children: <span className="zx-mono">{request.controlRef}</span> }] : []),
  ];
}

function DocumentLine({ deskKey, request, document }: { deskKey: string; request: DeskRequest; document: DeskDocument }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const kind = docKindLabel(document.kind, t);
  const download = async () => {
    setBusy(true);
    try {
      await deskApi.download(deskKey, lang, request.id, document);
    } catch (caught) {
      void message.error(`${t('desk.request.downloadFailed')}：${errorText(caught, i18n)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
      <span>{kind}</span>
      <span className="zx-mono">{document.number}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('desk.request.documentIssued', { date: formatDate(document.issuedOn) })}
      </Typography.Text>
      {document.kind === 'inquiryNotice' ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('desk.request.noFile')}
        </Typography.Text>
      ) : (
        <Button type="link" size="small" icon={<DownloadOutlined />} loading={busy} style={{ paddingInline: 0 }} aria-label={t('desk.request.downloadFor', { kind, number: document.number })} onClick={() => void download()}>
          {t('desk.request.download')}
        </Button>
      )}
    </li>
  );
}

/** One request to the institution: who asks, about whom, what, on which documents; and the button to answer it. */
export function DeskRequestCard({ deskKey, request, onAnswer }: { deskKey: string; request: DeskRequest; onAnswer: () => void }) {
  const { t, lang } = useI18n();
  const act = actLabel(request.act, t);
  const titleId = `desk-request-${request.id}`;
  return (
    <Card
      data-testid="desk-request"
      aria-labelledby={titleId}
      title={
        <Space size={8} wrap id={titleId}>
          <Tag color={ACT_COLORS[request.act] ?? 'default'} style={{ marginInlineEnd: 0 }}>
            {act}
          </Tag>
          <span>{request.caseNumber}</span>
          <span style={{ fontWeight: 'normal' }}>· {request.subject.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {t('desk.request.issuedAt', { time: formatInstant(request.issuedAt) })}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button type="primary" icon={<EditOutlined />} onClick={onAnswer} aria-label={t('desk.request.answerFor', { caseNumber: request.caseNumber, act })}>
          {t('desk.request.answer')}
        </Button>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'court', label: t('desk.request.court'), children: request.court.name },
          { key: 'case', label: t('desk.request.caseNumber'), children: request.caseNumber },
          { key: 'officer', label: t('desk.request.officer'), span: 2, children: t('desk.request.officerBadge', { name: request.officer.name, badge: request.officer.badgeNumber }) },
          ...deskAskedItems(request, t, lang),
          {
            key: 'documents',
            label: t('desk.request.documents'),
            span: 2,
            children: (
              <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {request.documents.map((d) => (
                  <DocumentLine key={d.sha256} deskKey={deskKey} request={request} document={d} />
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Card>
  );
}
