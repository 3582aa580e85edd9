import { Alert, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n-context.js';
import { DATE_FORMAT } from '../../format/date.js';

/**
 * The two-year application period (民事诉讼法 art. 250) runs from the last day of the
 * performance period, or from the effective date when the document sets none. The server
 * computes the binding date; this is the clerk's early warning while typing.
 */
export function ApplicationPeriodHint() {
  const { t } = useI18n();
  const effective = Form.useWatch<Dayjs | undefined>(['basis', 'effectiveDate']);
  const deadline = Form.useWatch<Dayjs | null | undefined>(['basis', 'performanceDeadline']);
  const start = deadline ?? effective;
  if (!start) {
    return <Alert type="info" showIcon title={t('basis.applicationPeriod.title')} description={t('basis.applicationPeriod.rule')} style={{ marginBottom: 8 }} />;
  }
  const end = start.add(2, 'year');
  const past = end.isBefore(dayjs(), 'day');
  return (
    <Alert
      type={past ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 8 }}
      title={t('basis.applicationPeriod.until', { date: end.format(DATE_FORMAT) })}
      description={past ? t('basis.applicationPeriod.past') : t('basis.applicationPeriod.rule')}
    />
  );
}
