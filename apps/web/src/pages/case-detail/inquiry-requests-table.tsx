import { Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Institution, InquiryRequest } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { REQUEST_STATE_COLORS, categoryOf } from './network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

/** One row per institution × debtor × day: where each request of the network inquiry stands. */
export function InquiryRequestsTable({ requests, institutions }: { requests: readonly InquiryRequest[]; institutions: ReadonlyMap<string, Institution> }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<InquiryRequest> = [
    {
      title: t('inquiry.col.institution'),
      key: 'institution',
      render: (_: unknown, r) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Text strong>{r.institutionName}</Typography.Text>
          <div style={SMALL}>{categoryOf(r, institutions, lang)}</div>
        </div>
      ),
    },
    { title: t('inquiry.col.debtor'), dataIndex: 'subjectName', key: 'subjectName', render: (v: string) => v || '—' },
    {
      title: t('inquiry.col.state'),
      dataIndex: 'state',
      key: 'state',
      render: (_: unknown, r) => {
        const tag = (
          <Tag color={REQUEST_STATE_COLORS[r.state]} style={{ marginInlineEnd: 0 }} data-testid="inquiry-state">
            {t(`inquiry.state.${r.state}`)}
          </Tag>
        );
        return r.attempts > 1 ? <Tooltip title={t('inquiry.attempts', { n: r.attempts })}>{tag}</Tooltip> : tag;
      },
    },
    { title: t('inquiry.col.requestedAt'), dataIndex: 'createdAt', key: 'createdAt', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(v)}</span> },
    { title: t('inquiry.col.answeredAt'), dataIndex: 'answeredAt', key: 'answeredAt', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ? formatInstant(v) : '—'}</span> },
    {
      title: t('inquiry.col.note'),
      dataIndex: 'note',
      key: 'note',
      render: (v: string | null) =>
        v ? (
          <Typography.Text style={{ maxWidth: 320, fontSize: 13 }} ellipsis={{ tooltip: v }}>
            {v}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <div data-testid="inquiry-requests">
      <Table<InquiryRequest> rowKey="id" size="small" columns={columns} dataSource={[...requests]} pagination={false} scroll={{ x: 'max-content' }} />
    </div>
  );
}
