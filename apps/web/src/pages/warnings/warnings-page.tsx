import { useState } from 'react';
import { Button, Card, Col, Empty, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, type WarningsReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NODE_LABELS, isDeadlineNode } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { DueDate } from '../../components/due-date.js';
import { formatDate } from '../../format/date.js';

type Warning = WarningsReply['items'][number];
type Kind = Warning['kind'];

const KIND_COLOURS: Readonly<Record<Kind, string>> = { overdueNode: 'red', idleCase: 'orange', creditRemovalOverdue: 'magenta', creditCorrectionOverdue: 'purple', networkRequestUnanswered: 'geekblue', controlExpiring: 'gold', disbursementOverdue: 'volcano', assistReplyRejected: 'red' };

/** 消极执行 warnings for those who supervise: where the overdue nodes and idle cases are, court by court. */
export function WarningsPage() {
  const { t, lang, pick } = useI18n();
  const [kind, setKind] = useState<Kind | 'all'>('all');
  const [courtId, setCourtId] = useState<string | undefined>(undefined);
  const warnings = useLoad(() => api.listWarnings({ ...(kind === 'all' ? {} : { kind }), ...(courtId ? { courtId } : {}) }), [kind, courtId]);
  const courts = useLoad(() => api.listCourts(), []);
  const courtName = (id: string, fallback: string) => {
    const court = courts.data?.items.find((c) => c.id === id);
    return court ? (lang === 'zh' ? court.name : court.nameEn) : fallback;
  };

  // A control's days count down to its renewal date (negative once past it); the others count the days overdue or idle.
  const daysText = (k: Kind, days: number): string => {
    if (k === 'idleCase') return t('warnings.daysIdle', { days });
    if (k === 'controlExpiring' && days >= 0) return t('warnings.daysToRenew', { days });
    return t('warnings.daysOverdue', { days: Math.abs(days) });
  };

  const manyCourts = (courts.data?.items.length ?? 0) > 1;
  const toggleCourt = (id: string) => setCourtId((current) => (current === id ? undefined : id));
  const byCourt = warnings.data?.byCourt ?? [];
  const total = byCourt.reduce((sum, c) => sum + c.count, 0);

  const columns: TableColumnsType<Warning> = [
    { title: t('cases.col.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber', render: (v: string, w) => <Link to={`/cases/${w.caseId}`} style={{ whiteSpace: 'nowrap' }}>{v}</Link> },
    ...(manyCourts
      ? [{ title: t('cases.col.court'), dataIndex: 'courtName', key: 'courtName', render: (v: string, w: Warning) => <div style={{ minWidth: 110 }}>{courtName(w.courtId, v)}</div> }]
      : []),
    { title: t('cases.col.handler'), dataIndex: 'handlerName', key: 'handlerName', render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ?? <Tag>{t('cases.unassigned')}</Tag>}</span> },
    {
      title: t('warnings.kind'),
      dataIndex: 'kind',
      key: 'kind',
      render: (v: Kind) => <Tag color={KIND_COLOURS[v]}>{t(`warnings.kind.${v}`)}</Tag>,
    },
    {
      title: t('deadline.node'),
      dataIndex: 'node',
      key: 'node',
      render: (v: string, w) => <div style={{ minWidth: 90 }}>{w.kind === 'creditRemovalOverdue' ? t('warnings.node.creditRemoval') : w.kind === 'creditCorrectionOverdue' ? t('warnings.node.creditCorrection') : w.kind === 'networkRequestUnanswered' ? t('warnings.node.networkRequest') : w.kind === 'controlExpiring' ? t('warnings.node.controlRenew') : w.kind === 'disbursementOverdue' ? t('warnings.node.disbursement') : w.kind === 'assistReplyRejected' ? t('warnings.node.networkRequest') : isDeadlineNode(v) ? NODE_LABELS[v][lang] : '—'}</div>,
    },
    { title: t('deadline.dueDate'), dataIndex: 'dueDate', key: 'dueDate', render: (v: string | null, w) => <DueDate date={v} overdue={w.kind === 'controlExpiring' ? w.days < 0 : w.kind !== 'idleCase'} /> },
    {
      title: t('warnings.days'),
      dataIndex: 'days',
      key: 'days',
      align: 'right',
      render: (v: number, w) => <span style={{ whiteSpace: 'nowrap' }}>{daysText(w.kind, v)}</span>,
    },
    {
      title: t('warnings.message'),
      key: 'message',
      width: 260,
      render: (_: unknown, w) => (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {pick(w.messageZh, w.messageEn)}
          </Typography.Text>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{t('warnings.detectedOnLine', { date: formatDate(w.detectedOn) })}</div>
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('warnings.title')}
        description={t('warnings.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={warnings.reload} loading={warnings.loading}>
            {t('common.refresh')}
          </Button>
        }
      />
      {warnings.error ? <ErrorAlert error={warnings.error} /> : null}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('warnings.total')} value={total} styles={{ content: { color: total > 0 ? '#b91c1c' : undefined } }} />
          </Card>
        </Col>
        {byCourt.map((c) => (
          <Col key={c.courtId} xs={12} md={6}>
            <Card
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={courtId === c.courtId}
              onClick={() => toggleCourt(c.courtId)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  toggleCourt(c.courtId);
                }
              }}
              style={courtId === c.courtId ? { borderColor: '#1d4ed8', boxShadow: '0 0 0 1px #1d4ed8' } : undefined}
            >
              <Statistic title={courtName(c.courtId, c.courtName)} value={c.count} suffix={t('warnings.countUnit')} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Kind | 'all'>
            aria-label={t('warnings.kind')}
            value={kind}
            onChange={setKind}
            options={[
              { value: 'all', label: t('warnings.kind.all') },
              { value: 'overdueNode', label: t('warnings.kind.overdueNode') },
              { value: 'idleCase', label: t('warnings.kind.idleCase') },
              { value: 'creditRemovalOverdue', label: t('warnings.kind.creditRemovalOverdue') },
              { value: 'creditCorrectionOverdue', label: t('warnings.kind.creditCorrectionOverdue') },
              { value: 'networkRequestUnanswered', label: t('warnings.kind.networkRequestUnanswered') },
              { value: 'controlExpiring', label: t('warnings.kind.controlExpiring') },
              { value: 'disbursementOverdue', label: t('warnings.kind.disbursementOverdue') },
              { value: 'assistReplyRejected', label: t('warnings.kind.assistReplyRejected') },
            ]}
          />
          {manyCourts ? (
            <Select
              aria-label={t('cases.filters.court')}
              allowClear
              placeholder={t('cases.filters.allCourts')}
              style={{ minWidth: 220 }}
              value={courtId}
              onChange={(v?: string) => setCourtId(v)}
              options={(courts.data?.items ?? []).map((c) => ({ value: c.id, label: lang === 'zh' ? c.name : c.nameEn }))}
            />
          ) : null}
          <Typography.Text type="secondary">{t('warnings.rule')}</Typography.Text>
        </Space>
        <Table<Warning>
          rowKey="id"
          columns={columns}
          dataSource={warnings.data?.items ?? []}
          loading={warnings.loading}
          scroll={{ x: 1040 }}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('warnings.empty')} /> }}
          pagination={{ pageSize: 20, showTotal: (n) => t('warnings.totalRows', { total: n }) }}
        />
      </Card>
    </>
  );
}
