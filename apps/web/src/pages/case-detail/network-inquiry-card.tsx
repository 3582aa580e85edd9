import { useMemo, useState } from 'react';
import { App, Badge, Button, Card, Collapse, Empty, Popconfirm, Progress, Skeleton, Space, Tooltip, Typography } from 'antd';
import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { api, type CaseDetailReply, type CaseProperty, type Institution, type InquiryStartedReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { formatInstant } from '../../format/date.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { InquiryRequestsTable } from './inquiry-requests-table.js';
import { PropertyTable } from './property-table.js';
import { canStartInquiry, countRequests, inquirableDebtors, inquiringInstitutions, inquiryClosed, sortRequests, type RequestCounts } from './network-inquiry-values.js';
import type { CaseControl } from './control-api.js';
import { ControlOrderModal } from './control-order-modal.js';
import { canOrderControls } from './control-values.js';

/** More requests than this and the table starts folded: the progress line above already sums them up. */
const FOLD_OVER = 8;

/** What the server did, in one line for the toast. */
function startedText(reply: InquiryStartedReply, t: Translate): { type: 'success' | 'info' | 'warning'; text: string } {
  if (reply.requested > 0 && reply.alreadyRequested > 0) return { type: 'success', text: t('inquiry.startedPartly', { requested: reply.requested, already: reply.alreadyRequested }) };
  if (reply.requested > 0) return { type: 'success', text: t('inquiry.started', { requested: reply.requested, institutions: reply.institutions, debtors: reply.debtors }) };
  if (reply.alreadyRequested > 0) return { type: 'info', text: t('inquiry.nothingNew', { already: reply.alreadyRequested }) };
  return { type: 'warning', text: t('inquiry.nothingToSend') };
}

/** Answered / waiting / not carried out, as a stacked bar (green answered, red failed) and counts. */
function InquiryProgress({ counts, lastStarted }: { counts: RequestCounts; lastStarted: string | null }) {
  const { t } = useI18n();
  const pct = (n: number) => (counts.total === 0 ? 0 : Math.round((n / counts.total) * 1000) / 10);
  return (
    <div data-testid="inquiry-progress" style={{ marginBottom: 12 }}>
      <Space size={16} wrap style={{ width: '100%' }}>
        <Typography.Text strong>{t('inquiry.progress.label')}</Typography.Text>
        <Progress
          percent={pct(counts.answered + counts.failed)}
          success={{ percent: pct(counts.answered) }}
          strokeColor="#cf1322"
          format={() => `${counts.answered}/${counts.total}`}
          style={{ width: 220, margin: 0 }}
          aria-label={t('inquiry.progress.label')}
        />
        <Badge status="success" text={`${t('inquiry.progress.answered')} ${counts.answered}`} />
        <Badge status="processing" text={`${t('inquiry.progress.pending')} ${counts.pending}`} />
        <Badge status="error" text={`${t('inquiry.progress.failed')} ${counts.failed}`} />
        <Typography.Text type="secondary">{t('inquiry.progress.total', { total: counts.total })}</Typography.Text>
        {lastStarted ? <Typography.Text type="secondary">{t('inquiry.lastStarted', { time: formatInstant(lastStarted) })}</Typography.Text> : null}
      </Space>
    </div>
  );
}

/**
 * 网络查控 on the case page: the handler sends one signed request to every networked assisting
 * institution for every debtor (民事诉讼法 art. 253; 网络查询冻结规定 art. 3), once a day; every
 * case reader follows where each request stands and what property was reported. Reading the
 * results is itself recorded by the server, so they are read once when the card opens and again
 * only when asked (刷新) or after an inquiry is started.
 */
export function NetworkInquiryCard({
  detail,
  onChanged,
  controls,
  onControlOrdered,
}: {
  detail: CaseDetailReply;
  onChanged: () => void;
  /** The case's controls, to show which items it holds; a new order is reported with `onControlOrdered`. */
  controls?: readonly CaseControl[];
  onControlOrdered?: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const mayStart = canStartInquiry(user);
  // 采取控制措施 on an item found: the handler's act, while the case is open.
  const mayControl = canOrderControls(user) && detail.stage !== 'closed';
  const [ordering, setOrdering] = useState<CaseProperty | null>(null);
  const found = useLoad(() => api.getCaseProperties(detail.id), [detail.id]);
  // Every institution, retired ones too, to name each request's category in the chosen language.
  const institutionList = useLoad(() => api.listInstitutions({ includeRetired: 'true' }), []);
  const [busy, setBusy] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);

  const institutions = useMemo(() => new Map<string, Institution>((institutionList.data?.items ?? []).map((i) => [i.id, i])), [institutionList.data]);
  const asked = institutionList.data ? inquiringInstitutions(institutionList.data.items).length : null;
  const debtors = inquirableDebtors(detail).length;
  const requests = useMemo(() => sortRequests(found.data?.requests ?? []), [found.data]);
  const properties = found.data?.properties ?? [];
  const counts = countRequests(requests);
  const lastStarted = requests[0]?.createdAt ?? null;

  const start = async () => {
    setBusy(true);
    setStartError(null);
    try {
      const reply = await api.startNetworkInquiry(detail.id);
      const { type, text } = startedText(reply, t);
      void message.open({ type, content: text, duration: 6 });
      found.reload();
      if (reply.requested > 0) onChanged();
    } catch (caught) {
      setStartError(caught);
    } finally {
      setBusy(false);
    }
  };

  // Why the button cannot be pressed, when the answer is known before asking the server.
  const blocked = debtors === 0 ? t('inquiry.noDebtors') : asked === 0 ? t('inquiry.noInstitutions') : null;
  const startButton =
    mayStart && !inquiryClosed(detail) ? (
      blocked ? (
        <Tooltip title={blocked}>
          <Button type="primary" icon={<SearchOutlined />} disabled>
            {t('inquiry.start')}
          </Button>
        </Tooltip>
      ) : (
        <Popconfirm
          title={t('inquiry.confirmTitle')}
          placement="bottomRight"
          description={
            <div style={{ maxWidth: 340 }} data-testid="inquiry-confirm">
              {asked === null ? t('inquiry.confirmBodyUnknown', { debtors }) : t('inquiry.confirmBody', { institutions: asked, debtors, requests: asked * debtors })}
            </div>
          }
          okText={t('inquiry.confirmOk')}
          cancelText={t('common.cancel')}
          onConfirm={() => void start()}
        >
          <Button type="primary" icon={<SearchOutlined />} loading={busy}>
            {t('inquiry.start')}
          </Button>
        </Popconfirm>
      )
    ) : null;

  return (
    <Card
      title={t('inquiry.title')}
      style={{ marginBottom: 16 }}
      data-testid="network-inquiry-card"
      extra={
        <Space size={8}>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={found.reload} loading={found.loading && found.data !== null} aria-label={t('common.refresh')} />
          </Tooltip>
          {startButton}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t('inquiry.intro')}
      </Typography.Paragraph>
      {startError ? <ErrorAlert error={startError} /> : null}
      {found.error ? (
        <ErrorAlert
          error={found.error}
          action={
            <Button size="small" onClick={found.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!found.data && found.loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : found.data ? (
        <>
          {requests.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inquiry.noRequests')} style={{ margin: '8px 0 24px' }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inquiry.noRequestsHint')}
              </Typography.Text>
            </Empty>
          ) : (
            <>
              <InquiryProgress counts={counts} lastStarted={lastStarted} />
              <Collapse
                size="small"
                defaultActiveKey={requests.length > FOLD_OVER ? [] : ['requests']}
                style={{ marginBottom: 16 }}
                items={[{ key: 'requests', label: t('inquiry.requests', { total: requests.length }), children: <InquiryRequestsTable requests={requests} institutions={institutions} />, styles: { body: { padding: 0 } } }]}
              />
            </>
          )}
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('inquiry.properties', { total: properties.length })}
          </Typography.Title>
          <PropertyTable properties={properties} controls={controls} onControl={mayControl ? setOrdering : undefined} />
        </>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('inquiry.auditNote')}
      </Typography.Paragraph>
      {ordering ? (
        <ControlOrderModal
          key={ordering.id}
          caseId={detail.id}
          property={ordering}
          onClose={() => setOrdering(null)}
          onOrdered={() => {
            setOrdering(null);
            onControlOrdered?.();
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}
