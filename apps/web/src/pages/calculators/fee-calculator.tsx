import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Table, Typography } from 'antd';
import { api, type FeeReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Money } from '../../components/money.js';
import { YUAN_PATTERN, formatYuan, normaliseYuan } from '../../format/money.js';
import { formatRate } from '../../format/rate.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

type Band = FeeReply['bands'][number];

/** 执行申请费 (诉讼费用交纳办法 art. 14): marginal bands, shown one by one so the sum can be checked. */
export function FeeCalculator() {
  const { t } = useI18n();
  const [form] = Form.useForm<{ amount?: string }>();
  useRevalidateOnLanguage(form);
  const [result, setResult] = useState<FeeReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async ({ amount }: { amount?: string }) => {
    setBusy(true);
    setError(null);
    try {
      setResult(await api.calcFee(amount?.trim() ? { amount: normaliseYuan(amount) } : {}));
    } catch (caught) {
      reportFormError(form, caught, setError);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('calc.fee.description')}</Typography.Paragraph>
      <Form form={form} layout="inline" onFinish={(v) => void run(v)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item
          name="amount"
          label={t('calc.fee.amount')}
          normalize={(v: string) => v.replace(/[,，\s]/g, '')}
          rules={[{ pattern: YUAN_PATTERN, message: t('claim.amount.format') }]}
        >
          <Input prefix="¥" inputMode="decimal" placeholder={t('calc.fee.amountPlaceholder')} style={{ width: 240 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('calc.compute')}
        </Button>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {result ? (
        <>
          <Descriptions
            bordered
            size="small"
            column={1}
            style={{ marginBottom: 16, maxWidth: 560 }}
            items={[
              ...(result.amount ? [{ key: 'amount', label: t('calc.fee.amount'), children: <Money value={result.amount} /> }] : []),
              {
                key: 'fee',
                label: t('calc.fee.fee'),
                children:
                  result.fee !== null ? (
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      <Money value={result.fee} />
                    </Typography.Text>
                  ) : (
                    t('calc.fee.range', { min: formatYuan(result.min ?? '50'), max: formatYuan(result.max ?? '500') })
                  ),
              },
            ]}
          />
          {result.bands.length > 0 ? (
            <Table<Band>
              size="small"
              rowKey={(b) => b.from}
              pagination={false}
              dataSource={result.bands}
              style={{ maxWidth: 760, marginBottom: 16 }}
              columns={[
                {
                  title: t('calc.fee.band'),
                  key: 'band',
                  render: (_: unknown, b) => (b.to ? t('calc.fee.bandRange', { from: formatYuan(b.from), to: formatYuan(b.to) }) : t('calc.fee.bandAbove', { from: formatYuan(b.from) })),
                },
                { title: t('calc.fee.rate'), dataIndex: 'rate', key: 'rate', render: (v: string, b) => (v === 'fixed' ? t('calc.fee.fixed', { fee: formatYuan(b.fee) }) : formatRate(v)) },
                { title: t('calc.fee.part'), dataIndex: 'part', key: 'part', align: 'right', render: (v: string) => <Money value={v} /> },
                { title: t('calc.fee.bandFee'), dataIndex: 'fee', key: 'fee', align: 'right', render: (v: string) => <Money value={v} /> },
              ]}
            />
          ) : null}
          <Alert type="info" showIcon style={{ maxWidth: 980 }} title={t('calc.legalBasis', { basis: result.legalBasis })} description={t('calc.fee.note')} />
        </>
      ) : null}
    </>
  );
}
