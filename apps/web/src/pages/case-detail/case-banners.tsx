import { Alert } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CLOSING_METHOD_LABELS, STAY_GROUND_LABELS, SUSPENSION_LABELS } from '../../i18n/labels.js';
import { formatDate } from '../../format/date.js';

/** What a clerk must see before anything else: stayed/deferred, closed, late application, pending extension. */
export function CaseBanners({ detail }: { detail: CaseDetailReply }) {
  const { t, lang } = useI18n();
  const s = detail.suspension;
  return (
    <>
      {s ? (
        <Alert
          type="warning"
          showIcon
          role="status"
          style={{ marginBottom: 16 }}
          title={
            s.until
              ? t('case.banner.suspendedUntil', { kind: SUSPENSION_LABELS[s.kind][lang], since: formatDate(s.since), until: formatDate(s.until) })
              : t('case.banner.suspendedSince', { kind: SUSPENSION_LABELS[s.kind][lang], since: formatDate(s.since) })
          }
          description={
            <>
              {s.groundCode ? <div>{t('case.banner.statutoryGround', { ground: STAY_GROUND_LABELS[s.groundCode][lang], article: STAY_GROUND_LABELS[s.groundCode].article })}</div> : null}
              <div>{t('case.banner.ground', { ground: s.ground })}</div>
              <div>{s.kind === 'stay' ? t('case.banner.stayRule') : t('case.banner.deferralRule')}</div>
            </>
          }
        />
      ) : null}
      {detail.closingMethod ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.banner.closed', { method: CLOSING_METHOD_LABELS[detail.closingMethod][lang], date: formatDate(detail.closedOn) })}
          description={detail.closingMethod === 'terminationForNow' ? t('case.banner.terminationForNowRule') : undefined}
        />
      ) : null}
      {detail.pendingExtension ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('case.banner.pendingExtension', { months: detail.pendingExtension.months, date: formatDate(detail.pendingExtension.requestedOn) })}
          description={detail.pendingExtension.reason}
        />
      ) : null}
      {detail.applicationLimit.pastLimit ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('case.banner.pastLimit')} description={t('case.banner.pastLimitRule')} />
      ) : null}
    </>
  );
}
