import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import type { TableColumnsType } from 'antd';
import { FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { TRANSACTION_TYPE_LABELS } from '@zhixing/contracts/labels';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { fundsApi, type LedgerOnlyEntry, type Reconciliation, type StatementOnlyLine } from '../case-detail/funds-api.js';
import { formatFen } from '../case-detail/network-inquiry-values.js';
import { STATEMENT_EXAMPLE, STATEMENT_MAX_BYTES, countLines, decodeStatement } from './statement-file.js';

interface Chosen {
  name: string;
  text: string;
  lines: number;
}

const typeLabel = (type: string, lang: 'zh' | 'en'): string => (Object.hasOwn(TRANSACTION_TYPE_LABELS, type) ? TRANSACTION_TYPE_LABELS[type as keyof typeof TRANSACTION_TYPE_LABELS][lang] : type);

/** A signed amount: money in as it is, money out in red with its minus sign. */
const Signed = ({ fen }: { fen: number }) => (
  <span className="zx-amount" style={{ whiteSpace: 'nowrap', ...(fen < 0 ? { color: '#b91c1c' } : {}) }}>
    {formatFen(fen)}
  </span>
);

/**
 * 对账: the special account's bank statement (CSV, read in the browser) against the ledger. The
 * server matches each line by serial number and amount, else by amount on the same day, and
 * reports what is left on either side with the totals and their difference. It only reads.
 */
export function ReconciliationPanel() {
  const { t, lang } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Reconciliation | null>(null);

  const choose = async (file: File) => {
    setResult(null);
    setError(null);
    setChosen(null);
    if (file.size > STATEMENT_MAX_BYTES) {
      setFileProblem(t('reconcile.tooLarge'));
      return;
    }
    try {
      const text = decodeStatement(new Uint8Array(await file.arrayBuffer()));
      setFileProblem(null);
      setChosen({ name: file.name, text, lines: countLines(text) });
    } catch {
      setFileProblem(t('reconcile.unreadable'));
    }
  };

  const submit = async () => {
    if (!chosen) return;
    setSubmitting(true);
    setError(null);
    setResult(null);
    try {
      setResult(await fundsApi.reconcile({ csv: chosen.text }));
    } catch (caught) {
      // A bad line is a 400 whose message names it: shown as it is, beside the file.
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  const statementColumns: TableColumnsType<StatementOnlyLine> = [
    { title: t('reconcile.col.line'), dataIndex: 'line', key: 'line', align: 'right' },
    { title: t('reconcile.col.date'), dataIndex: 'date', key: 'date', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    { title: t('reconcile.col.serial'), dataIndex: 'serial', key: 'serial', render: (v: string) => <span className="zx-mono">{v || '—'}</span> },
    { title: t('reconcile.col.amount'), dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (v: number) => <Signed fen={v} /> },
    { title: t('reconcile.col.counterparty'), dataIndex: 'counterparty', key: 'counterparty', render: (v: string) => <div style={{ minWidth: 80, maxWidth: 200, overflowWrap: 'anywhere' }}>{v || '—'}</div> },
    { title: t('reconcile.col.memo'), dataIndex: 'memo', key: 'memo', render: (v: string) => <div style={{ minWidth: 120, maxWidth: 280, overflowWrap: 'anywhere' }}>{v || '—'}</div> },
  ];

  const ledgerColumns: TableColumnsType<LedgerOnlyEntry> = [
    { title: t('reconcile.col.date'), dataIndex: 'bookedOn', key: 'bookedOn', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(v)}</span> },
    { title: t('reconcile.col.type'), dataIndex: 'type', key: 'type', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{typeLabel(v, lang)}</span> },
    { title: t('reconcile.col.serial'), dataIndex: 'sourceRef', key: 'sourceRef', render: (v: string | null) => <span className="zx-mono" style={{ overflowWrap: 'anywhere' }}>{v || '—'}</span> },
    { title: t('reconcile.col.amount'), dataIndex: 'amountFen', key: 'amountFen', align: 'right', render: (v: number) => <Signed fen={v} /> },
    { title: t('reconcile.col.memo'), dataIndex: 'memo', key: 'memo', render: (v: string) => <div style={{ minWidth: 120, maxWidth: 280, overflowWrap: 'anywhere' }}>{v || '—'}</div> },
    {
      title: t('reconcile.col.case'),
      dataIndex: 'caseId',
      key: 'caseId',
      render: (v: string | null) =>
        v ? (
          <Link to={`/cases/${v}`} style={{ whiteSpace: 'nowrap' }}>
            {t('reconcile.openCase')}
          </Link>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <>
      <Card style={{ marginBottom: 16 }}>
        <Typography.Paragraph>{t('reconcile.intro')}</Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          icon={<FileTextOutlined />}
          style={{ marginBottom: 16 }}
          title={t('reconcile.formatTitle')}
          description={
            <div data-testid="reconcile-example">
              <Typography.Paragraph style={{ margin: '0 0 8px' }}>{t('reconcile.format')}</Typography.Paragraph>
              <Typography.Text type="secondary">{t('reconcile.example')}</Typography.Text>
              <pre className="zx-mono" style={{ margin: '4px 0 0', padding: '8px 12px', background: 'rgba(0,0,0,0.04)', borderRadius: 6, fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {STATEMENT_EXAMPLE}
              </pre>
            </div>
          }
        />
        <Space wrap align="center" size={12}>
          <Upload
            accept=".csv,text/csv,text/plain"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(file) => {
              void choose(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="reconcile-choose">
              {t('reconcile.choose')}
            </Button>
          </Upload>
          {chosen ? (
            <Typography.Text data-testid="reconcile-file">
              <FileTextOutlined /> {t('reconcile.chosen', { name: chosen.name, lines: chosen.lines })}
            </Typography.Text>
          ) : null}
          <Button type="primary" disabled={!chosen} loading={submitting} onClick={() => void submit()}>
            {t('reconcile.submit')}
          </Button>
        </Space>
        {fileProblem ? <Alert type="error" showIcon role="alert" title={fileProblem} style={{ marginTop: 16 }} /> : null}
        {error ? (
          <div style={{ marginTop: 16 }} data-testid="reconcile-error">
            <ErrorAlert error={error} />
          </div>
        ) : null}
      </Card>
      {result ? <ReconciliationResult result={result} statementColumns={statementColumns} ledgerColumns={ledgerColumns} /> : null}
    </>
  );
}

function ReconciliationResult({ result: r, statementColumns, ledgerColumns }: { result: Reconciliation; statementColumns: TableColumnsType<StatementOnlyLine>; ledgerColumns: TableColumnsType<LedgerOnlyEntry> }) {
  const { t } = useI18n();
  return (
    <Card data-testid="reconcile-result">
      <Alert type={r.balanced ? 'success' : 'warning'} showIcon title={t(r.balanced ? 'reconcile.balanced' : 'reconcile.unbalanced')} style={{ marginBottom: 16 }} data-testid="reconcile-verdict" />
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'period', label: t('reconcile.period'), children: <span style={{ whiteSpace: 'nowrap' }}>{`${formatDate(r.from)} – ${formatDate(r.to)}`}</span> },
          { key: 'lines', label: t('reconcile.lines'), children: r.lines },
          { key: 'matched', label: t('reconcile.matched'), children: <span data-testid="reconcile-matched">{r.matched.length}</span> },
          { key: 'statement', label: t('reconcile.statementFen'), children: <Signed fen={r.statementFen} /> },
          { key: 'ledger', label: t('reconcile.ledgerFen'), children: <Signed fen={r.ledgerFen} /> },
          { key: 'difference', label: t('reconcile.difference'), children: <span data-testid="reconcile-difference"><Signed fen={r.differenceFen} /></span> },
        ]}
      />
      <Typography.Title level={5}>{t('reconcile.statementOnly', { total: r.statementOnly.length })}</Typography.Title>
      <div data-testid="reconcile-statement-only" style={{ marginBottom: 16 }}>
        {r.statementOnly.length === 0 ? (
          <Typography.Text type="secondary">{t('reconcile.noneUnmatched')}</Typography.Text>
        ) : (
          <Table<StatementOnlyLine>
            rowKey="line"
            size="small"
            columns={statementColumns}
            dataSource={r.statementOnly}
            pagination={r.statementOnly.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </div>
      <Typography.Title level={5}>{t('reconcile.ledgerOnly', { total: r.ledgerOnly.length })}</Typography.Title>
      <div data-testid="reconcile-ledger-only">
        {r.ledgerOnly.length === 0 ? (
          <Typography.Text type="secondary">{t('reconcile.noneUnmatched')}</Typography.Text>
        ) : (
          <Table<LedgerOnlyEntry>
            rowKey="transactionId"
            size="small"
            columns={ledgerColumns}
            dataSource={r.ledgerOnly}
            pagination={r.ledgerOnly.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
          />
        )}
      </div>
    </Card>
  );
}
