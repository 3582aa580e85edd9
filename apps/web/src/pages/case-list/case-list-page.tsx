import { useMemo, useState, useEffect } from 'react';
import { Button, Card, Checkbox, Empty, Form, Input, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import { FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CaseSummary } from '@zhixing/contracts';
import { api } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canFileCases } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ROLE_LABELS, STAGE_LABELS, STAGE_ORDER, SUSPENSION_LABELS, SUSPENSION_TAG_LABELS } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { DueDate } from '../../components/due-date.js';
import { StageTag } from '../../components/stage-tag.js';
import { Money } from '../../components/money.js';
import { formatDate } from '../../format/date.js';
import { PAGE_SIZES, columnOrder, hasNarrowingFilters, readFilters, sortDirections, sortFromColumn, toQuery, writeFilters, type CaseListFilters } from './case-list-query.js';

/** Roles that can be put in charge of a case (承办人). */
const HANDLER_ROLES = new Set(['judge', 'officer']);

export function CaseListPage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const [searchText, setSearchText] = useState(filters.q);
  useEffect(() => setSearchText(filters.q), [filters.q]);

  const courts = useLoad(() => api.listCourts(), []);
  const users = useLoad(() => api.listUsers(), []);
  const list = useLoad(() => api.listCases(toQuery(filters)), [params.toString()]);

  const update = (patch: Partial<CaseListFilters>) => {
    // Any change other than paging starts again at page 1.
    const next = { ...filters, page: 1, ...patch };
    setParams(writeFilters(next));
  };

  const courtList = courts.data?.items ?? [];
  const showCourt = courtList.length > 1;
  const handlers = (users.data?.items ?? []).filter((u) => HANDLER_ROLES.has(u.role) && !u.disabled && (!filters.courtId || u.courtId === filters.courtId));

  const columns: TableColumnsType<CaseSummary> = [
    {
      title: t('cases.col.caseNumber'),
      dataIndex: 'caseNumber',
      key: 'caseNumber',
      sorter: true,
      sortOrder: columnOrder(filters, 'caseNumber'),
      sortDirections: sortDirections('caseNumber'),
      render: (value: string, row) => (
        <Link to={`/cases/${row.id}`} style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>
          {value}
        </Link>
      ),
    },
    ...(showCourt
      ? [
          {
            title: t('cases.col.court'),
            dataIndex: 'courtName',
            key: 'courtName',
            width: 130,
            render: (v: string, row: CaseSummary) => (lang === 'zh' ? v : row.courtNameEn),
          },
        ]
      : []),
    { title: t('cases.col.cause'), dataIndex: 'cause', key: 'cause', width: 130 },
    { title: t('cases.col.applicants'), dataIndex: 'applicantNames', key: 'applicantNames', width: 120 },
    { title: t('cases.col.debtors'), dataIndex: 'debtorNames', key: 'debtorNames', width: 180 },
    {
      title: t('cases.col.handler'),
      dataIndex: 'handlerName',
      key: 'handlerName',
      render: (value: string | null) => value ?? <Tag style={{ marginInlineEnd: 0 }}>{t('cases.unassigned')}</Tag>,
    },
    {
      title: t('cases.col.stage'),
      dataIndex: 'stage',
      key: 'stage',
      render: (_: unknown, row) => (
        <Space size={4} wrap>
          <StageTag stage={row.stage} />
          {row.suspension ? (
            <Tooltip title={SUSPENSION_LABELS[row.suspension][lang]}>
              <Tag color={row.suspension === 'stay' ? 'orange' : 'gold'} style={{ marginInlineEnd: 0 }}>
                {SUSPENSION_TAG_LABELS[row.suspension][lang]}
              </Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('cases.col.filedOn'),
      dataIndex: 'filedOn',
      key: 'filedOn',
      sorter: true,
      sortOrder: columnOrder(filters, 'filedOn'),
      sortDirections: sortDirections('filedOn'),
      render: (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(value)}</span>,
    },
    {
      title: (
        <Tooltip title={t('cases.col.nextDueHint')}>
          <span>{t('cases.col.nextDue')}</span>
        </Tooltip>
      ),
      dataIndex: 'nextDueDate',
      key: 'dueDate',
      sorter: true,
      sortOrder: columnOrder(filters, 'dueDate'),
      sortDirections: sortDirections('dueDate'),
      render: (_: unknown, row) => <DueDate date={row.nextDueDate} overdue={row.overdue} />,
    },
    {
      title: t('cases.col.claimTotal'),
      dataIndex: 'claimTotal',
      key: 'claimTotal',
      align: 'right',
      render: (value: string) => <Money value={value} />,
    },
  ];

  const onTableChange: TableProps<CaseSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'paginate') {
      const pageSize = pagination.pageSize ?? filters.pageSize;
      setParams(writeFilters({ ...filters, page: pageSize === filters.pageSize ? (pagination.current ?? 1) : 1, pageSize }));
      return;
    }
    if (extra.action === 'sort') {
      const one = Array.isArray(sorter) ? sorter[0] : sorter;
      update(sortFromColumn(one?.columnKey, one?.order));
    }
  };

  const narrowed = hasNarrowingFilters(filters);
  const empty = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <Typography.Text strong>{narrowed ? t('cases.empty.filteredTitle') : t('cases.empty.noneTitle')}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{narrowed ? t('cases.empty.filteredHint') : t('cases.empty.noneHint')}</Typography.Text>
        </>
      }
    >
      {narrowed ? (
        <Button onClick={() => setParams(new URLSearchParams())}>{t('cases.filters.reset')}</Button>
      ) : canFileCases(user) ? (
        <Button type="primary" icon={<FileAddOutlined />} onClick={() => void navigate('/cases/new')}>
          {t('nav.fileCase')}
        </Button>
      ) : null}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.description')}
        extra={
          canFileCases(user) ? (
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => void navigate('/cases/new')}>
              {t('nav.fileCase')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }} styles={{ body: { paddingBottom: 0 } }}>
        <Form layout="vertical" role="search" aria-label={t('cases.filters.label')}>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', columnGap: 16 }}>
            <Form.Item label={t('cases.filters.search')} htmlFor="case-search" style={{ gridColumn: 'span 2' }}>
              <Input.Search
                id="case-search"
                value={searchText}
                placeholder={t('cases.filters.searchPlaceholder')}
                allowClear
                enterButton={t('cases.filters.searchButton')}
                onChange={(e) => setSearchText(e.target.value)}
                onSearch={(value) => update({ q: value })}
              />
            </Form.Item>
            {showCourt ? (
              <Form.Item label={t('cases.filters.court')} htmlFor="case-court">
                <Select
                  id="case-court"
                  value={filters.courtId || undefined}
                  placeholder={t('cases.filters.allCourts')}
                  allowClear
                  onChange={(value?: string) => update({ courtId: value ?? '', handlerId: '' })}
                  options={courtList.map((c) => ({ value: c.id, label: lang === 'zh' ? c.name : c.nameEn }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item label={t('cases.filters.stage')} htmlFor="case-stage">
              <Select
                id="case-stage"
                value={filters.stage || undefined}
                placeholder={t('cases.filters.allStages')}
                allowClear
                onChange={(value?: CaseListFilters['stage']) => update({ stage: value ?? '' })}
                options={STAGE_ORDER.map((s) => ({ value: s, label: STAGE_LABELS[s][lang] }))}
              />
            </Form.Item>
            <Form.Item label={t('cases.filters.handler')} htmlFor="case-handler">
              <Select
                id="case-handler"
                value={filters.handlerId || undefined}
                placeholder={t('cases.filters.allHandlers')}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={users.loading}
                onChange={(value?: string) => update({ handlerId: value ?? '' })}
                options={handlers.map((u) => ({ value: u.id, label: t('common.nameWithRole', { name: u.displayName, role: ROLE_LABELS[u.role][lang] }) }))}
              />
            </Form.Item>
            <Form.Item label={t('cases.filters.show')}>
              <Space wrap>
                <Checkbox checked={filters.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
                  {t('cases.filters.overdueOnly')}
                </Checkbox>
                <Checkbox checked={filters.open} onChange={(e) => update({ open: e.target.checked })}>
                  {t('cases.filters.openOnly')}
                </Checkbox>
              </Space>
            </Form.Item>
          </div>
        </Form>
      </Card>

      {list.error ? (
        <ErrorAlert
          error={list.error}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={list.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : null}

      <Card>
        <Table<CaseSummary>
          size="middle"
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          onChange={onTableChange}
          locale={{ emptyText: list.loading ? ' ' : empty }}
          scroll={{ x: showCourt ? 1100 : 1040 }}
          rowClassName={(row) => (row.overdue ? 'zx-row-overdue' : '')}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('cases.total', { total }),
          }}
        />
      </Card>
    </>
  );
}
