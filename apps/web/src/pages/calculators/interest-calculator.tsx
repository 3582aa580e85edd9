import { useState, type KeyboardEvent } from 'react';
import { Alert, Button, Col, DatePicker, Descriptions, Form, Input, Row, Space, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, type InterestReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { Money } from '../../components/money.js';
import { reportFormError } from '../../components/server-errors.js';
import { YUAN_PATTERN, normaliseYuan } from '../../format/money.js';
import { DATE_FORMAT, formatDate, toCivilDate } from '../../format/date.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

interface InterestValues {
  principal: string;
  performanceDeadline: Dayjs;
  until: Dayjs;
  payments?: { date?: Dayjs; amount?: string }[];
}

type Segment = InterestReply['segments'][number];

const stopEnterInPickers = (event: KeyboardEvent<HTMLFormElement>) => {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
};

/** 加倍部分债务利息 (法释〔2014〕8号): per segment between payments, so each step can be checked. */
export function InterestCalculator() {
  const { t } = useI18n();
  const [form] = Form.useForm<InterestValues>();
  useRevalidateOnLanguage(form);
  const [result, setResult] = useState<InterestReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const amountRules = [
    { required: true, message: t('claim.amount.required') },
    { pattern: YUAN_PATTERN, message: t('claim.amount.format') },
  ];

  const run = async (v: InterestValues) => {
    setBusy(true);
    setError(null);
    try {
      setResult(
        await api.calcInterest({
          principal: normaliseYuan(v.principal),
          performanceDeadline: toCivilDate(v.performanceDeadline) ?? '',
          until: toCivilDate(v.until) ?? '',
          payments: (v.payments ?? []).filter((p) => p.date && p.amount).map((p) => ({ date: toCivilDate(p.date) ?? '', amount: normaliseYuan(p.amount ?? '') })),
        }),
      );
    } catch (caught) {
      reportFormError(form, caught, setError);
      setResult(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">{t('calc.interest.description')}</Typography.Paragraph>
      <Form<InterestValues> form={form} layout="vertical" onFinish={(v) => void run(v)} onKeyDown={stopEnterInPickers} style={{ maxWidth: 760 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="principal" label={t('calc.interest.principal')} rules={amountRules} normalize={(v: string) => v.replace(/[,，\s]/g, '')}>
              <Input prefix="¥" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="performanceDeadline" label={t('basis.performanceDeadline')} rules={[{ required: true, message: t('action.dateRequired') }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="until" label={t('calc.interest.until')} rules={[{ required: true, message: t('action.dateRequired') }]} extra={t('calc.interest.untilHint')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>{t('calc.interest.payments')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('calc.interest.paymentsHint')}
        </Typography.Paragraph>
        <Form.List name="payments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'date']} label={t('calc.interest.paymentDate', { n: field.name + 1 })} rules={[{ required: true, message: t('action.dateRequired') }]}>
                    <DatePicker format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amount']}
                    label={t('calc.interest.paymentAmount', { n: field.name + 1 })}
                    rules={amountRules}
                    normalize={(v: string) => v.replace(/[,，\s]/g, '')}
                  >
                    <Input prefix="¥" inputMode="decimal" style={{ width: 200 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('calc.interest.removePayment', { n: field.name + 1 })}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('calc.interest.addPayment')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('calc.compute')}
        </Button>
      </Form>
      {error ? <div style={{ marginTop: 16 }}><ErrorAlert error={error} /></div> : null}
      {result ? (
        <div style={{ marginTop: 24 }}>
          <Descriptions
            bordered
            size="small"
            column={{ xs: 1, md: 2 }}
            style={{ marginBottom: 16 }}
            items={[
              { key: 'principal', label: t('calc.interest.principal'), children: <Money value={result.principal} /> },
              { key: 'days', label: t('calc.interest.totalDays'), children: t('calc.days', { days: result.totalDays }) },
              {
                key: 'doubled',
                label: t('calc.interest.doubled'),
                children: (
                  <Typography.Text strong>
                    <Money value={result.doubledInterest} />
                  </Typography.Text>
                ),
              },
              { key: 'paid', label: t('calc.interest.paid'), children: <Money value={result.interestPaid} /> },
              { key: 'outInterest', label: t('calc.interest.outstandingInterest'), children: <Money value={result.outstandingInterest} /> },
              { key: 'outPrincipal', label: t('calc.interest.outstandingPrincipal'), children: <Money value={result.outstandingPrincipal} /> },
              { key: 'overpaid', label: t('calc.interest.overpaid'), children: <Money value={result.overpaid} /> },
            ]}
          />
          <Table<Segment>
            size="small"
            rowKey={(s) => `${s.from}-${s.to}`}
            pagination={false}
            dataSource={result.segments}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('calc.interest.segment'), key: 'segment', render: (_: unknown, s) => `${formatDate(s.from)} — ${formatDate(s.to)}` },
              { title: t('calc.interest.days'), dataIndex: 'days', key: 'days', align: 'right' },
              { title: t('calc.interest.segmentPrincipal'), dataIndex: 'principal', key: 'principal', align: 'right', render: (v: string) => <Money value={v} /> },
              { title: t('calc.interest.segmentInterest'), dataIndex: 'interest', key: 'interest', align: 'right', render: (v: string) => <Money value={v} /> },
            ]}
          />
          <Alert type="info" showIcon style={{ maxWidth: 980 }} title={t('calc.legalBasis', { basis: result.legalBasis })} description={t('calc.interest.formula')} />
        </div>
      ) : null}
    </>
  );
}
