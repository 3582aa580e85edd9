import { useEffect, useRef, useState } from 'react';
import { Alert, Button, DatePicker, Space, Spin, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { usePortalI18n } from '../portal-i18n.js';
import { PortalError, portalApi, statisticsCsvUrl, type OpenStatistics, type StatisticsQuery } from '../portal-api.js';
import { ALL_COURTS, CourtFilter } from '../publication/court-filter.js';
import { MAX_MONTHS, monthsCounted, shiftMonth, thisMonthInChina } from '../publication/months.js';
import { StatisticsSummary } from '../publication/statistics-summary.js';
import { ClosingChart, FiledClosedChart, MoneyChart } from '../publication/statistics-charts.js';

const MONTH = 'YYYY-MM';
const RANGE_ERROR_ID = 'stats-range-error';

/** A month picker with a visible label; no month after this one. */
function MonthField({ id, label, value, latest, onChange, error }: { id: string; label: string; value: string; latest: string; onChange: (month: string) => void; error: string | null }) {
  return (
    <div className="zx-portal-filter">
      <label htmlFor={id} className="zx-portal-sublabel">
        {label}
      </label>
      <DatePicker
        id={id}
        picker="month"
        format={MONTH}
        value={dayjs(`${value}-01`)}
        allowClear={false}
        inputReadOnly={false}
        disabledDate={(d: Dayjs) => d.format(MONTH) > latest}
        onChange={(d: Dayjs | null) => d && onChange(d.format(MONTH))}
        status={error ? 'error' : ''}
        aria-describedby={error ? RANGE_ERROR_ID : undefined}
        style={{ width: '100%' }}
      />
    </div>
  );
}

/**
 * 执行数据公开 (`/statistics`): a court's or the city's monthly figures over a range of months (the
 * last 12 by default) as totals, three charts with their tables, and the same as a CSV file.
 */
export function StatisticsPage() {
  const { t, lang, pick } = usePortalI18n();
  const latest = thisMonthInChina();
  const [courtId, setCourtId] = useState(ALL_COURTS);
  const [from, setFrom] = useState(shiftMonth(latest, -11));
  const [to, setTo] = useState(latest);
  const [data, setData] = useState<OpenStatistics | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);
  const rangeError = from > to ? t('statsRangeInvalid') : monthsCounted(from, to) > MAX_MONTHS ? t('statsRangeTooLong') : null;
  const query: StatisticsQuery = { ...(courtId ? { courtId } : {}), from, to };
  const queryKey = `${courtId}|${from}|${to}`;

  useEffect(() => {
    if (rangeError) return;
    const mine = ++asked.current;
    setBusy(true);
    portalApi.statistics(query, lang).then(
      (s) => {
        if (mine !== asked.current) return;
        setData(s);
        setError(null);
        setBusy(false);
      },
      (e: unknown) => {
        if (mine !== asked.current) return;
        setError(e instanceof PortalError && e.body ? pick(e.body.messageZh, e.body.messageEn) : t('errorGeneric'));
        setBusy(false);
      },
    );
    // Asked again only when the court or the months change: `query` and the words are this render's.
  }, [queryKey, rangeError]);

  const csv = data ? statisticsCsvUrl({ ...(data.court.id ? { courtId: data.court.id } : {}), from: data.from, to: data.to }) : '';
  const shown = data ? t('statsShowing', { court: pick(data.court.name, data.court.nameEn), from: data.from, to: data.to }) : '';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('statsTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('statsIntro')}
        </Typography.Paragraph>
      </div>
      <section aria-label={t('statsFilters')} className="zx-portal-filters">
        <CourtFilter id="stats-court" label={t('statsCourt')} allLabel={t('statsCity')} value={courtId} onChange={setCourtId} />
        <MonthField id="stats-from" label={t('statsFrom')} value={from} latest={latest} onChange={setFrom} error={rangeError} />
        <MonthField id="stats-to" label={t('statsTo')} value={to} latest={latest} onChange={setTo} error={rangeError} />
        <Button
          onClick={() => {
            setFrom(shiftMonth(latest, -11));
            setTo(latest);
          }}
        >
          {t('statsLast12')}
        </Button>
      </section>
      <div aria-live="polite">
        {rangeError && <Alert type="error" showIcon title={rangeError} id={RANGE_ERROR_ID} role="alert" />}
        {error && <Alert type="warning" showIcon title={error} />}
      </div>
      {!data ? (
        !error && <Spin description={t('loading')} />
      ) : (
        <Spin spinning={busy} description={t('loading')}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <div className="zx-portal-stats-head">
              <Typography.Text strong data-testid="stats-showing" aria-live="polite">
                {shown}
              </Typography.Text>
              <Button icon={<DownloadOutlined aria-hidden />} href={csv} download aria-label={t('downloadCsvLabel', { what: shown })}>
                {t('downloadCsv')}
              </Button>
            </div>
            {data.partialMonth && <Alert type="info" showIcon title={t('statsPartial', { month: data.partialMonth })} />}
            <StatisticsSummary s={data} />
            <FiledClosedChart s={data} />
            <ClosingChart s={data} />
            <MoneyChart s={data} />
          </Space>
        </Spin>
      )}
    </Space>
  );
}
