import { useState } from 'react';
import { App, Badge, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { api, type AgenciesReply } from '../../api/endpoints.js';
import { errorText } from '../../api/error-text.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AGENCY_CATEGORY_LABELS, AGENCY_SCOPE_LABELS, SCENARIO_LABELS } from '../../i18n/labels-credit.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { RegisterAgencyModal } from './register-agency-modal.js';

type Agency = AgenciesReply['items'][number];

const SHOWN_SCENARIOS = 4;

/** 联合惩戒单位: the agencies that check persons against the list before acting, and their keys. */
export function AgenciesPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const agencies = useLoad(() => api.listAgencies(), []);
  const [registering, setRegistering] = useState(false);
  const [revoking, setRevoking] = useState<string | null>(null);

  const revoke = async (agency: Agency) => {
    setRevoking(agency.id);
    try {
      await api.revokeAgency(agency.id);
      void message.success(t('agency.revoked', { name: agency.name }));
      agencies.reload();
    } catch (error) {
      void message.error(errorText(error, i18n));
    } finally {
      setRevoking(null);
    }
  };

  const columns: TableColumnsType<Agency> = [
    {
      title: t('agency.col.name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, a) => (
        <div style={{ minWidth: 180 }}>
          {v}
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>
            {t('agency.categoryAndDate', { category: AGENCY_CATEGORY_LABELS[a.category][lang], date: formatInstant(a.createdAt).slice(0, 10) })}
          </div>
        </div>
      ),
    },
    {
      title: t('agency.scenarios'),
      dataIndex: 'scenarios',
      key: 'scenarios',
      render: (v: Agency['scenarios']) => (
        <Space size={4} wrap style={{ width: 300 }}>
          {v.slice(0, SHOWN_SCENARIOS).map((s) => (
            <Tag key={s} style={{ marginInlineEnd: 0 }}>
              {SCENARIO_LABELS[s][lang]}
            </Tag>
          ))}
          {v.length > SHOWN_SCENARIOS ? <Tag style={{ marginInlineEnd: 0 }}>{t('agency.moreScenarios', { n: v.length - SHOWN_SCENARIOS })}</Tag> : null}
        </Space>
      ),
    },
    { title: t('agency.scopes'), dataIndex: 'scopes', key: 'scopes', render: (v: Agency['scopes']) => <div style={{ width: 130 }}>{v.map((s) => AGENCY_SCOPE_LABELS[s][lang]).join(t('agency.separator'))}</div> },
    { title: t('agency.col.keyPrefix'), dataIndex: 'keyPrefix', key: 'keyPrefix', render: (v: string) => <span className="zx-mono">{v}…</span> },
    {
      title: t('agency.rateLimit'),
      dataIndex: 'rateLimitPerMinute',
      key: 'rate',
      align: 'right',
      render: (v: number) => <span className="zx-amount">{t('agency.ratePerMinute', { n: v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}</span>,
    },
    {
      title: t('users.col.status'),
      key: 'status',
      render: (_: unknown, a) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Badge status={a.revokedAt ? 'default' : 'success'} text={a.revokedAt ? t('agency.status.revoked') : t('agency.status.active')} />
          {a.revokedAt ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{formatInstant(a.revokedAt)}</div> : null}
        </span>
      ),
    },
    {
      title: t('calendar.col.action'),
      key: 'action',
      render: (_: unknown, a) =>
        a.revokedAt ? null : (
          <Popconfirm
            title={t('agency.revokeConfirmTitle', { name: a.name })}
            description={t('agency.revokeConfirm')}
            okText={t('agency.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => void revoke(a)}
          >
            <Button size="small" danger loading={revoking === a.id} aria-label={t('agency.revokeFor', { name: a.name })}>
              {t('agency.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('agency.title')}
        description={t('agency.pageDescription')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={agencies.reload} loading={agencies.loading}>
              {t('common.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('agency.register')}
            </Button>
          </Space>
        }
      />
      {agencies.error ? <ErrorAlert error={agencies.error} /> : null}
      <Card>
        <Table<Agency>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={agencies.data?.items ?? []}
          loading={agencies.loading}
          scroll={{ x: 1000 }}
          rowClassName={(a) => (a.revokedAt ? 'zx-row-revoked' : '')}
          locale={{ emptyText: agencies.loading ? ' ' : t('agency.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('agency.total', { total: n }) }}
        />
      </Card>
      <RegisterAgencyModal open={registering} onClose={() => setRegistering(false)} onRegistered={agencies.reload} />
    </>
  );
}
