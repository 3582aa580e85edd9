import { useEffect } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Radio, Table, Tooltip, Typography } from 'antd';
import type { FormListFieldData, InputProps, TableColumnsType } from 'antd';
import { DeleteOutlined, PlusOutlined, QuestionCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { DISTRIBUTION_DEBTOR_KINDS, type DistributionDebtorKind } from '@zhixing/contracts/labels';
import { ApiError } from '../../api/client.js';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { DATE_FORMAT, todayCst, toCivilDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldCheck } from '../../components/field-check.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { distributionApi } from './distribution-api.js';
import { claimsTotalFen, costsToFen, debtorKindChoices, planBody, type ClaimRow } from './distribution-values.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';
import { amountRules } from './fund-amount-field.js';

type ClaimValues = Omit<ClaimRow, 'since'> & { since?: Dayjs | null };

interface PlanValues {
  proceedsSource?: string;
  amount?: string;
  costs?: string;
  debtorKind?: DistributionDebtorKind;
  claims?: ClaimValues[];
}

const MAX_CLAIMS = 200;

/** An amount in yuan inside the creditors' table: narrower than the dialog's own amount fields. */
function YuanInput({ lang, ...props }: InputProps & { lang: 'zh' | 'en' }) {
  return <Input {...props} inputMode="decimal" autoComplete="off" suffix={lang === 'zh' ? '元' : 'yuan'} className="zx-amount" />;
}

interface Props {
  caseId: string;
  parties: CaseDetailReply['parties'];
  /** The applicants' own enforcement basis: this case's. */
  caseBasis: string;
  /** What the case account holds free: no more can be distributed. */
  availableFen: number;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/**
 * 制作分配方案: the proceeds held in the case account, the costs, the debtor's kind and every
 * creditor who joined in with what is owed and any right to be paid first; the server computes the
 * plan to the fen and issues its document (民诉法解释 arts. 506–514).
 */
export function DistributionPlanModal({ caseId, parties, caseBasis, availableFen, onClose, onDone, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const today = todayCst();
  const kinds = debtorKindChoices(parties);
  const debtor = parties.find((p) => p.partyRole === 'debtor');
  const rows = Form.useWatch('claims', form) ?? [];
  const debtorKind = Form.useWatch('debtorKind', form);
  const amountFen = yuanToFen(Form.useWatch('amount', form));
  const costsFen = costsToFen(Form.useWatch('costs', form));
  const enterprise = debtorKind === 'enterprise';
  // The balance reloaded (after a refusal, or asked for): the amount typed is checked against it again.
  useEffect(() => {
    if (form.isFieldTouched('amount')) void form.validateFields(['amount']).catch(() => undefined);
  }, [availableFen, form]);

  const submit = async (v: PlanValues) => {
    const body = planBody({ ...v, claims: (v.claims ?? []).map((c) => ({ ...c, since: toCivilDate(c.since) })) });
    if (!body) return;
    await run(async () => {
      const plan = await distributionApi.make(caseId, body).catch((refused: unknown) => {
        // Refused on the balance (a payment proposed meanwhile): show what is free now.
        if (refused instanceof ApiError && refused.status === 422) onReload();
        throw refused;
      });
      void message.success(t('distribution.planDialog.done', { number: plan.number }));
      onDone();
    });
  };

  const columns = (remove: (index: number) => void): TableColumnsType<FormListFieldData> => [
    { title: '#', key: 'n', width: 36, render: (_: unknown, f) => <Typography.Text type="secondary">{f.name + 1}</Typography.Text> },
    {
      title: t('distribution.planDialog.creditor'),
      key: 'creditor',
      render: (_: unknown, f) => (
        <Form.Item name={[f.name, 'creditor']} rules={[{ required: true, whitespace: true, message: t('distribution.planDialog.creditorRequired') }, { max: 200 }]} style={{ margin: 0 }}>
          <Input maxLength={200} autoComplete="off" style={{ width: 190 }} aria-label={t('distribution.planDialog.creditorOf', { n: f.name + 1 })} />
        </Form.Item>
      ),
    },
    {
      title: t('distribution.planDialog.basis'),
      key: 'basis',
      render: (_: unknown, f) => (
        <Form.Item
          name={[f.name, 'basis']}
          dependencies={[['claims', f.name, 'hasPriority']]}
          rules={[
            ({ getFieldValue }) => ({
              validator: fieldCheck<string>((v) => ((v ?? '').trim() === '' && getFieldValue(['claims', f.name, 'hasPriority']) !== true ? t('distribution.planDialog.basisRequired') : null)),
            }),
            { max: 200 },
          ]}
          style={{ margin: 0 }}
        >
          <Input
            maxLength={200}
            autoComplete="off"
            style={{ width: 210 }}
            placeholder={t(rows[f.name]?.hasPriority === true ? 'distribution.planDialog.basisOptional' : 'distribution.planDialog.basisPlaceholder')}
            aria-label={t('distribution.planDialog.basisOf', { n: f.name + 1 })}
          />
        </Form.Item>
      ),
    },
    {
      title: t('distribution.planDialog.owed'),
      key: 'amount',
      render: (_: unknown, f) => (
        <Form.Item name={[f.name, 'amount']} rules={amountRules(t, null)} style={{ margin: 0 }}>
          <YuanInput lang={lang} style={{ width: 150 }} aria-label={t('distribution.planDialog.owedOf', { n: f.name + 1 })} />
        </Form.Item>
      ),
    },
    {
      title: (
        <Tooltip title={t('distribution.planDialog.priorityHint')}>
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('distribution.planDialog.priority')} <QuestionCircleOutlined style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }} />
          </span>
        </Tooltip>
      ),
      key: 'priority',
      render: (_: unknown, f) => {
        const on = rows[f.name]?.hasPriority === true;
        const required = { required: true, message: t('distribution.planDialog.priorityRequired') };
        return (
          <Flex vertical gap={4} style={{ minWidth: 130 }}>
            <Form.Item name={[f.name, 'hasPriority']} valuePropName="checked" style={{ margin: 0 }}>
              <Checkbox aria-label={t('distribution.planDialog.priorityOf', { n: f.name + 1 })}>{t('distribution.planDialog.hasPriority')}</Checkbox>
            </Form.Item>
            {on ? (
              <Flex gap={4} wrap={false} align="start">
                <Form.Item name={[f.name, 'rank']} rules={[required]} style={{ margin: 0 }}>
                  <InputNumber min={1} max={99} precision={0} prefix={t('distribution.planDialog.rank')} style={{ width: 96 }} aria-label={t('distribution.planDialog.rankOf', { n: f.name + 1 })} />
                </Form.Item>
                <Form.Item name={[f.name, 'since']} rules={[required]} style={{ margin: 0 }}>
                  <DatePicker format={DATE_FORMAT} placeholder={t('distribution.planDialog.since')} disabledDate={(day) => day.format(DATE_FORMAT) > today} style={{ width: 150 }} aria-label={t('distribution.planDialog.sinceOf', { n: f.name + 1 })} />
                </Form.Item>
                <Form.Item name={[f.name, 'note']} rules={[{ ...required, whitespace: true }, { max: 200 }]} style={{ margin: 0 }}>
                  <Input maxLength={200} autoComplete="off" placeholder={t('distribution.planDialog.notePlaceholder')} style={{ width: 130 }} aria-label={t('distribution.planDialog.noteOf', { n: f.name + 1 })} />
                </Form.Item>
              </Flex>
            ) : null}
          </Flex>
        );
      },
    },
    ...(enterprise
      ? [
          {
            title: <Tooltip title={t('distribution.planDialog.seizureOrderHint')}>{t('distribution.planDialog.seizureOrder')}</Tooltip>,
            key: 'seizureOrder',
            render: (_: unknown, f: FormListFieldData) => (
              <Form.Item name={[f.name, 'seizureOrder']} style={{ margin: 0 }}>
                <InputNumber min={1} max={10_000} precision={0} style={{ width: 80 }} aria-label={t('distribution.planDialog.seizureOrderOf', { n: f.name + 1 })} />
              </Form.Item>
            ),
          },
        ]
      : []),
    {
      title: '',
      key: 'remove',
      width: 40,
      render: (_: unknown, f) => (
        <Tooltip title={t('distribution.planDialog.remove', { n: f.name + 1 })}>
          <Button type="text" icon={<DeleteOutlined />} disabled={rows.length <= 1} onClick={() => remove(f.name)} aria-label={t('distribution.planDialog.remove', { n: f.name + 1 })} />
        </Tooltip>
      ),
    },
  ];

  const applicants = parties.filter((p) => p.partyRole === 'applicant');
  const initialClaims: ClaimValues[] = applicants.length > 0 ? applicants.map((p) => ({ creditor: p.name, basis: caseBasis })) : [{}];
  const owedFen = claimsTotalFen(rows);
  const poolFen = amountFen === null ? null : Math.max(0, amountFen - (costsFen ?? 0));

  return (
    <Modal
      open
      title={t('distribution.planDialog.title')}
      onCancel={onClose}
      destroyOnHidden
      width={1120}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} disabled={availableFen <= 0}>
          {t('distribution.planDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="distribution-plan-dialog">
        <Alert type="info" showIcon title={t('distribution.planDialog.hint')} style={{ marginBottom: 16 }} />
        {error ? (
          <ActErrorAlert
            error={error}
            refusedTitle={t('distribution.refused')}
            onRefresh={() => {
              onClose();
              onReload();
            }}
          />
        ) : null}
        <Form<PlanValues>
          form={form}
          name="distribution-plan"
          layout="vertical"
          disabled={submitting}
          initialValues={{ debtorKind: kinds.preset, claims: initialClaims }}
          onFinish={(v) => void submit(v)}
          onKeyDown={keepEnterInDatePicker}
        >
          <Form.Item name="proceedsSource" label={t('distribution.planDialog.source')} rules={[{ required: true, whitespace: true, message: t('distribution.planDialog.sourceRequired') }, { max: 300 }]}>
            <Input maxLength={300} autoComplete="off" placeholder={t('distribution.planDialog.sourcePlaceholder')} style={{ maxWidth: 560 }} />
          </Form.Item>
          <Flex wrap gap="0 24px">
            <Form.Item
              name="amount"
              label={t('distribution.planDialog.amount')}
              required
              extra={
                <span data-testid="distribution-available">
                  {t('funds.availableNow', { amount: formatFen(availableFen) })}
                  <Tooltip title={t('distribution.planDialog.reloadBalance')}>
                    <Button type="link" size="small" icon={<ReloadOutlined />} onClick={onReload} aria-label={t('distribution.planDialog.reloadBalance')} style={{ height: 'auto', padding: '0 4px' }} />
                  </Tooltip>
                </span>
              }
              rules={amountRules(t, availableFen)}
            >
              <YuanInput lang={lang} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item
              name="costs"
              label={t('distribution.planDialog.costs')}
              extra={t('distribution.planDialog.costsHint')}
              dependencies={['amount']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: fieldCheck<string>((v) => {
                    const fen = costsToFen(v);
                    if (fen === null) return t('distribution.planDialog.costsInvalid');
                    const amount = yuanToFen(getFieldValue('amount') as string | undefined);
                    return amount !== null && fen > amount ? t('distribution.planDialog.costsTooBig') : null;
                  }),
                }),
              ]}
            >
              <YuanInput lang={lang} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item
              name="debtorKind"
              label={t('distribution.planDialog.debtorKind')}
              rules={[{ required: true, message: t('distribution.planDialog.debtorKindRequired') }]}
              extra={debtor ? t(debtor.kind === 'person' ? 'distribution.planDialog.debtorKindPerson' : 'distribution.planDialog.debtorKindOrganisation', { name: debtor.name }) : undefined}
              style={{ maxWidth: 460 }}
            >
              <Radio.Group optionType="button" options={DISTRIBUTION_DEBTOR_KINDS.map((k) => ({ value: k, label: t(`distribution.debtorKind.${k}`), disabled: !kinds.allowed.includes(k) }))} />
            </Form.Item>
          </Flex>
          <Form.List name="claims">
            {(fields, { add, remove }) => (
              <div data-testid="distribution-claims" style={{ marginTop: 8 }}>
                <Typography.Text strong>{t('distribution.planDialog.creditors', { total: fields.length })}</Typography.Text>
                <Table<FormListFieldData> rowKey="key" size="small" columns={columns(remove)} dataSource={fields} pagination={false} scroll={{ x: 'max-content' }} style={{ marginTop: 8 }} />
                <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} disabled={fields.length >= MAX_CLAIMS}>
                    {t('distribution.planDialog.add')}
                  </Button>
                  <Typography.Text type="secondary" data-testid="distribution-claims-total">
                    {poolFen === null ? t('distribution.planDialog.claimsTotal', { owed: formatFen(owedFen) }) : t('distribution.planDialog.claimsTotalPool', { owed: formatFen(owedFen), pool: formatFen(poolFen) })}
                  </Typography.Text>
                </Flex>
              </div>
            )}
          </Form.List>
        </Form>
      </div>
    </Modal>
  );
}
