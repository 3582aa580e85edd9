import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TableColumnsType } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { api, type CheckLogQuery, type CheckLogReply } from '../../api/endpoints.js';
import { DATE_FORMAT, formatInstant, todayCst } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { MessageKey } from '../../i18n/messages.js';
import { SCENARIO_LABELS } from '../../i18n/labels-credit.js';
import { labelOf } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

type Check = CheckLogReply['items'][number];

interface SearchValues {
  agencyId?: string;
  idNumber?: string;
  period: [Dayjs, Dayjs];
  limit: number;
}

/** The server searches a window of at most 92 days (a search by number reads every row of it). */
const MAX_WINDOW_DAYS = 92;

const LIMITS = [50, 200, 1000] as const;
const DECISION_COLOURS: Readonly<Record<string, string>> = { allow: 'green', deny: 'red', review: 'orange' };

/** The log's open strings (channel, answer, subject kind) with their words; an unknown one shows as sent. */
const CHANNELS: Readonly<Record<string, MessageKey>> = { single: 'checkLog.channel.single', range: 'checkLog.channel.range', bulk: 'checkLog.channel.bulk' };
const DECISIONS: Readonly<Record<string, MessageKey>> = { allow: 'checkLog.decision.allow', deny: 'checkLog.decision.deny', review: 'checkLog.decision.review' };
const SUBJECT_KINDS: Readonly<Record<string, MessageKey>> = { person: 'checkLog.subjectKind.person', organisation: 'checkLog.subjectKind.organisation', document: 'checkLog.subjectKind.document' };

/**
 * 核查记录: who checked whom — agency, the person asked about (masked as the server returns it),
 * the act, the answer, the time. Reading it is audited server-side, so nothing is read until the
 * user asks, and the page says so.
 */
export function CheckLogTab() {
  const { t, lang } = useI18n();
  const word = (table: Readonly<Record<string, MessageKey>>, value: string): string => {
    const key = table[value];
    return key ? t(key) : value;
  };
  const [form] = Form.useForm<SearchValues>();
  const today = todayCst();
  useRevalidateOnLanguage(form);
  const agencies = useLoad(() => api.listAgencies(), []);
  const [query, setQuery] = useState<CheckLogQuery | null>(null);
  const log = useLoad(() => (query ? api.queryCheckLog(query) : Promise.resolve(null)), [query]);

  // A new object each time: searching again with the same conditions reads the log again.
  const search = (v: SearchValues) => {
    const idNumber = v.idNumber?.trim().toUpperCase();
    setQuery({ limit: v.limit, from: v.period[0].format(DATE_FORMAT), to: v.period[1].format(DATE_FORMAT), ...(v.agencyId ? { agencyId: v.agencyId } : {}), ...(idNumber ? { idNumber } : {}) });
  };

  const columns: TableColumnsType<Check> = [
    { title: t('checkLog.col.checkedAt'), dataIndex: 'checkedAt', key: 'checkedAt', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(v)}</span> },
    {
      title: t('checkLog.agency'),
      key: 'agency',
      render: (_: unknown, c) => (
        <div style={{ minWidth: 140 }}>
          {c.agencyName}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{word(CHANNELS, c.channel)}</div>
        </div>
      ),
    },
    {
      title: t('checkLog.col.subject'),
      key: 'subject',
      render: (_: unknown, c) => (
        <div style={{ whiteSpace: 'nowrap' }}>
          <span className="zx-mono">{c.subjectMasked}</span>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{word(SUBJECT_KINDS, c.subjectKind)}</div>
        </div>
      ),
    },
    { title: t('checkLog.col.scenario'), dataIndex: 'scenario', key: 'scenario', render: (v: string) => <div style={{ minWidth: 120 }}>{labelOf(SCENARIO_LABELS, v, lang)}</div> },
    {
      title: t('checkLog.col.decision'),
      dataIndex: 'decision',
      key: 'decision',
      render: (v: string) => (
        <Tag color={DECISION_COLOURS[v] ?? 'default'} style={{ marginInlineEnd: 0 }}>
          {word(DECISIONS, v)}
        </Tag>
      ),
    },
    { title: t('checkLog.col.requestId'), dataIndex: 'requestId', key: 'requestId', render: (v: string | null) => <span className="zx-mono" style={{ fontSize: 12 }}>{v ?? '—'}</span> },
  ];

  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
        {t('checkLog.hint')}
      </Typography.Paragraph>
      <Alert type="warning" showIcon title={t('checkLog.audited')} style={{ marginBottom: 12 }} data-testid="check-log-audited" />
      <Form<SearchValues> form={form} name="checkLog" layout="inline" initialValues={{ limit: 200, period: [dayjs(today).subtract(29, 'day'), dayjs(today)] }} onFinish={search} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item name="agencyId" label={t('checkLog.agency')}>
          <Select
            allowClear
            placeholder={t('checkLog.allAgencies')}
            style={{ minWidth: 220 }}
            loading={agencies.loading}
            options={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item name="idNumber" label={t('checkLog.idNumber')} rules={[{ pattern: /^\s*[0-9A-Za-z]{15,18}\s*$/, message: t('checkLog.idNumberInvalid') }]}>
          <Input allowClear autoComplete="off" maxLength={18} placeholder={t('checkLog.idNumberPlaceholder')} style={{ width: 240 }} className="zx-mono" />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('checkLog.period')}
          rules={[
            { required: true, message: t('checkLog.periodRequired') },
            { validator: (_, v: [Dayjs, Dayjs] | undefined) => (v && v[1].diff(v[0], 'day') >= MAX_WINDOW_DAYS ? Promise.reject(new Error(t('checkLog.periodTooLong', { days: MAX_WINDOW_DAYS }))) : Promise.resolve()) },
          ]}
        >
          <DatePicker.RangePicker format={DATE_FORMAT} allowClear={false} disabledDate={(day) => day.format(DATE_FORMAT) > today} />
        </Form.Item>
        <Form.Item name="limit" label={t('checkLog.limit')}>
          <Select style={{ width: 110 }} options={LIMITS.map((n) => ({ value: n, label: t('checkLog.limitOption', { n }) }))} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} loading={query !== null && log.loading}>
            {t('checkLog.search')}
          </Button>
        </Form.Item>
      </Form>
      {log.error ? <ErrorAlert error={log.error} /> : null}
      <Table<Check>
        rowKey={(c) => `${c.id}-${c.checkedAt}-${c.agencyId}`}
        size="small"
        columns={columns}
        dataSource={log.data?.items ?? []}
        loading={query !== null && log.loading}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(query ? 'checkLog.empty' : 'checkLog.notYet')} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (n) => t('checkLog.total', { total: n }) }}
      />
    </>
  );
}
