import { useState } from 'react';
import { Alert, Button, Card, Empty, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Loaded } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import type { CaseControl, CaseControlsReply } from './control-api.js';
import { ControlActModal } from './control-act-modal.js';
import { ControlDocuments } from './control-documents.js';
import { ControlStateTag, RenewBy } from './control-tags.js';
import { availableActs, awaitingInstitution, canOrderControls, remainingFen, type ControlActKind } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

type Dialog = { control: CaseControl; act: ControlActKind; suggestedFen?: number | null };

/** What a control holds: a freeze its amount (asked, until the institution confirms) less what was paid over; a seal the whole item. */
function Held({ c }: { c: CaseControl }) {
  const { t } = useI18n();
  if (c.act !== 'freeze') {
    return (
      <div style={{ whiteSpace: 'nowrap' }}>
        {t('control.amount.whole')}
        <div style={SMALL}>{t('control.amount.value', { amount: formatFen(c.valueFen) })}</div>
      </div>
    );
  }
  const remaining = remainingFen(c);
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      {c.heldFen !== null ? <span className="zx-amount">{formatFen(remaining)}</span> : <span style={SMALL}>{t('control.amount.asked', { amount: formatFen(c.amountFen) })}</span>}
      {c.deductedFen > 0 ? <div style={SMALL}>{t('control.amount.deducted', { amount: formatFen(c.deductedFen) })}</div> : null}
    </div>
  );
}

/**
 * 控制措施 on the case page: what the case's freezes, seals and impounds hold against what is still
 * owed (民事诉讼法 art. 253; 查封规定 art. 19), the excess to release, each control's term and the
 * days left to renew it (民诉法解释 art. 485; 查封规定 art. 27), and the rulings and notices issued.
 * The handler renews, releases and deducts; every other case reader follows along.
 */
export function ControlsCard({ detail, controls, onChanged }: { detail: CaseDetailReply; controls: Loaded<CaseControlsReply>; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const mayAct = canOrderControls(user) && detail.stage !== 'closed';
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = controls.data;
  const rows = data?.controls ?? [];
  const byId = new Map(rows.map((c) => [c.id, c]));
  const waiting = rows.some(awaitingInstitution);

  const columns: TableColumnsType<CaseControl> = [
    {
      title: t('control.col.property'),
      key: 'property',
      render: (_: unknown, c) => (
        <div style={{ minWidth: 150, maxWidth: 220 }}>
          {PROPERTY_KINDS[c.propertyKind][lang]}
          <div className="zx-mono" style={{ ...SMALL, overflowWrap: 'anywhere' }}>
            {c.propertyRef}
          </div>
          {c.propertyDescription ? (
            <Typography.Text style={SMALL} ellipsis={{ tooltip: c.propertyDescription }}>
              {c.propertyDescription}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('control.col.institution'), dataIndex: 'institutionName', key: 'institutionName', render: (v: string) => <div style={{ minWidth: 100, maxWidth: 150 }}>{v}</div> },
    {
      title: t('control.col.act'),
      dataIndex: 'act',
      key: 'act',
      render: (_: unknown, c) => (
        <div>
          {t(`control.act.${c.act}`)}
          <div style={{ ...SMALL, whiteSpace: 'nowrap' }}>{c.rulingNumber}</div>
        </div>
      ),
    },
    { title: t('control.col.state'), dataIndex: 'state', key: 'state', render: (_: unknown, c) => <ControlStateTag control={c} /> },
    { title: t('control.col.amount'), key: 'held', align: 'right', render: (_: unknown, c) => <Held c={c} /> },
    {
      title: t('control.col.term'),
      key: 'term',
      render: (_: unknown, c) => (
        <div style={{ minWidth: 110, maxWidth: 160 }}>
          <div style={{ whiteSpace: 'nowrap' }}>{c.startsOn && c.expiresOn ? t('control.term.until', { date: formatDate(c.expiresOn) }) : <span style={SMALL}>{t('control.term.notStarted')}</span>}</div>
          <div style={SMALL}>{c.startsOn ? t('control.term.from', { date: formatDate(c.startsOn), n: c.termMonths }) : t('control.term.months', { n: c.termMonths })}</div>
        </div>
      ),
    },
    { title: t('control.col.renew'), key: 'renew', render: (_: unknown, c) => (c.state === 'inEffect' ? <RenewBy renewBy={c.renewBy} daysToRenew={c.daysToRenew} /> : '—') },
    ...(mayAct
      ? [
          {
            title: t('control.col.actions'),
            key: 'actions',
            render: (_: unknown, c: CaseControl) => {
              const acts = availableActs(c);
              return acts.length === 0 ? (
                '—'
              ) : (
                <Space size={4} wrap style={{ maxWidth: 132 }}>
                  {acts.map((act) => (
                    <Button key={act} size="small" danger={act === 'release'} onClick={() => setDialog({ control: c, act })}>
                      {t(`control.action.${act}`)}
                    </Button>
                  ))}
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  const excess = (data?.excess ?? []).flatMap((e) => {
    const c = byId.get(e.controlId);
    return c ? [{ e, c }] : [];
  });

  return (
    <Card
      title={t('control.title')}
      style={{ marginBottom: 16 }}
      data-testid="controls-card"
      extra={
        <Tooltip title={t('common.refresh')}>
          <Button icon={<ReloadOutlined />} onClick={controls.reload} loading={controls.loading && data !== null} aria-label={t('common.refresh')} />
        </Tooltip>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('control.intro')}
      </Typography.Paragraph>
      {controls.error ? (
        <ErrorAlert
          error={controls.error}
          action={
            <Button size="small" onClick={controls.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!data && controls.loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : data ? (
        <>
          <Space size={24} wrap style={{ marginBottom: 12 }} data-testid="controls-summary">
            <span>
              <Typography.Text type="secondary">{t('control.outstanding')} </Typography.Text>
              <span className="zx-amount" data-testid="controls-outstanding">
                {formatFen(data.outstandingFen)}
              </span>
            </span>
            <span>
              <Typography.Text type="secondary">{t('control.covered')} </Typography.Text>
              <span className="zx-amount" data-testid="controls-covered">
                {formatFen(data.coveredFen)}
              </span>
            </span>
            <span>
              <Typography.Text type="secondary">{t('control.needed')} </Typography.Text>
              <span className="zx-amount" data-testid="controls-needed">
                {formatFen(Math.max(0, data.outstandingFen - data.coveredFen))}
              </span>
            </span>
            {waiting ? <Typography.Text type="secondary">{t('control.awaiting')}</Typography.Text> : null}
          </Space>
          {excess.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="controls-excess"
              title={t('control.excess.title')}
              description={
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {excess.map(({ e, c }) => (
                    <li key={e.controlId} style={{ marginBottom: 4 }}>
                      {PROPERTY_KINDS[c.propertyKind][lang]} {c.propertyRef}（{c.institutionName}）：{e.release === 'whole' ? t('control.excess.whole') : t('control.excess.part', { amount: formatFen(e.amountFen) })}
                      {mayAct && availableActs(c).includes('release') ? (
                        <Button type="link" size="small" onClick={() => setDialog({ control: c, act: 'release', suggestedFen: e.release === 'part' ? e.amountFen : null })}>
                          {t('control.action.release')}
                        </Button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              }
            />
          ) : null}
          {rows.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('control.empty')} style={{ margin: '8px 0 16px' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('control.emptyHint')}
              </Typography.Text>
            </Empty>
          ) : (
            <div data-testid="controls-table">
              <Table<CaseControl> rowKey="id" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 1000 }} style={{ marginBottom: 16 }} />
            </div>
          )}
          <ControlDocuments caseId={detail.id} documents={data.documents} controls={byId} />
        </>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('control.note')}
      </Typography.Paragraph>
      {dialog ? (
        <ControlActModal
          key={`${dialog.control.id}-${dialog.act}`}
          caseId={detail.id}
          control={dialog.control}
          act={dialog.act}
          outstandingFen={data?.outstandingFen ?? 0}
          suggestedFen={dialog.suggestedFen ?? null}
          onClose={() => setDialog(null)}
          onReload={controls.reload}
          onDone={() => {
            setDialog(null);
            controls.reload();
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
