import { useMemo, useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ApiError } from '../../api/client.js';
import { api, type CalendarReply } from '../../api/endpoints.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import { DATE_FORMAT, toCivilDate } from '../../format/date.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { fieldCheck } from '../../components/field-check.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { MAX_MAKEUP_DAYS, checkHolidays, checkMakeupDays, expandPeriods, isCovered, isoWeekday, type CalendarProblem, type Coverage, type Period } from './calendar-entry.js';

type RangeValue = [Dayjs | null, Dayjs | null] | null | undefined;

export interface CalendarFormValues {
  year: number;
  periods: RangeValue[];
  makeupWorkdays: (Dayjs | null | undefined)[];
  source: string;
}

const civil = (value: Dayjs | null | undefined): string | null => toCivilDate(value);

function periodsOf(values: RangeValue[] | undefined): Period[] {
  return (values ?? []).flatMap((range): Period[] => {
    const from = civil(range?.[0]);
    const to = civil(range?.[1]);
    return from && to ? [[from, to]] : [];
  });
}

/** The picked make-up days, each once, in order (a row still empty is left out). */
const makeupOf = (values: readonly (Dayjs | null | undefined)[] | undefined): string[] => [...new Set((values ?? []).flatMap((d) => civil(d) ?? []))].sort();

export function problemText(t: Translate, year: number, problem: CalendarProblem): string {
  switch (problem.kind) {
    case 'otherYear':
      return t('calendar.check.otherYear', { date: problem.date, year });
    case 'weekday':
      return t('calendar.check.weekday', { date: problem.date });
    case 'alsoHoliday':
      return t('calendar.check.alsoHoliday', { date: problem.date });
    case 'tooManyHolidays':
      return t('calendar.check.tooManyHolidays', { max: problem.max });
    case 'tooManyMakeup':
      return t('calendar.check.tooManyMakeup', { max: problem.max });
  }
}

/** Which form field a server complaint is about: a field issue's path, or the domain rule's details.field. */
const FIELD_OF: Readonly<Record<string, keyof CalendarFormValues>> = { year: 'year', holidays: 'periods', makeupWorkdays: 'makeupWorkdays', source: 'source' };

/**
 * Enter or correct one year. Holidays go in as periods (the notice's own wording), make-up days
 * one by one among the year's weekends; both are checked as they are picked.
 */
export function CalendarYearForm({ coverage, initial, onSaved }: { coverage: Coverage; initial: CalendarFormValues; onSaved: (coverage: CalendarReply) => void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarFormValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const year = Form.useWatch('year', form) ?? initial.year;
  const periods = Form.useWatch('periods', form);
  const makeup = Form.useWatch('makeupWorkdays', form);
  const holidays = expandPeriods(periodsOf(periods));
  const makeupDays = makeupOf(makeup);
  const entered = coverage.extraYears.some((y) => y.year === year);
  const yearNote = entered ? t('calendar.form.year.entered') : isCovered(coverage, year) ? t('calendar.form.year.builtIn') : t('calendar.form.year.new');
  // Pickers are bounded to the year: they open inside it, and the last day of a period opens where the first is.
  const [yearStart, yearEnd] = useMemo(() => [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)], [year]);

  // Validators read the form's current values: a check run from onValuesChange happens before the next render.
  const currentYear = (): number => (form.getFieldValue('year') as number | null) ?? initial.year;
  const currentHolidays = (): string[] => expandPeriods(periodsOf(form.getFieldValue('periods') as RangeValue[] | undefined));

  const onValuesChange = (changed: Partial<CalendarFormValues>) => {
    // The periods are checked against the year, the make-up days against both: check them again when either moves.
    if (!('year' in changed) && !('periods' in changed)) return;
    const rows = (form.getFieldValue('makeupWorkdays') as unknown[] | undefined) ?? [];
    const again = [['periods'], ...rows.flatMap((row, i) => (row ? [['makeupWorkdays', i]] : []))];
    form.validateFields(again).catch(() => undefined);
  };

  /** The server's complaints as field errors, or null when one of them belongs to no field (then: an alert). */
  const fieldErrorsOf = (caught: unknown): { name: keyof CalendarFormValues; errors: string[] }[] | null => {
    if (!(caught instanceof ApiError) || !caught.body) return null;
    if (caught.code === 'VALIDATION_FAILED') {
      const byName = new Map<keyof CalendarFormValues, string[]>();
      for (const issue of caught.issues) {
        const name = issue.in === 'body' ? FIELD_OF[String(issue.path[0])] : undefined;
        if (!name) return null;
        byName.set(name, [...(byName.get(name) ?? []), issue.message]);
      }
      return byName.size > 0 ? [...byName].map(([name, errors]) => ({ name, errors })) : null;
    }
    // The domain's calendar rule (INVALID_CALENDAR_YEAR) names the field in details.field.
    const field = caught.code === 'RULE_VIOLATION' ? caught.body.details?.['field'] : undefined;
    const name = typeof field === 'string' ? FIELD_OF[field] : undefined;
    return name ? [{ name, errors: [pick(caught.body.messageZh, caught.body.messageEn)] }] : null;
  };

  const submit = async (values: CalendarFormValues) => {
    setSubmitting(true);
    setError(null);
    try {
      const saved = await api.putCalendarYear(values.year, {
        year: values.year,
        holidays: expandPeriods(periodsOf(values.periods)),
        makeupWorkdays: makeupOf(values.makeupWorkdays),
        source: values.source.trim(),
      });
      void message.success(t('calendar.saved', { year: values.year }));
      onSaved(saved);
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught);
      const first = fieldErrors?.[0];
      if (fieldErrors && first) {
        form.setFields(fieldErrors);
        form.scrollToField(first.name, { block: 'center' });
      } else {
        setError(caught);
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <>
      {error ? <ErrorAlert error={error} title={t('calendar.failed')} /> : null}
      <Form<CalendarFormValues>
        form={form}
        name="calendarYear"
        layout="vertical"
        initialValues={initial}
        onValuesChange={onValuesChange}
        onFinish={(values) => void submit(values)}
        disabled={submitting}
        requiredMark
        onKeyDown={(event) => {
          // Enter in a date field would save before the date is picked (stack-notes.md).
          if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
        }}
      >
        <Form.Item name="year" label={t('calendar.form.year')} extra={yearNote} rules={[{ required: true, message: t('calendar.form.year.required') }]}>
          <InputNumber min={2004} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>

        <Form.List
          name="periods"
          rules={[
            {
              validator: (_rule, value: RangeValue[] | undefined) => {
                const problem = checkHolidays(currentYear(), expandPeriods(periodsOf(value)));
                return problem ? Promise.reject(new Error(problemText(t, currentYear(), problem))) : Promise.resolve();
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="zx-fieldset">
              <legend className="zx-legend">
                <span className="zx-required-mark" aria-hidden>
                  *
                </span>
                {t('calendar.form.holidays')}
              </legend>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
                {t('calendar.form.holidays.hint')}
              </Typography.Paragraph>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name]}
                    label={t('calendar.form.period', { n: index + 1 })}
                    rules={[{ required: true, message: t('calendar.form.period.required') }]}
                    style={{ marginBottom: 8 }}
                    layout="horizontal"
                    colon={false}
                  >
                    <DatePicker.RangePicker format={DATE_FORMAT} minDate={yearStart} maxDate={yearEnd} style={{ width: 300 }} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendar.form.removePeriod', { n: index + 1 })} />
                  ) : null}
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginTop: 4 }}>
                {t('calendar.form.addPeriod')}
              </Button>
            </fieldset>
          )}
        </Form.List>

        <Form.List
          name="makeupWorkdays"
          rules={[
            {
              validator: (_rule, value: (Dayjs | null)[] | undefined) =>
                new Set(makeupOf(value)).size > MAX_MAKEUP_DAYS
                  ? Promise.reject(new Error(problemText(t, currentYear(), { kind: 'tooManyMakeup', max: MAX_MAKEUP_DAYS })))
                  : Promise.resolve(),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="zx-fieldset">
              <legend className="zx-legend">{t('calendar.form.makeup')}</legend>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
                {t('calendar.form.makeup.hint')}
              </Typography.Paragraph>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name]}
                    label={t('calendar.form.makeupDay', { n: index + 1 })}
                    layout="horizontal"
                    colon={false}
                    style={{ marginBottom: 8 }}
                    rules={[
                      { required: true, message: t('calendar.form.makeupDay.required') },
                      {
                        validator: fieldCheck<Dayjs | null>((value) => {
                          const problem = checkMakeupDays(currentYear(), makeupOf([value]), currentHolidays());
                          return problem ? problemText(t, currentYear(), problem) : null;
                        }),
                      },
                    ]}
                  >
                    <DatePicker
                      format={DATE_FORMAT}
                      minDate={yearStart}
                      maxDate={yearEnd}
                      disabledDate={(date) => isoWeekday(date.format(DATE_FORMAT)) < 6}
                      style={{ width: 180 }}
                    />
                  </Form.Item>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('calendar.form.removeMakeupDay', { n: index + 1 })} />
                </Space>
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < MAX_MAKEUP_DAYS ? (
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ marginTop: 4 }}>
                  {t('calendar.form.addMakeupDay')}
                </Button>
              ) : null}
            </fieldset>
          )}
        </Form.List>

        <Form.Item
          name="source"
          label={t('calendar.form.source')}
          extra={t('calendar.form.source.hint')}
          rules={[{ required: true, whitespace: true, message: t('calendar.form.source.required') }, { max: 300 }]}
        >
          <Input autoComplete="off" placeholder={t('calendar.form.source.placeholder')} maxLength={300} style={{ maxWidth: 460 }} />
        </Form.Item>

        <Alert type="info" title={t('calendar.form.summary', { holidays: holidays.length, makeup: makeupDays.length })} style={{ marginBottom: 16 }} data-testid="calendar-summary" />
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('calendar.form.submit')}
        </Button>
      </Form>
    </>
  );
}
