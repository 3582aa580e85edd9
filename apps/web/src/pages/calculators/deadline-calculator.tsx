import { useState, type KeyboardEvent } from 'react';
import { Alert, Button, DatePicker, Descriptions, Form, InputNumber, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, type DeadlineReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { DATE_FORMAT, formatDate, toCivilDate } from '../../format/date.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

interface DeadlineValues {
  from: Dayjs;
  days: number;
  working: 'true' | 'false';
}

const stopEnterInPickers = (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
};

/** 期间计算 (民事诉讼法 art. 85): the start day is not counted; a last day on a holiday rolls forward. */
export function DeadlineCalculator() {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<DeadlineValues>();
  useRevalidateOnLanguage(form);
  const [result, setResult] = useState<DeadlineReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (v: DeadlineValues) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.calcDeadline({ from: toCivilDate(v.from) ?? '', days: v.days, working: v.working }));
    } catch (caught) {
      reportFormError(form, caught, setError);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('calc.deadline.description')}</Typography.Paragraph>
      <Form<DeadlineValues>
        form={form}
        layout="inline"
        initialValues={{ from: dayjs(), days: 10, working: 'false' }}
        onFinish={(v) => void run(v)}
        onKeyDown={stopEnterInPickers}
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item name="from" label={t('calc.deadline.from')} rules={[{ required: true, message: t('action.dateRequired') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="days" label={t('calc.deadline.days')} rules={[{ required: true, message: t('calc.deadline.daysRequired') }]}>
          <InputNumber min={1} max={3650} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="working" label={t('calc.deadline.counting')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'false', label: t('calc.deadline.calendarDays') },
              { value: 'true', label: t('calc.deadline.workingDays') },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('calc.compute')}
        </Button>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {result ? (
        <>
          {result.uncoveredYears.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              style={{ marginBottom: 16 }}
              title={t('deadline.uncoveredTitle', { years: result.uncoveredYears.join('、') })}
              description={pick(result.warningZh, result.warningEn) || t('deadline.uncoveredBody')}
            />
          ) : null}
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginBottom: 16, maxWidth: 560 }}
            items={[
              { key: 'from', label: t('calc.deadline.from'), children: formatDate(result.from) },
              {
                key: 'days',
                label: t('calc.deadline.days'),
                children: result.working ? t('calc.workingDays', { days: result.days }) : t('calc.days', { days: result.days }),
              },
              {
                key: 'deadline',
                label: t('calc.deadline.deadline'),
                children: (
                  <Typography.Text strong style={{ fontSize: 16 }} data-testid="deadline-result">
                    {formatDate(result.deadline)}
                  </Typography.Text>
                ),
              },
              ...(result.rolledFrom
                ? [{ key: 'rolled', label: t('calc.deadline.rolled'), children: t('calc.deadline.rolledFrom', { from: formatDate(result.rolledFrom), to: formatDate(result.deadline) }) }]
                : []),
            ]}
          />
          <Alert type="info" showIcon style={{ maxWidth: 980 }} title={t('calc.legalBasis', { basis: result.legalBasis })} description={t('calc.deadline.rule')} />
        </>
      ) : null}
    </>
  );
}
