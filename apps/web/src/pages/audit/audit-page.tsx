import { useState } from 'react';
import { Alert, Button, Card, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { api, type AuditVerifyReply } from '../../api/endpoints.js';
import { ApiError } from '../../api/client.js';
import { useUser } from '../../auth/session-context.js';
import { canAdminister } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CHAIN_BREAK_LABELS } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { formatInstant } from '../../format/date.js';
import { auditRows, type AuditRow } from './audit-rows.js';

interface Run {
  readonly at: string;
  readonly reply: AuditVerifyReply;
}

/**
 * 审计校验: recompute each court's SM3 hash chain and name the first link that does not hold.
 * Run on request (it reads every event), for the administrator and those who supervise a court.
 */
export function AuditPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const courts = useLoad(() => api.listCourts(), []);
  const [run, setRun] = useState<Run | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const verify = async () => {
    setRunning(true);
    setError(null);
    try {
      const reply = await api.verifyAudit();
      setRun({ at: new Date().toISOString(), reply });
    } catch (caught) {
      setError(caught);
      if (!(caught instanceof ApiError)) console.error(caught);
    } finally {
      setRunning(false);
    }
  };

  const rows = run ? auditRows(run.reply.reports, courts.data?.items ?? []) : [];
  const broken = rows.filter((r) => r.report && !r.report.valid);
  const events = rows.reduce((sum, r) => sum + (r.report?.events ?? 0), 0);

  const columns: TableColumnsType<AuditRow> = [
    {
      title: t('audit.col.court'),
      key: 'court',
      render: (_: unknown, r) => (
        <span>
          <Typography.Text type="secondary" className="zx-mono" style={{ marginInlineEnd: 8 }}>
            {r.code}
          </Typography.Text>
          {lang === 'zh' ? r.name : r.nameEn}
        </span>
      ),
    },
    { title: t('audit.col.events'), key: 'events', align: 'right', width: 100, render: (_: unknown, r) => r.report?.events ?? 0 },
    {
      title: t('audit.col.result'),
      key: 'result',
      width: 130,
      render: (_: unknown, r) =>
        !r.report || r.report.events === 0 ? (
          <Tag style={{ marginInlineEnd: 0 }}>{t('audit.noEvents')}</Tag>
        ) : r.report.valid ? (
          <Tag color="green" icon={<CheckCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="audit-valid">
            {t('audit.valid')}
          </Tag>
        ) : (
          <Tag color="red" icon={<CloseCircleOutlined />} style={{ marginInlineEnd: 0 }} data-testid="audit-broken">
            {t('audit.broken')}
          </Tag>
        ),
    },
    {
      title: t('audit.col.firstBroken'),
      key: 'firstBroken',
      render: (_: unknown, r) => {
        const b = r.report?.firstBroken;
        if (!b) return '—';
        const reason = CHAIN_BREAK_LABELS[b.reason][lang];
        return <span className="zx-overdue">{t(b.reason === 'headMismatch' ? 'audit.brokenFrom' : 'audit.brokenAt', { seq: b.seq, reason })}</span>;
      },
    },
    {
      title: t('audit.col.head'),
      key: 'head',
      render: (_: unknown, r) =>
        r.report?.headHash ? (
          <Tooltip title={<span className="zx-mono" style={{ wordBreak: 'break-all' }}>{r.report.headHash}</span>}>
            <span className="zx-mono" tabIndex={0}>
              {r.report.headHash.slice(0, 16)}…
            </span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        extra={
          <Button type="primary" icon={<SafetyCertificateOutlined />} loading={running} onClick={() => void verify()}>
            {run ? t('audit.rerun') : t('audit.run')}
          </Button>
        }
      />
      {error ? <ErrorAlert error={error} /> : null}
      {courts.error ? <ErrorAlert error={courts.error} /> : null}
      {!run ? (
        <Alert type="info" showIcon title={t('audit.notRun', { scope: canAdminister(user) ? t('audit.scope.all') : t('audit.scope.own') })} />
      ) : (
        <>
          {broken.length === 0 ? (
            <Alert type="success" showIcon role="status" title={t('audit.allValid', { courts: rows.length, events })} description={t('audit.checkedAt', { time: formatInstant(run.at) })} style={{ marginBottom: 16 }} />
          ) : (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('audit.someBroken', { broken: broken.length })}
              description={
                <>
                  <div>{t('audit.brokenAdvice')}</div>
                  <div style={{ fontSize: 12, marginTop: 4 }}>{t('audit.checkedAt', { time: formatInstant(run.at) })}</div>
                </>
              }
              style={{ marginBottom: 16 }}
            />
          )}
          <Card>
            <Table<AuditRow>
              size="middle"
              rowKey="courtId"
              columns={columns}
              dataSource={rows}
              pagination={false}
              rowClassName={(r) => (r.report && !r.report.valid ? 'zx-row-overdue' : '')}
            />
          </Card>
        </>
      )}
    </>
  );
}
