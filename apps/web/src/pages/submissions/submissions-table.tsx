import { Button, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DaysLeft } from '../../components/days-left.js';
import { DueDate } from '../../components/due-date.js';
import type { QueueItem } from './submissions-api.js';
import { SubmissionStatusTag } from './submission-status-tag.js';
import { dueForKey, formatSlot, kindOneKey } from './submission-texts.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

interface Props {
  rows: readonly QueueItem[];
  loading: boolean;
  closed: boolean;
  /** The 全部 tab names each row's kind (under its receipt number). */
  showKind: boolean;
  /** A city supervisor's queue spans the courts below: each row names its court. */
  showCourt: boolean;
  courtName: (court: QueueItem['court']) => string;
  /** Whether the user acts on this row (their own court, a deciding role) or only reads it. */
  mayAct: (row: QueueItem) => boolean;
  /** The search string that opens a row in the drawer (a link, so it opens in a new tab too). */
  linkTo: (row: QueueItem) => string;
  onOpen: (row: QueueItem) => void;
}

/** An appointment's summary starts with its slot, shown on a line of its own. */
const subjectOf = (row: QueueItem): string => (row.slot ? row.summary.replace(formatSlot(row.slot), '').trim() : row.summary);

/**
 * One court's (or, for the city supervisor, the courts') submissions: open ones soonest deadline
 * first, with the days left — amber at 3 or fewer, red once overdue (the words say it too).
 */
export function SubmissionsTable({ rows, loading, closed, showKind, showCourt, courtName, mayAct, linkTo, onOpen }: Props) {
  const { t } = useI18n();

  const columns: TableColumnsType<QueueItem> = [
    {
      title: t('submission.col.receipt'),
      dataIndex: 'receiptNumber',
      key: 'receiptNumber',
      render: (v: string, r) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <Link to={linkTo(r)} className="zx-mono" data-testid="submission-receipt">
            {v}
          </Link>
          {showKind ? <div style={SMALL}>{t(kindOneKey(r.kind))}</div> : null}
        </div>
      ),
    },
    {
      title: t('submission.col.summary'),
      key: 'summary',
      render: (_: unknown, r) => (
        <div style={{ minWidth: 180, maxWidth: 300 }}>
          {r.urgent ? (
            <Tooltip title={t('submission.urgentHint')}>
              <Tag color="red" style={{ marginInlineEnd: 6 }} data-testid="submission-urgent">
                {t('submission.urgent')}
              </Tag>
            </Tooltip>
          ) : null}
          {r.slot ? (
            <div style={{ whiteSpace: 'nowrap' }} data-testid="submission-slot">
              {t('submission.slot', { slot: formatSlot(r.slot) })}
            </div>
          ) : null}
          <Typography.Text style={r.slot ? SMALL : undefined} ellipsis={{ tooltip: subjectOf(r) }}>
            {subjectOf(r)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('submission.col.case'),
      key: 'case',
      render: (_: unknown, r) =>
        r.caseId && r.caseNumber ? (
          <Link to={`/cases/${r.caseId}`} style={{ whiteSpace: 'nowrap' }}>
            {r.caseNumber}
          </Link>
        ) : (
          // An online filing request asks for a case; once answered, the drawer names the one filed from it.
          <span style={SMALL}>{r.kind !== 'filingRequest' ? t('submission.noCase') : r.status === 'received' ? t('submission.noCaseYet') : '—'}</span>
        ),
    },
    { title: t('submission.col.submitter'), dataIndex: 'submitterName', key: 'submitter', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span> },
    ...(showCourt ? [{ title: t('submission.col.court'), key: 'court', render: (_: unknown, r: QueueItem) => <div style={{ minWidth: 120 }}>{courtName(r.court)}</div> }] : []),
    { title: t('submission.col.received'), dataIndex: 'receivedAt', key: 'receivedAt', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(v)}</span> },
    { title: t('submission.col.status'), key: 'status', render: (_: unknown, r) => <SubmissionStatusTag kind={r.kind} status={r.status} /> },
    ...(closed
      ? []
      : [
          {
            title: t('submission.col.due'),
            key: 'due',
            render: (_: unknown, r: QueueItem) =>
              r.dueBy && r.dueFor && r.daysLeft !== null ? (
                <div style={{ whiteSpace: 'nowrap' }} data-testid="submission-due">
                  <div style={SMALL}>{t(dueForKey(r.kind, r.dueFor))}</div>
                  <DueDate date={r.dueBy} overdue={r.daysLeft < 0} />
                  <div>
                    <DaysLeft daysLeft={r.daysLeft} />
                  </div>
                </div>
              ) : (
                <span style={SMALL}>—</span>
              ),
          },
        ]),
    {
      title: t('submission.col.action'),
      key: 'action',
      fixed: 'right',
      render: (_: unknown, r) => (
        <Button size="small" type={mayAct(r) ? 'primary' : 'default'} autoInsertSpace={false} onClick={() => onOpen(r)} aria-label={t('submission.openFor', { act: t(mayAct(r) ? 'submission.handle' : 'submission.view'), receipt: r.receiptNumber })}>
          {t(mayAct(r) ? 'submission.handle' : 'submission.view')}
        </Button>
      ),
    },
  ];

  return (
    <div data-testid="submissions-table">
      <Table<QueueItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...rows]}
        loading={loading}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (closed || r.daysLeft === null ? '' : r.daysLeft < 0 ? 'zx-row-overdue' : r.daysLeft <= 3 ? 'zx-row-soon' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(closed ? 'submission.empty.closed' : 'submission.empty.open')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('submission.total', { total: n }) }}
      />
    </div>
  );
}
