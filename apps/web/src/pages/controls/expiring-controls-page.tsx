import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import { DATE_FORMAT, formatDate, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { controlApi, type ExpiringControl } from '../case-detail/control-api.js';
import { RenewBy } from '../case-detail/control-tags.js';
import { EXPIRING_DEFAULT_DAYS, EXPIRING_MAX_DAYS, renewUrgency, sortByExpiry } from '../case-detail/control-values.js';
import { formatFen } from '../case-detail/network-inquiry-values.js';

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.62)' } as const;

interface Period {
  from: string;
  to: string;
}

/**
 * 查封到期日历: the freezes, seals and impounds in force in the courts the user sees whose term ends
 * in the period (default the next 60 days), soonest first, each with the days left to renew it
 * (民诉法解释 art. 485; 查封规定 art. 27: a control not renewed lapses) and a link to its case.
 */
export function ExpiringControlsPage() {
  const { t, lang } = useI18n();
  const today = todayCst();
  const [tooLong, setTooLong] = useState(false);
  const [range, setRange] = useState<Period>({ from: today, to: dayjs(today).add(EXPIRING_DEFAULT_DAYS, 'day').format(DATE_FORMAT) });
  const list = useLoad(() => controlApi.expiring(range), [range.from, range.to]);
  const rows = sortByExpiry(list.data?.controls ?? []);
  const urgent = rows.filter((r) => ['overdue', 'urgent'].includes(renewUrgency(r.daysToRenew))).length;
  const soon = rows.filter((r) => renewUrgency(r.daysToRenew) !== 'normal').length;

  const columns: TableColumnsType<ExpiringControl> = [
    { title: t('cases.col.caseNumber'), dataIndex: 'caseNumber', key: 'caseNumber', render: (v: string, r) => <Link to={`/cases/${r.caseId}`} style={{ whiteSpace: 'nowrap' }}>{v}</Link> },
    {
      title: t('control.col.property'),
      key: 'property',
      render: (_: unknown, r) => (
        <div style={{ minWidth: 160, maxWidth: 300 }}>
          {PROPERTY_KINDS[r.propertyKind][lang]}
          {r.propertyDescription ? (
            <Typography.Text style={{ ...SMALL, display: 'block' }} ellipsis={{ tooltip: r.propertyDescription }}>
              {r.propertyDescription}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    { title: t('control.col.institution'), dataIndex: 'institutionName', key: 'institutionName', render: (v: string) => <div style={{ minWidth: 120, maxWidth: 200 }}>{v}</div> },
    {
      title: t('expiring.col.act'),
      dataIndex: 'act',
      key: 'act',
      render: (_: unknown, r) => (
        <Space size={4} wrap={false}>
          <span style={{ whiteSpace: 'nowrap' }}>{t(`control.act.${r.act}`)}</span>
          {r.pendingAct ? (
            <Tag color="processing" style={{ marginInlineEnd: 0 }}>
              {t(`control.pending.${r.pendingAct}`)}
            </Tag>
          ) : null}
        </Space>
      ),
    },
    { title: t('control.col.amount'), dataIndex: 'heldFen', key: 'heldFen', align: 'right', render: (v: number | null) => (v === null ? t('control.amount.whole') : <span className="zx-amount">{formatFen(v)}</span>) },
    { title: t('expiring.col.expiresOn'), dataIndex: 'expiresOn', key: 'expiresOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    { title: t('control.col.renew'), key: 'renewBy', render: (_: unknown, r) => <RenewBy renewBy={r.renewBy} daysToRenew={r.daysToRenew} /> },
  ];

  /** A period longer than the server takes is not asked for; the picker says why. */
  const choose = (from: Dayjs | null, to: Dayjs | null) => {
    if (!from || !to) return;
    const long = to.diff(from, 'day') > EXPIRING_MAX_DAYS;
    setTooLong(long);
    if (!long) setRange({ from: from.format(DATE_FORMAT), to: to.format(DATE_FORMAT) });
  };

  return (
    <>
      <PageHeader
        title={t('expiring.title')}
        description={t('expiring.description')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={list.reload} loading={list.loading}>
            {t('common.refresh')}
          </Button>
        }
      />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <Card>
        <Space wrap align="start" size={16} style={{ marginBottom: 8 }}>
          <Space size={8} align="center">
            <label htmlFor="expiring-period">{t('expiring.period')}</label>
            <DatePicker.RangePicker
              id="expiring-period"
              format={DATE_FORMAT}
              allowClear={false}
              defaultValue={[dayjs(range.from), dayjs(range.to)]}
              status={tooLong ? 'error' : undefined}
              onChange={(dates) => choose(dates?.[0] ?? null, dates?.[1] ?? null)}
            />
            {tooLong ? (
              <Typography.Text type="danger" role="alert">
                {t('expiring.periodTooLong', { days: EXPIRING_MAX_DAYS })}
              </Typography.Text>
            ) : null}
          </Space>
          {list.data ? (
            <Typography.Text type="secondary" style={{ lineHeight: '32px' }} data-testid="expiring-summary">
              {t('expiring.summary', { total: rows.length, urgent, soon })}
            </Typography.Text>
          ) : null}
        </Space>
        <div data-testid="expiring-controls">
          <Table<ExpiringControl>
            rowKey="id"
            columns={columns}
            dataSource={rows}
            loading={list.loading}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('expiring.empty')} /> }}
            pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('expiring.totalRows', { total: n }) }}
          />
        </div>
      </Card>
    </>
  );
}
