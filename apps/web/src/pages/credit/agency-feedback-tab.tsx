import { Empty, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { api, type AgencyFeedbackReply } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AGENCY_CATEGORY_LABELS, FEEDBACK_KIND_LABELS, SCENARIO_LABELS } from '../../i18n/labels-credit.js';
import { labelOf } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';

type Feedback = AgencyFeedbackReply['items'][number];
type Tally = AgencyFeedbackReply['byAgency'][number];

/** 联合惩戒反馈: what each agency intercepted, and the persons it says were stopped by mistake. */
export function AgencyFeedbackTab({ courtId }: { courtId?: string }) {
  const { t, lang } = useI18n();
  const feedback = useLoad(() => api.listAgencyFeedback(courtId ? { courtId } : {}), [courtId]);

  const tallyColumns: TableColumnsType<Tally> = [
    { title: t('agency.col.name'), dataIndex: 'agencyName', key: 'agencyName' },
    { title: t('credit.feedback.intercepted'), dataIndex: 'intercepted', key: 'intercepted', align: 'right' },
    {
      title: t('credit.feedback.falsePositive'),
      dataIndex: 'falsePositive',
      key: 'falsePositive',
      align: 'right',
      render: (v: number) => (v > 0 ? <span className="zx-overdue">{v}</span> : v),
    },
  ];

  const columns: TableColumnsType<Feedback> = [
    { title: t('credit.feedback.occurredAt'), dataIndex: 'occurredAt', key: 'occurredAt', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(v)}</span> },
    {
      title: t('agency.col.name'),
      key: 'agency',
      render: (_: unknown, f) => (
        <div style={{ minWidth: 140 }}>
          {f.agencyName}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{labelOf(AGENCY_CATEGORY_LABELS, f.agencyCategory, lang)}</div>
        </div>
      ),
    },
    { title: t('credit.feedback.kind'), dataIndex: 'kind', key: 'kind', render: (v: Feedback['kind']) => <Tag color={v === 'intercepted' ? 'blue' : 'orange'}>{FEEDBACK_KIND_LABELS[v][lang]}</Tag> },
    { title: t('credit.feedback.scenario'), dataIndex: 'scenario', key: 'scenario', render: (v: Feedback['scenario']) => <div style={{ minWidth: 120 }}>{SCENARIO_LABELS[v][lang]}</div> },
    { title: t('credit.feedback.subject'), dataIndex: 'subjectMasked', key: 'subjectMasked', render: (v: string) => <span className="zx-mono" style={{ whiteSpace: 'nowrap' }}>{v}</span> },
    {
      title: t('cases.col.caseNumber'),
      key: 'case',
      render: (_: unknown, f) =>
        f.caseId && f.caseNumber ? (
          <Link to={`/cases/${f.caseId}`} style={{ whiteSpace: 'nowrap' }}>
            {f.caseNumber}
          </Link>
        ) : (
          '—'
        ),
    },
    { title: t('credit.feedback.note'), dataIndex: 'note', key: 'note', render: (v: string) => <div style={{ minWidth: 160 }}>{v || '—'}</div> },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('credit.feedback.hint')}
      </Typography.Paragraph>
      {feedback.error ? <ErrorAlert error={feedback.error} /> : null}
      <div style={{ maxWidth: 560, marginBottom: 24 }}>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('credit.feedback.byAgency')}
        </Typography.Title>
        <Table<Tally>
          rowKey="agencyId"
          size="small"
          columns={tallyColumns}
          dataSource={feedback.data?.byAgency ?? []}
          loading={feedback.loading}
          pagination={false}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.feedback.empty')} /> }}
        />
      </div>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('credit.feedback.list')}
        </Typography.Title>
        <Table<Feedback>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={feedback.data?.items ?? []}
          loading={feedback.loading}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.feedback.empty')} /> }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </div>
    </>
  );
}
