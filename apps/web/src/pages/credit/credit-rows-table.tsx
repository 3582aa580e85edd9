import { Empty, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { CreditOverviewReply } from '../../api/endpoints.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { endingGroundText, groundText } from '../../i18n/credit-texts.js';
import { MEASURE_KIND_LABELS } from '../../i18n/labels-credit.js';
import { DueDate } from '../../components/due-date.js';
import { CreditStatusTag } from '../../components/credit-status-tag.js';

export type OverviewRow = CreditOverviewReply['published'][number];
export type OverviewSection = 'pendingApproval' | 'inGrace' | 'removalDue' | 'published';

/** Decisions of one section of the list-management page; each row leads to its case. */
export function CreditRowsTable({ rows, section, loading, showCourt, courtName }: { rows: readonly OverviewRow[]; section: OverviewSection; loading: boolean; showCourt: boolean; courtName: (id: string, fallback: string) => string }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;
  /** The dates that matter in each section: when it must come off, when it was proposed, or its terms. */
  const dateColumns = (s: OverviewSection): TableColumnsType<OverviewRow> => {
    switch (s) {
      case 'removalDue':
        return [
          { title: t('credit.col.removalGround'), key: 'removalGround', render: (_: unknown, r) => <div style={{ minWidth: 160 }}>{r.removal?.ground ? endingGroundText(r.removal.ground, r.kind, i18n) : '—'}</div> },
          { title: t('credit.col.removeBy'), key: 'removeBy', render: (_: unknown, r) => <DueDate date={r.removal?.dueOn ?? null} overdue={r.removal?.overdue === true} /> },
        ];
      case 'pendingApproval':
        return [{ title: t('credit.col.proposedOn'), dataIndex: 'decisionDate', key: 'proposedOn', render: (v: string) => nowrap(formatDate(v)) }];
      case 'inGrace':
      case 'published':
        return [
          { title: t('credit.decisionDate'), dataIndex: 'decisionDate', key: 'decisionDate', render: (v: string) => nowrap(formatDate(v)) },
          { title: t('credit.term.publishOn'), dataIndex: 'publishOn', key: 'publishOn', render: (v: string | null) => nowrap(formatDate(v)) },
          {
            title: t('credit.term.expiresOn'),
            dataIndex: 'expiresOn',
            key: 'expiresOn',
            render: (v: string | null, r) => nowrap(v ? formatDate(v) : t(r.kind === 'dishonestListing' ? 'credit.term.noFixedPeriodShort' : 'credit.term.untilLiftedShort')),
          },
        ];
    }
  };
  const columns: TableColumnsType<OverviewRow> = [
    {
      title: t('cases.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (v: string, r) => (
        <Link to={`/cases/${r.caseId}`} style={{ whiteSpace: 'nowrap' }}>
          {v}
        </Link>
      ),
    },
    ...(showCourt ? [{ title: t('cases.col.court'), dataIndex: 'courtName', key: 'courtName', render: (v: string, r: OverviewRow) => <div style={{ minWidth: 110 }}>{courtName(r.courtId, v)}</div> }] : []),
    {
      title: t('credit.col.kindAndNumber'),
      dataIndex: 'kind',
      key: 'kind',
      render: (v: OverviewRow['kind'], r) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {MEASURE_KIND_LABELS[v][lang]}
          <div className="zx-mono" style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>
            {r.documentNumber}
          </div>
        </div>
      ),
    },
    { title: t('credit.col.status'), key: 'status', render: (_: unknown, r) => <CreditStatusTag decision={r} /> },
    { title: t('credit.form.debtor'), key: 'debtor', render: (_: unknown, r) => <div style={{ minWidth: 140 }}>{r.debtor.name}</div> },
    {
      title: t('credit.form.ground'),
      dataIndex: 'ground',
      key: 'ground',
      render: (v: OverviewRow['ground']) => (v ? <div style={{ minWidth: 180, maxWidth: 240 }}>{groundText(v, i18n)}</div> : '—'),
    },
    ...dateColumns(section),
  ];
  return (
    <Table<OverviewRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => (r.removal?.overdue ? 'zx-row-overdue' : '')}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`credit.empty.${section}`)} /> }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('credit.totalRows', { total: n }) }}
    />
  );
}

/** The number on a tab: red when something is overdue. */
export function CountTag({ count, danger }: { count: number; danger?: boolean }) {
  return (
    <Tag color={danger ? 'red' : count > 0 ? 'blue' : 'default'} style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
      {count}
    </Tag>
  );
}
