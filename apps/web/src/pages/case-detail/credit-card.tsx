import { useState } from 'react';
import { Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { api, type CaseDetailReply, type CreditDecision } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canEndCredit, canProposeCredit, canSignCredit } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_ACTION_LABELS, MEASURE_KIND_LABELS, type MeasureKind } from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CreditDecisionItem } from './credit-decision-item.js';
import { CreditProposalModal } from './credit-proposal-modal.js';
import { CreditReviewModal, type ReviewMode } from './credit-review-modal.js';
import { CreditEndModal } from './credit-end-modal.js';

type Dialog = { type: 'propose'; kind: MeasureKind } | { type: 'review'; mode: ReviewMode; decision: CreditDecision } | { type: 'end'; decision: CreditDecision };

const KINDS = keysOf(MEASURE_KIND_LABELS);
const LIVE: ReadonlySet<CreditDecision['status']> = new Set(['pendingApproval', 'inGrace', 'published']);

/**
 * 信用惩戒 on the case page: the case's listings and restrictions with their documents; handlers
 * propose, the president signs or refuses, and a measure whose ground has ended is deleted or lifted.
 */
export function CreditCard({ detail, onChanged }: { detail: CaseDetailReply; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const decisions = useLoad(() => api.listCaseCredit(detail.id), [detail.id, detail.version]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const changed = () => {
    setDialog(null);
    decisions.reload();
    onChanged();
  };

  const items = [...(decisions.data?.items ?? [])].sort((a, b) => Number(LIVE.has(b.status)) - Number(LIVE.has(a.status)) || b.proposedAt.localeCompare(a.proposedAt));
  const open = detail.stage !== 'closed';

  const actionsFor = (d: CreditDecision) => {
    const buttons = [];
    if (d.status === 'pendingApproval' && canSignCredit(user)) {
      buttons.push(
        <Button key="sign" type="primary" size="small" onClick={() => setDialog({ type: 'review', mode: 'approve', decision: d })}>
          {t('credit.sign')}
        </Button>,
        <Button key="refuse" size="small" danger onClick={() => setDialog({ type: 'review', mode: 'refuse', decision: d })}>
          {t('credit.refuse')}
        </Button>,
      );
    }
    if ((d.status === 'published' || d.status === 'inGrace') && canEndCredit(user)) {
      buttons.push(
        <Button key="end" size="small" danger={d.removal?.overdue === true} onClick={() => setDialog({ type: 'end', decision: d })}>
          {t(d.kind === 'dishonestListing' ? 'credit.end.remove' : 'credit.end.lift')}
        </Button>,
      );
    }
    return buttons;
  };

  return (
    <Card
      title={t('credit.title')}
      style={{ marginBottom: 16 }}
      data-testid="credit-card"
      extra={
        canProposeCredit(user) && open ? (
          <Space wrap size={8}>
            {KINDS.map((kind) => (
              <Button key={kind} onClick={() => setDialog({ type: 'propose', kind })}>
                {MEASURE_ACTION_LABELS[kind][lang]}
              </Button>
            ))}
          </Space>
        ) : null
      }
    >
      {decisions.error ? (
        <ErrorAlert
          error={decisions.error}
          action={
            <Button size="small" onClick={decisions.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!decisions.data && decisions.loading ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('credit.empty')}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('credit.emptyHint')}
          </Typography.Text>
        </Empty>
      ) : (
        items.map((d) => <CreditDecisionItem key={d.id} decision={d} actions={actionsFor(d)} />)
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('credit.note')}
      </Typography.Paragraph>

      {dialog?.type === 'propose' ? <CreditProposalModal key={dialog.kind} kind={dialog.kind} detail={detail} onClose={close} onProposed={changed} /> : null}
      {dialog?.type === 'review' ? <CreditReviewModal decision={dialog.decision} mode={dialog.mode} onClose={close} onReviewed={changed} onReload={decisions.reload} /> : null}
      {dialog?.type === 'end' ? <CreditEndModal decision={dialog.decision} onClose={close} onEnded={changed} onReload={decisions.reload} /> : null}
    </Card>
  );
}
