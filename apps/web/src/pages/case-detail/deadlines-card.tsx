import { Alert, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NODE_LABELS } from '../../i18n/labels.js';
import { DueDate } from '../../components/due-date.js';
import { formatDate } from '../../format/date.js';

type Deadline = CaseDetailReply['deadlines'][number];

function DaysLeft({ d }: { d: Deadline }) {
  const { t } = useI18n();
  if (d.done) return <Tag color="green">{d.doneOn ? t('deadline.doneOn', { date: formatDate(d.doneOn) }) : t('deadline.done')}</Tag>;
  if (d.paused) return <Tag color="orange">{t('deadline.paused')}</Tag>;
  if (d.daysLeft === null) return <span>—</span>;
  if (d.daysLeft < 0) return <span className="zx-overdue">{t('deadline.overdueBy', { days: -d.daysLeft })}</span>;
  if (d.daysLeft === 0) return <Typography.Text type="warning" strong>{t('deadline.dueToday')}</Typography.Text>;
  return <span>{t('deadline.daysLeft', { days: d.daysLeft })}</span>;
}

/** Node deadlines with the rule that sets each; a year without an official holiday calendar is flagged. */
export function DeadlinesCard({ detail }: { detail: CaseDetailReply }) {
  const { t, lang } = useI18n();
  const uncovered = [...new Set(detail.deadlines.flatMap((d) => d.uncoveredYears))].sort();

  const columns: TableColumnsType<Deadline> = [
    {
      title: t('deadline.node'),
      dataIndex: 'node',
      key: 'node',
      width: 150,
      render: (_: unknown, d) => (
        <span>
          {NODE_LABELS[d.node][lang]}
          {d.uncoveredYears.length > 0 ? (
            <Tooltip title={t('deadline.uncoveredRow', { years: d.uncoveredYears.join('、') })}>
              <WarningOutlined style={{ color: '#b45309', marginInlineStart: 6 }} aria-label={t('deadline.uncoveredRow', { years: d.uncoveredYears.join('、') })} />
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    { title: t('deadline.dueDate'), dataIndex: 'dueDate', key: 'dueDate', width: 150, render: (_: unknown, d) => <DueDate date={d.dueDate} overdue={d.overdue && !d.done} /> },
    { title: t('deadline.status'), key: 'status', width: 130, render: (_: unknown, d) => <DaysLeft d={d} /> },
    {
      title: t('deadline.legalBasis'),
      dataIndex: 'legalBasis',
      key: 'legalBasis',
      render: (v: string) => (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {v}
        </Typography.Text>
      ),
    },
  ];

  const extras: string[] = [t('deadline.noticeFrom', { date: formatDate(detail.receivedOn) })];
  if (detail.excludedDays > 0) extras.push(t('deadline.excludedDays', { days: detail.excludedDays }));
  if (detail.extensionMonths > 0) extras.push(t('deadline.extended', { months: detail.extensionMonths }));

  return (
    <Card title={t('case.deadlines')} style={{ marginBottom: 16 }}>
      {uncovered.length > 0 ? (
        <Alert type="warning" showIcon role="alert" title={t('deadline.uncoveredTitle', { years: uncovered.join('、') })} description={t('deadline.uncoveredBody')} style={{ marginBottom: 12 }} />
      ) : null}
      <Table<Deadline>
        rowKey="node"
        size="small"
        columns={columns}
        dataSource={detail.deadlines}
        pagination={false}
        locale={{ emptyText: t('deadline.none') }}
        rowClassName={(d) => (d.overdue && !d.done ? 'zx-row-overdue' : '')}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {[t('deadline.countingRule'), ...extras].join(' ')}
      </Typography.Paragraph>
    </Card>
  );
}
