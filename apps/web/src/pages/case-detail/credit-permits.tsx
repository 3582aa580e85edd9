import { Button, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CreditDecision, CreditPermit } from '../../api/endpoints.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PERMISSION_REASON_LABELS, SCENARIO_LABELS } from '../../i18n/labels-credit.js';

/** Active, revoked, or its last day past. */
const permitState = (p: CreditPermit): 'active' | 'revoked' | 'ended' => (p.active ? 'active' : p.revokedAt ? 'revoked' : 'ended');
const COLOURS = { active: 'green', revoked: 'default', ended: 'default' } as const;

/** The permits of necessary consumption under one restriction (限高规定 art. 8), each revocable while in force. */
export function CreditPermits({ decision: d, onRevoke }: { decision: CreditDecision; onRevoke?: ((permit: CreditPermit) => void) | undefined }) {
  const { t, lang } = useI18n();
  const nameOf = (subjectId: number) => d.subjects.find((s) => s.id === subjectId)?.name ?? '—';

  const columns: TableColumnsType<CreditPermit> = [
    { title: t('permit.subject'), key: 'subject', render: (_: unknown, p) => <span style={{ whiteSpace: 'nowrap' }}>{nameOf(p.subjectId)}</span> },
    {
      title: t('permit.reason'),
      key: 'reason',
      render: (_: unknown, p) => (
        <div style={{ minWidth: 140, maxWidth: 220 }}>
          {PERMISSION_REASON_LABELS[p.reason][lang]}
          {p.description ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{p.description}</div> : null}
        </div>
      ),
    },
    {
      title: t('permit.scenarios'),
      key: 'scenarios',
      render: (_: unknown, p) => (
        <Space size={4} wrap style={{ maxWidth: 260 }}>
          {p.scenarios.map((s) => (
            <Tag key={s} style={{ marginInlineEnd: 0 }}>
              {SCENARIO_LABELS[s][lang]}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('permit.period'),
      key: 'period',
      render: (_: unknown, p) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          {t('permit.window', { from: formatDate(p.from), to: formatDate(p.to) })}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{t('permit.grantedBy', { name: p.grantedBy.displayName, date: formatInstant(p.grantedAt) })}</div>
        </div>
      ),
    },
    {
      title: t('credit.col.status'),
      key: 'status',
      render: (_: unknown, p) => {
        const state = permitState(p);
        return (
          <div style={{ minWidth: 90, maxWidth: 220 }}>
            <Tag color={COLOURS[state]} style={{ marginInlineEnd: 0 }} data-testid="permit-status">
              {t(`permit.status.${state}`)}
            </Tag>
            {p.revokedAt ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{t('permit.revokedBy', { date: formatInstant(p.revokedAt), reason: p.revokedReason ?? '—' })}</div> : null}
          </div>
        );
      },
    },
    ...(onRevoke
      ? [
          {
            title: t('correction.col.action'),
            key: 'action',
            render: (_: unknown, p: CreditPermit) =>
              p.active ? (
                <Button size="small" danger onClick={() => onRevoke(p)} aria-label={t('permit.revokeFor', { name: nameOf(p.subjectId), from: formatDate(p.from), to: formatDate(p.to) })}>
                  {t('permit.revoke')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return <Table<CreditPermit> rowKey="id" size="small" columns={columns} dataSource={d.permits} pagination={false} scroll={{ x: 'max-content' }} data-testid="credit-permits" />;
}
