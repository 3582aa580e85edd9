import { useRef, useState } from 'react';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, type CalendarReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { todayCst } from '../../format/date.js';
import { coveredUntil, firstUncovered, isCovered, toPeriods } from './calendar-entry.js';
import { CalendarYearForm, type CalendarFormValues } from './calendar-year-form.js';

type EnteredYear = CalendarReply['extraYears'][number];

const monthDay = (date: string): string => date.slice(5);

function formValuesOf(entry: EnteredYear): CalendarFormValues {
  return {
    year: entry.year,
    periods: toPeriods(entry.holidays).map(([from, to]) => [dayjs(from), dayjs(to)]),
    makeupWorkdays: entry.makeupWorkdays.map((d) => dayjs(d)),
    source: entry.source,
  };
}

/**
 * 节假日日历: which years the deadline calculation knows the official holidays of, and the form to
 * enter the next year (or correct one) when the State Council publishes its notice.
 */
export function CalendarPage() {
  const { t, lang } = useI18n();
  const coverage = useLoad(() => api.getCalendar(), []);
  const [editing, setEditing] = useState<{ key: number; values: CalendarFormValues | null }>({ key: 0, values: null });
  const formRef = useRef<HTMLDivElement>(null);
  const thisYear = Number(todayCst().slice(0, 4));

  if (coverage.error && !coverage.data) {
    return (
      <>
        <PageHeader title={t('calendar.title')} description={t('calendar.description')} />
        <ErrorAlert
          error={coverage.error}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={coverage.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </>
    );
  }

  const data = coverage.data;
  const edit = (entry: EnteredYear) => {
    setEditing((e) => ({ key: e.key + 1, values: formValuesOf(entry) }));
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const columns: TableColumnsType<EnteredYear> = [
    { title: t('calendar.col.year'), dataIndex: 'year', key: 'year', width: 80 },
    {
      title: t('calendar.col.holidays'),
      key: 'holidays',
      render: (_: unknown, y) => (
        <Space size={4} wrap>
          {toPeriods(y.holidays).map(([from, to]) => (
            <Tag key={from} style={{ marginInlineEnd: 0 }}>
              {from === to ? monthDay(from) : t('calendar.periodRange', { from: monthDay(from), to: monthDay(to) })}
            </Tag>
          ))}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('calendar.daysCount', { n: y.holidays.length })}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('calendar.col.makeup'),
      key: 'makeup',
      render: (_: unknown, y) =>
        y.makeupWorkdays.length === 0 ? (
          '—'
        ) : (
          <Space size={4} wrap>
            {y.makeupWorkdays.map((d) => (
              <Tag key={d} color="blue" style={{ marginInlineEnd: 0 }}>
                {dayjs(d).locale(lang === 'zh' ? 'zh-cn' : 'en').format('MM-DD ddd')}
              </Tag>
            ))}
          </Space>
        ),
    },
    { title: t('calendar.col.source'), dataIndex: 'source', key: 'source' },
    {
      title: t('calendar.col.action'),
      key: 'action',
      width: 110,
      render: (_: unknown, y) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => edit(y)} aria-label={t('calendar.editYear', { year: y.year })}>
          {t('calendar.edit')}
        </Button>
      ),
    },
  ];

  const missing = data ? [thisYear, thisYear + 1].find((y) => !isCovered(data, y)) : undefined;
  const initial: CalendarFormValues = editing.values ?? {
    year: data ? firstUncovered(data, thisYear) : thisYear + 1,
    periods: [undefined],
    makeupWorkdays: [],
    source: '',
  };

  return (
    <>
      <PageHeader title={t('calendar.title')} description={t('calendar.description')} />
      <Alert type="info" showIcon title={t('calendar.why.title')} description={t('calendar.why.body')} style={{ marginBottom: 16 }} />

      <Card title={t('calendar.coverage')} style={{ marginBottom: 16 }} data-testid="calendar-coverage">
        {!data ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : (
          <>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 3 }}
              items={[
                { key: 'builtIn', label: t('calendar.builtIn'), children: t('calendar.yearRange', { from: data.builtIn.from, to: data.builtIn.to }) },
                {
                  key: 'entered',
                  label: t('calendar.entered'),
                  children:
                    data.extraYears.length === 0
                      ? t('calendar.none')
                      : data.extraYears.map((y) => t('calendar.year', { year: y.year })).join(lang === 'zh' ? '、' : ', '),
                },
                { key: 'until', label: t('calendar.coveredUntil'), children: <strong>{t('calendar.year', { year: coveredUntil(data) })}</strong> },
              ]}
            />
            {missing ? (
              <Alert type="warning" showIcon role="alert" title={t('calendar.missing', { year: missing })} style={{ marginTop: 12 }} />
            ) : (
              <Alert type="success" showIcon title={t('calendar.upToDate')} style={{ marginTop: 12 }} />
            )}
            {data.extraYears.length > 0 ? (
              <>
                <Typography.Title level={2} style={{ fontSize: 15, margin: '20px 0 8px' }}>
                  {t('calendar.enteredYears')}
                </Typography.Title>
                <Table<EnteredYear> rowKey="year" size="small" columns={columns} dataSource={data.extraYears} pagination={false} scroll={{ x: 'max-content' }} />
              </>
            ) : null}
          </>
        )}
      </Card>

      <div ref={formRef} style={{ scrollMarginTop: 16 }}>
        <Card title={editing.values ? t('calendar.editYear', { year: editing.values.year }) : t('calendar.form.title')}>
          {data ? (
            <CalendarYearForm
              key={editing.key}
              coverage={data}
              initial={initial}
              onSaved={(saved) => {
                coverage.setData(saved);
                setEditing((e) => ({ key: e.key + 1, values: null }));
              }}
            />
          ) : (
            <Skeleton active />
          )}
        </Card>
      </div>
    </>
  );
}
