import { useState } from 'react';
import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { distributionApi, type PlansReply } from './distribution-api.js';
import { canMakePlans, canRecordPlanService } from './distribution-values.js';
import { DistributionPlanView } from './distribution-plan-view.js';
import { DistributionPlanModal } from './distribution-plan-modal.js';
import { DistributionServiceModal } from './distribution-service-modal.js';

type Dialog = { kind: 'plan' } | { kind: 'service'; planId: string };

interface Props {
  detail: CaseDetailReply;
  /** What the case account holds free: a plan distributes at most this. */
  availableFen: number;
  onChanged: () => void;
}

/**
 * 参与分配 inside the 执行款 card: the handler makes the distribution plan of proceeds held in the
 * case account among the creditors who joined in; each plan is listed with its lines, its document
 * and, party by party, its service and periods (民诉法解释 arts. 506–514).
 */
export function DistributionSection({ detail, availableFen, onChanged }: Props) {
  const { t } = useI18n();
  const user = useUser();
  const plans = useLoad<PlansReply>(() => distributionApi.list(detail.id), [detail.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const mayMake = canMakePlans(user);
  const mayServe = canRecordPlanService(user);
  const debtorNames = detail.parties.filter((p) => p.partyRole === 'debtor').map((p) => p.name);
  const list = plans.data?.plans ?? [];
  const sorted = [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const today = todayCst();
  const servicePlan = dialog?.kind === 'service' ? list.find((p) => p.id === dialog.planId) : undefined;

  const changed = () => {
    plans.reload();
    onChanged();
  };
  const done = () => {
    setDialog(null);
    changed();
  };

  return (
    <section style={{ marginBottom: 16 }} data-testid="distribution-section">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 4 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('distribution.title', { total: list.length })}
        </Typography.Title>
        {mayMake ? <Button onClick={() => setDialog({ kind: 'plan' })}>{t('distribution.action.make')}</Button> : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('distribution.intro')}
      </Typography.Paragraph>
      {plans.error ? (
        <ErrorAlert
          error={plans.error}
          action={
            <Button size="small" onClick={plans.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      {!plans.data && plans.loading ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : plans.data && sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('distribution.empty')} style={{ margin: '8px 0' }} />
      ) : (
        sorted.map((plan) => <DistributionPlanView key={plan.id} caseId={detail.id} plan={plan} debtorNames={debtorNames} today={today} {...(mayServe ? { onServe: () => setDialog({ kind: 'service', planId: plan.id }) } : {})} />)
      )}
      {dialog?.kind === 'plan' ? (
        <DistributionPlanModal caseId={detail.id} parties={detail.parties} caseBasis={detail.basis.documentNumber} availableFen={availableFen} onClose={() => setDialog(null)} onDone={done} onReload={changed} />
      ) : null}
      {servicePlan ? <DistributionServiceModal key={servicePlan.id} caseId={detail.id} plan={servicePlan} debtorNames={debtorNames} onClose={() => setDialog(null)} onDone={done} onReload={changed} /> : null}
    </section>
  );
}
