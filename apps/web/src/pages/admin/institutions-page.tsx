import { useState, type CSSProperties, type Key } from 'react';
import { App, Badge, Button, Card, Form, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { DesktopOutlined, KeyOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { INSTITUTION_CATEGORIES, INSTITUTION_CATEGORY_LIST, type InstitutionCategory } from '@zhixing/contracts/labels';
import { api, type Institution, type InstitutionKey } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ReasonModal } from '../../components/reason-modal.js';
import { InstitutionKeyTable, algShort, formatSla, keysInForce } from './institution-keys.js';
import { RegisterInstitutionModal } from './register-institution-modal.js';
import { AddInstitutionKeyModal } from './add-institution-key-modal.js';
import { DeskKeyModal } from './desk-key-modal.js';

const SMALL: CSSProperties = { fontSize: 12, color: 'rgba(0,0,0,0.62)' };

/**
 * 协助执行单位: the banks, registries and depositories the courts send inquiries and control orders
 * to (ADR 0008), with what each can carry out, how it is connected, its answer time and its keys.
 */
export function InstitutionsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [category, setCategory] = useState<InstitutionCategory | undefined>(undefined);
  const institutions = useLoad(() => api.listInstitutions(category ? { category } : {}), [category]);
  const [registering, setRegistering] = useState(false);
  const [rotating, setRotating] = useState<Institution | null>(null);
  const [issuingDeskKey, setIssuingDeskKey] = useState<Institution | null>(null);
  const [revoking, setRevoking] = useState<{ institution: Institution; key: InstitutionKey } | null>(null);
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const [touched, setTouched] = useState<string | null>(null);
  const now = Date.now();

  /** Show the server's answer in place (it carries the institution's keys as they now are). */
  const replace = (updated: Institution) => {
    const items = institutions.data?.items ?? [];
    institutions.setData({ items: items.map((i) => (i.id === updated.id ? updated : i)) });
    setTouched(updated.id);
  };
  const toggle = (id: string) => setExpanded((keys) => (keys.includes(id) ? keys.filter((k) => k !== id) : [...keys, id]));

  const columns: TableColumnsType<Institution> = [
    {
      title: t('institution.col.name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string, i) => (
        <div style={{ minWidth: 200 }}>
          <Typography.Text strong>{v}</Typography.Text>
          <div style={SMALL}>{t('institution.codeAndCategory', { code: i.code, category: INSTITUTION_CATEGORIES[i.category][lang] })}</div>
        </div>
      ),
    },
    {
      title: t('institution.col.acts'),
      dataIndex: 'acts',
      key: 'acts',
      render: (v: Institution['acts']) => (
        <Space size={4} wrap style={{ maxWidth: 250 }}>
          {v.map((a) => (
            <Tag key={a} style={{ marginInlineEnd: 0 }}>
              {t(`institution.act.${a}`)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('institution.col.connection'),
      key: 'connection',
      render: (_: unknown, i) => (
        <div style={{ maxWidth: 240 }}>
          <span>{t(`institution.connection.${i.connection}`)}</span>
          {i.connection === 'push' && i.endpoint ? (
            <Typography.Text className="zx-mono" style={{ ...SMALL, display: 'block', maxWidth: 240 }} ellipsis={{ tooltip: i.endpoint }}>
              {i.endpoint}
            </Typography.Text>
          ) : null}
        </div>
      ),
    },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>{t('institution.col.sla')}</span>,
      dataIndex: 'slaSeconds',
      key: 'sla',
      render: (v: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatSla(v, t)}</span>,
    },
    {
      title: t('institution.col.keys'),
      key: 'keys',
      render: (_: unknown, i) => {
        const { current, upcoming } = keysInForce(i.keys, now);
        const others = i.keys.length - (current ? 1 : 0) - (upcoming ? 1 : 0);
        const revoked = i.keys.filter((k) => k.revokedAt).length;
        const earlier = others === 1 ? t('institution.key.earlierOne') : t('institution.key.earlier', { n: others });
        const open = expanded.includes(i.id);
        return (
          <div style={{ minWidth: 200 }} data-testid="current-key">
            {current ? (
              <>
                <span className="zx-mono">{current.keyId}</span> <Tag style={{ marginInlineStart: 4 }}>{algShort(current.alg)}</Tag>
                <div style={SMALL}>{t('institution.key.since', { time: formatInstant(current.validFrom) })}</div>
              </>
            ) : i.connection === 'manual' ? (
              <Typography.Text type="secondary">{t('institution.key.notNeeded')}</Typography.Text>
            ) : (
              <Typography.Text type="warning">{t('institution.key.none')}</Typography.Text>
            )}
            {upcoming ? <div style={SMALL}>{t('institution.key.upcoming', { keyId: upcoming.keyId, time: formatInstant(upcoming.validFrom) })}</div> : null}
            {i.keys.length > 0 ? (
              <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} aria-expanded={open} onClick={() => toggle(i.id)}>
                {open ? t('institution.key.hideAll') : others > 0 ? (revoked > 0 ? `${earlier}${t('institution.key.revokedCount', { n: revoked })}` : earlier) : t('institution.key.showAll')}
              </Button>
            ) : null}
          </div>
        );
      },
    },
    {
      title: t('institution.col.status'),
      key: 'status',
      render: (_: unknown, i) => {
        if (i.retiredAt) return <Badge status="default" text={t('institution.status.retired')} />;
        const { current } = keysInForce(i.keys, now);
        if (!current && i.connection !== 'manual') {
          return (
            <Tooltip title={t('institution.status.noKey.hint')}>
              <span style={{ whiteSpace: 'nowrap' }}>
                <Badge status="warning" text={t('institution.status.noKey')} />
              </span>
            </Tooltip>
          );
        }
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            <Badge status="success" text={t('institution.status.active')} />
          </span>
        );
      },
    },
    {
      title: t('institution.col.action'),
      key: 'action',
      render: (_: unknown, i) =>
        i.retiredAt ? null : i.connection === 'manual' ? (
          // Not networked (传统查控): no signing keys; its staff answer on the desk with a desk key.
          <Space direction="vertical" size={2}>
            <Button size="small" icon={<DesktopOutlined />} onClick={() => setIssuingDeskKey(i)} aria-label={t('deskKey.issueFor', { name: i.name })}>
              {t(i.deskKey ? 'deskKey.reissue' : 'deskKey.issue')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {i.deskKey ? t('deskKey.inUse', { prefix: i.deskKey.prefix, date: i.deskKey.issuedAt.slice(0, 10) }) : t('deskKey.none')}
            </Typography.Text>
          </Space>
        ) : (
          <Button size="small" icon={<KeyOutlined />} onClick={() => setRotating(i)} aria-label={t('institution.rotateFor', { name: i.name })}>
            {t('institution.rotate')}
          </Button>
        ),
    },
  ];

  const items = institutions.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('institution.title')}
        description={t('institution.pageDescription')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={institutions.reload} loading={institutions.loading}>
              {t('common.refresh')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('institution.register')}
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form layout="vertical" role="search" aria-label={t('institution.filters.label')}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 16 }}>
            <Form.Item label={t('institution.filters.category')} htmlFor="institutions-category">
              <Select
                id="institutions-category"
                value={category}
                placeholder={t('institution.filters.allCategories')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                onChange={(value?: InstitutionCategory) => setCategory(value)}
                options={INSTITUTION_CATEGORY_LIST.map((c) => ({ value: c, label: INSTITUTION_CATEGORIES[c][lang] }))}
              />
            </Form.Item>
          </div>
        </Form>
      </Card>
      {institutions.error ? (
        <ErrorAlert
          error={institutions.error}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={institutions.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}
      <Card>
        <Table<Institution>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={institutions.loading}
          scroll={{ x: 1100 }}
          rowClassName={(i) => (i.retiredAt ? 'zx-row-revoked' : i.id === touched ? 'zx-row-new' : '')}
          expandable={{
            expandedRowKeys: expanded,
            onExpandedRowsChange: (keys) => setExpanded(keys),
            rowExpandable: (i) => i.keys.length > 0,
            showExpandColumn: false,
            expandedRowRender: (i) => <InstitutionKeyTable institution={i} now={now} onRevoke={(key) => setRevoking({ institution: i, key })} />,
          }}
          locale={{ emptyText: institutions.loading ? ' ' : category ? t('institution.emptyCategory') : t('institution.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('institution.total', { total: n }) }}
        />
      </Card>
      <RegisterInstitutionModal
        open={registering}
        onClose={() => setRegistering(false)}
        onRegistered={(created) => {
          setRegistering(false);
          setTouched(created.id);
          void message.success(t('institution.registered', { name: created.name }));
          institutions.reload();
        }}
      />
      {rotating ? (
        <AddInstitutionKeyModal
          institution={rotating}
          onClose={() => setRotating(null)}
          onAdded={(updated, keyId) => {
            setRotating(null);
            replace(updated);
            setExpanded((keys) => (keys.includes(updated.id) ? keys : [...keys, updated.id]));
            void message.success(t('institution.keyAdded', { keyId, name: updated.name }));
          }}
        />
      ) : null}
      {issuingDeskKey ? (
        <DeskKeyModal
          institution={issuingDeskKey}
          onClose={() => setIssuingDeskKey(null)}
          onIssued={() => {
            setTouched(issuingDeskKey.id);
            void message.success(t('deskKey.issued', { name: issuingDeskKey.name }));
          }}
        />
      ) : null}
      {revoking ? (
        <ReasonModal
          name="revokeInstitutionKey"
          maxLength={500}
          texts={{
            title: t('institution.revokeTitle', { keyId: revoking.key.keyId }),
            hint: t('institution.revokeHint'),
            label: t('institution.revokeReason'),
            placeholder: t('institution.revokeReason.placeholder'),
            required: t('institution.revokeReason.required'),
            submit: t('institution.revokeSubmit'),
            refused: t('institution.revokeRefused'),
          }}
          summary={<Typography.Text>{t('institution.revokeSummary', { name: revoking.institution.name, keyId: revoking.key.keyId, alg: algShort(revoking.key.alg) })}</Typography.Text>}
          onSubmit={async (reason) => {
            const updated = await api.revokeInstitutionKey(revoking.institution.id, revoking.key.keyId, reason);
            replace(updated);
            setRevoking(null);
            void message.success(t('institution.keyRevoked', { keyId: revoking.key.keyId }));
          }}
          onClose={() => setRevoking(null)}
          onReload={institutions.reload}
        />
      ) : null}
    </>
  );
}
