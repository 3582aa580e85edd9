import { Card, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CLAIM_KIND_LABELS } from '../../i18n/labels.js';
import { Money } from '../../components/money.js';

type Claim = CaseDetailReply['claims'][number];

export function ClaimsCard({ detail }: { detail: CaseDetailReply }) {
  const { t, lang } = useI18n();
  const columns: TableColumnsType<Claim> = [
    { title: t('claim.kindColumn'), dataIndex: 'kind', key: 'kind', render: (_: unknown, c) => CLAIM_KIND_LABELS[c.kind][lang] },
    { title: t('claim.amount'), dataIndex: 'amount', key: 'amount', align: 'right', render: (v: string | null) => (v === null ? '—' : <Money value={v} />) },
    { title: t('claim.descriptionColumn'), dataIndex: 'description', key: 'description', render: (v: string) => v || '—' },
  ];
  return (
    <Card title={t('case.claims')} style={{ marginBottom: 16 }}>
      <Table<Claim>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={detail.claims}
        pagination={false}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <Typography.Text strong>{t('case.claimTotal')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong>
                <Money value={detail.claimTotal} />
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} />
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
