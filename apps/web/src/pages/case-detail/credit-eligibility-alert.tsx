import { Alert, Descriptions, Spin } from 'antd';
import { errorText } from '../../api/error-text.js';
import { yearsText } from '../../i18n/credit-texts.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MeasureKind } from '../../i18n/labels-credit.js';
import { ProblemList } from '../../components/problems-alert.js';
import type { EligibilityState } from './use-credit-eligibility.js';

/**
 * The server's verdict on the proposal as it stands: green with the terms it would have, red with
 * every reason against. Announced politely to screen readers as it changes.
 */
export function CreditEligibilityAlert({ state, kind }: { state: EligibilityState; kind: MeasureKind }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { result, checking, error } = state;
  const rechecking = checking ? (
    <span style={{ marginInlineStart: 8, fontWeight: 'normal' }}>
      <Spin size="small" /> {t('credit.eligibility.rechecking')}
    </span>
  ) : null;

  let body;
  if (error) {
    body = <Alert type="warning" showIcon title={t('credit.eligibility.unavailable')} description={errorText(error, i18n)} />;
  } else if (!result) {
    body = checking ? (
      <Alert type="info" showIcon icon={<Spin size="small" />} title={t('credit.eligibility.checking')} />
    ) : (
      <Alert type="info" showIcon title={t(kind === 'dishonestListing' ? 'credit.eligibility.waitingListing' : 'credit.eligibility.waiting')} />
    );
  } else if (result.eligible && result.terms) {
    const terms = result.terms;
    const expiry =
      terms.expiresOn !== null
        ? formatDate(terms.expiresOn)
        : kind === 'dishonestListing'
          ? t('credit.term.noFixedPeriod')
          : t('credit.term.untilLifted');
    body = (
      <Alert
        type="success"
        showIcon
        title={
          <span>
            {t('credit.eligibility.eligible')}
            {rechecking}
          </span>
        }
        description={
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 4 }}
            items={[
              { key: 'publishOn', label: t('credit.term.publishOn'), children: formatDate(terms.publishOn) },
              ...(terms.periodYears !== null ? [{ key: 'period', label: t('credit.term.period'), children: yearsText(terms.periodYears, i18n) }] : []),
              { key: 'expiresOn', label: t('credit.term.expiresOn'), children: expiry },
              { key: 'legalBasis', label: t('credit.legalBasis'), children: terms.legalBasis },
            ]}
          />
        }
      />
    );
  } else {
    body = (
      <Alert
        type="error"
        showIcon
        title={
          <span>
            {t('credit.eligibility.ineligible', { n: result.problems.length })}
            {rechecking}
          </span>
        }
        description={<ProblemList problems={result.problems} />}
      />
    );
  }
  return (
    <div aria-live="polite" data-testid="credit-eligibility" style={{ marginBottom: 16 }}>
      {body}
    </div>
  );
}
