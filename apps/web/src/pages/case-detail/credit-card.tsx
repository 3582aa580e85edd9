import { useState } from 'react';
import { Button, Card, Empty, Skeleton, Space, Typography } from 'antd';
import { api, type CaseDetailReply, type Correction, type CreditDecision, type CreditPermit } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canDecideCorrections, canEndCredit, canFileCorrections, canGrantPermits, canLiftSubjects, canProposeCredit, canSeeCorrections, canSignCredit } from '../../auth/permissions.js';
import { todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_ACTION_LABELS, MEASURE_KIND_LABELS, type MeasureKind } from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CreditDecisionItem } from './credit-decision-item.js';
import { CreditProposalModal } from './credit-proposal-modal.js';
import { CreditReviewModal, type ReviewMode } from './credit-review-modal.js';
import { CreditEndModal } from './credit-end-modal.js';
import { CorrectionModal } from './correction-modal.js';
import { ReconsiderationModal } from './reconsideration-modal.js';
import { PermitModal } from './permit-modal.js';
import { LiftSubjectModal } from './lift-subject-modal.js';
import { DecideCorrectionModal } from '../credit/decide-correction-modal.js';
import { RevokePermitModal } from './revoke-permit-modal.js';

type Dialog =
  | { type: 'propose'; kind: MeasureKind }
  | { type: 'review'; mode: ReviewMode; decision: CreditDecision }
  | { type: 'end'; decision: CreditDecision }
  | { type: 'correction'; decision: CreditDecision }
  | { type: 'reconsideration'; decision: CreditDecision; dismissed: Correction[] }
  | { type: 'decideCorrection'; correction: Correction }
  | { type: 'permit'; decision: CreditDecision }
  | { type: 'revokePermit'; decision: CreditDecision; permit: CreditPermit }
  | { type: 'lift'; decision: CreditDecision; subject: CreditDecision['subjects'][number] };

const KINDS = keysOf(MEASURE_KIND_LABELS);
const LIVE: ReadonlySet<CreditDecision['status']> = new Set(['pendingApproval', 'inGrace', 'published']);
const IN_FORCE: ReadonlySet<CreditDecision['status']> = new Set(['inGrace', 'published']);

/**
 * 信用惩戒 on the case page: the case's listings and restrictions with their documents; handlers
 * propose, the president signs or refuses, and a measure whose ground has ended is deleted or lifted.
 * On a measure in force: correction requests and reconsiderations are registered, a necessary
 * consumption permitted (and revoked), and a replaced former officer released on their own.
 */
export function CreditCard({ detail, onChanged }: { detail: CaseDetailReply; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const decisions = useLoad(() => api.listCaseCredit(detail.id), [detail.id, detail.version]);
  // This case's corrections and reconsiderations, including those heard by the higher court.
  const corrections = useLoad(() => (canSeeCorrections(user) ? api.listCorrections({ caseId: detail.id }) : Promise.resolve({ items: [] })), [detail.id, user.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const changed = () => {
    setDialog(null);
    decisions.reload();
    corrections.reload();
    onChanged();
  };
  const reload = () => {
    decisions.reload();
    corrections.reload();
  };
  const correctionsOf = (d: CreditDecision) => (corrections.data?.items ?? []).filter((c) => c.decisionId === d.id);
  const today = todayCst();

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
    const inForce = IN_FORCE.has(d.status);
    if (inForce && d.kind === 'dishonestListing' && canFileCorrections(user)) {
      buttons.push(
        <Button key="correction" size="small" onClick={() => setDialog({ type: 'correction', decision: d })}>
          {t('correction.file')}
        </Button>,
      );
    }
    // Of a listing: after a dismissed correction, within its apply-by date, once (失信规定 art. 12);
    // of an exit restriction in force, while none is pending. The server refuses a second (409).
    const mine = correctionsOf(d);
    const reconsiderations = mine.filter((c) => c.kind === 'reconsideration');
    const dismissed = mine.filter((c) => c.kind === 'correction' && c.status === 'dismissed' && c.reconsiderationApplyBy !== null && c.reconsiderationApplyBy >= today && !reconsiderations.some((r) => r.parentId === c.id));
    const exitPending = reconsiderations.some((r) => r.status === 'pending');
    if (inForce && canFileCorrections(user) && ((d.kind === 'dishonestListing' && dismissed.length > 0) || (d.kind === 'exitRestriction' && !exitPending))) {
      buttons.push(
        <Button key="reconsideration" size="small" onClick={() => setDialog({ type: 'reconsideration', decision: d, dismissed })}>
          {t('reconsideration.file')}
        </Button>,
      );
    }
    if (d.status === 'published' && d.kind === 'consumptionRestriction' && canGrantPermits(user)) {
      buttons.push(
        <Button key="permit" size="small" onClick={() => setDialog({ type: 'permit', decision: d })}>
          {t('permit.grant')}
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
        items.map((d) => (
          <CreditDecisionItem
            key={d.id}
            decision={d}
            actions={actionsFor(d)}
            corrections={correctionsOf(d)}
            onLift={d.kind === 'consumptionRestriction' && IN_FORCE.has(d.status) && canLiftSubjects(user) ? (subject) => setDialog({ type: 'lift', decision: d, subject }) : undefined}
            onRevokePermit={canGrantPermits(user) ? (permit) => setDialog({ type: 'revokePermit', decision: d, permit }) : undefined}
            onDecideCorrection={canDecideCorrections(user) ? (correction) => setDialog({ type: 'decideCorrection', correction }) : undefined}
          />
        ))
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('credit.note')}
      </Typography.Paragraph>

      {dialog?.type === 'propose' ? <CreditProposalModal key={dialog.kind} kind={dialog.kind} detail={detail} onClose={close} onProposed={changed} /> : null}
      {dialog?.type === 'review' ? <CreditReviewModal decision={dialog.decision} mode={dialog.mode} onClose={close} onReviewed={changed} onReload={decisions.reload} /> : null}
      {dialog?.type === 'end' ? <CreditEndModal decision={dialog.decision} onClose={close} onEnded={changed} onReload={decisions.reload} /> : null}
      {dialog?.type === 'correction' ? <CorrectionModal decision={dialog.decision} onClose={close} onFiled={changed} onReload={reload} /> : null}
      {dialog?.type === 'reconsideration' ? <ReconsiderationModal decision={dialog.decision} dismissed={dialog.dismissed} onClose={close} onFiled={changed} onReload={reload} /> : null}
      {dialog?.type === 'decideCorrection' ? <DecideCorrectionModal correction={dialog.correction} onClose={close} onDecided={changed} onReload={reload} /> : null}
      {dialog?.type === 'permit' ? <PermitModal decision={dialog.decision} onClose={close} onGranted={changed} onReload={reload} /> : null}
      {dialog?.type === 'lift' ? <LiftSubjectModal decision={dialog.decision} subject={dialog.subject} onClose={close} onLifted={changed} onReload={reload} /> : null}
      {dialog?.type === 'revokePermit' ? <RevokePermitModal decision={dialog.decision} permit={dialog.permit} onClose={close} onRevoked={changed} onReload={reload} /> : null}
    </Card>
  );
}

