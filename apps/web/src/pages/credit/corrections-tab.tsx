import { useState } from 'react';
import { Empty, Select, Space, Table, Tag, Typography, Button } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Correction } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canDecideCorrections } from '../../auth/permissions.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CORRECTION_STATUS_COLOURS, correctionGroundText, correctionKindText, correctionStatusText } from '../../i18n/correction-texts.js';
import type { Loaded } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { DaysLeft } from '../../components/days-left.js';
import { DecideCorrectionModal } from './decide-correction-modal.js';
import { hearsCorrection } from './hears-correction.js';

type Status = Correction['status'];
const STATUSES = ['pending', 'granted', 'dismissed'] as const satisfies readonly Status[];

interface Props {
  corrections: Loaded<{ items: Correction[] }>;
  showCourt: boolean;
}

/**
 * 纠正与复议: the correction requests of the caller's courts and, at a higher court, the applications
 * for reconsideration it hears; pending first with the days left (≤ 3 amber, overdue red). The court
 * whose decision went up for reconsideration follows it here, read-only, named where it is heard.
 * Court names come with each row: the console's court list holds only the user's own courts.
 */
export function CorrectionsTab({ corrections, showCourt }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const user = useUser();
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const [deciding, setDeciding] = useState<Correction | null>(null);
  const rows = (corrections.data?.items ?? []).filter((c) => !status || c.status === status);
  // A higher court hears reconsiderations of its lower courts' decisions, whose cases it cannot open.
  const mayOpenCase = (c: Correction) => c.decisionCourtId === user.court.id || user.role === 'city_supervisor';
  const mayDecide = canDecideCorrections(user);
  const name = (zh: string, en: string) => (i18n.lang === 'zh' ? zh : en);

  const columns: TableColumnsType<Correction> = [
    {
      title: t('correction.col.decision'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      render: (v: string, c) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {mayOpenCase(c) ? <Link to={`/cases/${c.caseId}`}>{v}</Link> : v}
          <div className="zx-mono" style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>
            {c.documentNumber}
          </div>
          {c.decisionCourtId !== c.courtId && c.decisionCourtId !== user.court.id ? (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }} data-testid="correction-decision-court">
              {t('correction.decidedBy', { court: name(c.decisionCourtName, c.decisionCourtNameEn) })}
            </div>
          ) : null}
          {c.decisionCourtId !== c.courtId && c.courtId !== user.court.id ? (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }} data-testid="correction-hearing-court">
              {t('correction.heardBy', { court: name(c.courtName, c.courtNameEn) })}
            </div>
          ) : null}
        </div>
      ),
    },
    ...(showCourt ? [{ title: t('cases.col.court'), key: 'court', render: (_: unknown, c: Correction) => <div style={{ minWidth: 110 }}>{name(c.courtName, c.courtNameEn)}</div> }] : []),
    {
      title: t('correction.col.kind'),
      key: 'kind',
      render: (_: unknown, c) => (
        <Tag color={c.kind === 'correction' ? 'geekblue' : 'purple'} style={{ marginInlineEnd: 0 }}>
          {correctionKindText(c, i18n)}
        </Tag>
      ),
    },
    {
      title: t('correction.col.applicantAndGround'),
      key: 'applicant',
      render: (_: unknown, c) => (
        <div style={{ minWidth: 180, maxWidth: 260 }}>
          {c.applicantName}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{correctionGroundText(c.ground, i18n)}</div>
        </div>
      ),
    },
    { title: t('correction.col.receivedOn'), dataIndex: 'receivedOn', key: 'receivedOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    {
      title: t('correction.col.dueOn'),
      key: 'dueOn',
      render: (_: unknown, c) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {formatDate(c.reviewDueOn)}
          {c.status === 'pending' ? (
            <div>
              <DaysLeft daysLeft={c.daysLeft} />
            </div>
          ) : null}
        </div>
      ),
    },
    {
      title: t('correction.col.outcome'),
      key: 'status',
      render: (_: unknown, c) => (
        <div style={{ minWidth: 160, maxWidth: 300, fontSize: 13 }}>
          <Tag color={CORRECTION_STATUS_COLOURS[c.status]} style={{ marginInlineEnd: 0 }} data-testid="correction-status">
            {correctionStatusText(c, i18n)}
          </Tag>
          {c.decidedOn ? <div style={{ marginTop: 2 }}>{t('correction.decidedOn', { date: formatDate(c.decidedOn) })}</div> : null}
          {c.fixDueOn ? <div>{t('correction.fixDueOn', { date: formatDate(c.fixDueOn) })}</div> : null}
          {c.reconsiderationApplyBy ? <div>{t('correction.applyBy', { date: formatDate(c.reconsiderationApplyBy) })}</div> : null}
          {c.decisionNote ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }} ellipsis={{ rows: 2, tooltip: c.decisionNote }}>
              {c.decisionNote}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    ...(mayDecide
      ? [
          {
            title: t('correction.col.action'),
            key: 'action',
            fixed: 'right' as const,
            render: (_: unknown, c: Correction) =>
              c.status !== 'pending' ? null : hearsCorrection(user, c) ? (
                <Button size="small" type="primary" onClick={() => setDeciding(c)} aria-label={t('correction.decideFor', { applicant: c.applicantName, kind: correctionKindText(c, i18n) })}>
                  {t('correction.decide')}
                </Button>
              ) : (
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }} data-testid="correction-heard-above">
                  {t('correction.heardAbove')}
                </Typography.Text>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('correction.sectionHint')}
      </Typography.Paragraph>
      {corrections.error ? <ErrorAlert error={corrections.error} /> : null}
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('correction.filter.status')}
          allowClear
          placeholder={t('correction.filter.all')}
          style={{ minWidth: 160 }}
          value={status}
          onChange={(v?: Status) => setStatus(v)}
          options={STATUSES.map((s) => ({ value: s, label: t(`correction.status.${s}`) }))}
        />
      </Space>
      <Table<Correction>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={corrections.loading}
        scroll={{ x: 'max-content' }}
        rowClassName={(c) => (c.status !== 'pending' ? '' : c.daysLeft < 0 ? 'zx-row-overdue' : c.daysLeft <= 3 ? 'zx-row-soon' : '')}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('correction.empty')} /> }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('correction.total', { total: n }) }}
      />
      {deciding ? (
        <DecideCorrectionModal
          correction={deciding}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDeciding(null);
            corrections.reload();
          }}
          onReload={corrections.reload}
        />
      ) : null}
    </>
  );
}
