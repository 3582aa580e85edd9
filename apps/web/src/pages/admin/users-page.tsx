import { useMemo, useState } from 'react';
import { App, Badge, Button, Card, Form, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { KeyOutlined, ReloadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { api, type UserReply, type UsersReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ROLE_LABELS, keysOf, type Role } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { CreateUserModal } from './create-user-modal.js';
import { ApiTokenModal } from './api-token-modal.js';

type User = UsersReply['items'][number];
const ROLES = keysOf(ROLE_LABELS);
const isRole = (value: string | null): value is Role => ROLES.some((r) => r === value);

/** 用户管理: the staff accounts of every court, court by court, and the machine tokens for outside bodies. */
export function UsersPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const courtId = params.get('courtId') ?? '';
  const roleParam = params.get('role');
  const role = isRole(roleParam) ? roleParam : undefined;
  const [creating, setCreating] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const courts = useLoad(() => api.listCourts(), []);
  const users = useLoad(() => api.listUsers({ ...(courtId ? { courtId } : {}), ...(role ? { role } : {}) }), [courtId, role]);
  const courtList = useMemo(() => courts.data?.items ?? [], [courts.data]);
  const courtName = (id: string) => {
    const court = courtList.find((c) => c.id === id);
    return court ? (lang === 'zh' ? court.name : court.nameEn) : id;
  };

  const setFilter = (key: 'courtId' | 'role', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const onCreated = (user: UserReply) => {
    setCreating(false);
    setCreated(user.id);
    void message.success(t('users.created', { username: user.username }));
    // Show the new account among its court's staff.
    const next = new URLSearchParams();
    next.set('courtId', user.courtId);
    if (params.toString() === next.toString()) users.reload();
    else setParams(next);
  };

  const columns: TableColumnsType<User> = [
    { title: t('users.col.username'), dataIndex: 'username', key: 'username', render: (v: string) => <span className="zx-mono">{v}</span> },
    { title: t('users.col.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('users.col.role'),
      dataIndex: 'role',
      key: 'role',
      render: (v: Role) => (
        <Tag color={v === 'admin' ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>
          {ROLE_LABELS[v][lang]}
        </Tag>
      ),
    },
    { title: t('users.col.court'), dataIndex: 'courtId', key: 'courtId', render: (v: string) => courtName(v) },
    {
      title: t('users.col.status'),
      dataIndex: 'disabled',
      key: 'disabled',
      render: (v: boolean) => <Badge status={v ? 'default' : 'success'} text={v ? t('users.status.disabled') : t('users.status.active')} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        extra={
          <Space wrap>
            <Button icon={<KeyOutlined />} onClick={() => setIssuing(true)}>
              {t('users.issueToken')}
            </Button>
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form layout="vertical" role="search" aria-label={t('users.filters.label')}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 16 }}>
            <Form.Item label={t('users.filters.court')} htmlFor="users-court">
              <Select
                id="users-court"
                value={courtId || undefined}
                placeholder={t('users.filters.allCourts')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={courts.loading}
                onChange={(value?: string) => setFilter('courtId', value)}
                options={courtList.map((c) => ({ value: c.id, label: `${c.code} ${lang === 'zh' ? c.name : c.nameEn}` }))}
              />
            </Form.Item>
            <Form.Item label={t('users.filters.role')} htmlFor="users-role">
              <Select
                id="users-role"
                value={role}
                placeholder={t('users.filters.allRoles')}
                allowClear
                onChange={(value?: Role) => setFilter('role', value)}
                options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }))}
              />
            </Form.Item>
          </div>
        </Form>
      </Card>

      {users.error ? (
        <ErrorAlert
          error={users.error}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={users.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}

      <Card>
        <Table<User>
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.loading}
          locale={{ emptyText: users.loading ? ' ' : t('users.empty') }}
          rowClassName={(u) => (u.id === created ? 'zx-row-new' : '')}
          pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (total) => t('users.total', { total }) }}
        />
      </Card>

      <CreateUserModal open={creating} courts={courtList} {...(courtId ? { courtId } : {})} onClose={() => setCreating(false)} onCreated={onCreated} />
      <ApiTokenModal open={issuing} courts={courtList} onClose={() => setIssuing(false)} />
    </>
  );
}
