import { useEffect, useState } from 'react';
import { App, Checkbox, Col, Descriptions, Form, Input, InputNumber, Modal, Row, Typography } from 'antd';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import type { CaseProperty } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { fieldCheck } from '../../components/field-check.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { controlApi, type CaseControl, type ControlPreviewBody } from './control-api.js';
import { useControlPreview } from './control-preview.js';
import { ControlVerdictAlert } from './control-verdict-alert.js';
import { canOverrideGuard, fenToYuanInput, isDivisible, yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';

interface OrderValues {
  amount?: string;
  termMonths?: number | null;
  override?: boolean;
  note?: string;
}

const NOTE_MIN = 5;
const NOTE_MAX = 1000;
/** The contract's bound on a term; the law's bound for this kind is the preview's answer without one. */
const TERM_MAX = 36;

/** What the preview is asked for: null while the amount typed is not an amount. */
function previewBody(propertyId: string, divisible: boolean, v: OrderValues): ControlPreviewBody | null {
  const typed = divisible ? (v.amount ?? '').trim() : '';
  const amountFen = typed === '' ? undefined : yuanToFen(typed);
  if (amountFen === null) return null;
  const termMonths = typeof v.termMonths === 'number' ? v.termMonths : undefined;
  return { propertyId, ...(amountFen !== undefined ? { amountFen } : {}), ...(termMonths !== undefined ? { termMonths } : {}) };
}

interface Props {
  caseId: string;
  property: CaseProperty;
  onClose: () => void;
  onOrdered: (control: CaseControl) => void;
}

/**
 * 采取控制措施 on one item the inquiry found: an amount for divisible property and a term, both
 * optional (the guard's allowance and the longest lawful term otherwise). The over-seizure guard's
 * verdict is asked for as the dialog opens and as the fields change, and shown before anything is
 * ordered; the order can be sent only when the guard allows it, or when a judge records the lawful
 * ground for holding more (查封规定 art. 19).
 */
export function ControlOrderModal({ caseId, property: p, onClose, onOrdered }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm<OrderValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [longest, setLongest] = useState<number | null>(null);
  const kind = PROPERTY_KINDS[p.kind];
  const act = kind.control ?? 'freeze';
  const divisible = isDivisible(p.kind);

  const values = (Form.useWatch((all: OrderValues) => all, form) as OrderValues | undefined) ?? {};
  const body = previewBody(p.id, divisible, values);
  const preview = useControlPreview(caseId, body);
  // The last verdict stays on screen while the next is asked for; only a current one lets the order go.
  const result = preview.result;

  // The term the law allows this kind at most: what the server answers when no term is asked.
  useEffect(() => {
    if (preview.result && !preview.checking && body?.termMonths === undefined && preview.result.term.months > 0) setLongest(preview.result.term.months);
  }, [preview.result, preview.checking, body?.termMonths]);

  const mayOverride = canOverrideGuard(user) && result !== null && result.guard.verdict === 'exceeds' && result.guard.overrides.length > 0 && result.problems.length === 0;
  const overriding = mayOverride && values.override === true;
  const noteOk = (values.note ?? '').trim().length >= NOTE_MIN;
  const canSubmit = body !== null && !preview.checking && result !== null && result.problems.length === 0 && (result.allowed || (overriding && noteOk));

  const submit = async (v: OrderValues) => {
    const asked = previewBody(p.id, divisible, v);
    const ground = result?.guard.overrides[0];
    if (!asked || !canSubmit) return;
    setSubmitting(true);
    setError(null);
    try {
      const control = await controlApi.order(caseId, { ...asked, ...(overriding && ground ? { override: { ground, note: (v.note ?? '').trim() } } : {}) });
      void message.success(t('control.order.done', { ruling: control.rulingNumber, institution: control.institutionName }), 6);
      onOrdered(control);
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  const amountLine = p.balanceFen !== null ? `${t('property.balance')} ${formatFen(p.balanceFen)}` : p.valuationFen !== null ? `${t('property.valuation')} ${formatFen(p.valuationFen)}` : '—';

  return (
    <Modal
      open
      title={t('control.order.title', { act: t(`control.act.${act}`) })}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width="min(760px, 96vw)"
      style={{ top: 32 }}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} disabled={!canSubmit}>
          {t('control.order.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="control-order">
        <Descriptions
          size="small"
          bordered
          column={1}
          style={{ marginBottom: 16 }}
          styles={{ label: { width: 150, whiteSpace: 'nowrap' } }}
          items={[
            { key: 'kind', label: t('property.col.kind'), children: kind[lang] },
            { key: 'institution', label: t('property.col.institution'), children: p.institutionName },
            { key: 'ref', label: t('property.col.ref'), children: <span className="zx-mono" style={{ overflowWrap: 'anywhere' }}>{p.ref}</span> },
            ...(p.description ? [{ key: 'description', label: t('property.col.description'), children: p.description }] : []),
            { key: 'amount', label: t('property.col.amount'), children: <span className="zx-amount">{amountLine}</span> },
          ]}
        />
        {error ? <ActErrorAlert error={error} refusedTitle={t('control.order.refused')} onRefresh={onClose} /> : null}
        <Form<OrderValues>
          form={form}
          name="controlOrder"
          layout="vertical"
          disabled={submitting}
          onFinish={(v) => void submit(v)}
          onValuesChange={() => setError(null)}
        >
          <Row gutter={16}>
            {divisible ? (
              <Col xs={24} sm={12}>
                <Form.Item
                  name="amount"
                  label={t('control.order.amount')}
                  rules={[{ validator: fieldCheck<string>((v) => ((v ?? '').trim() === '' || yuanToFen(v) !== null ? null : t('control.order.amountInvalid'))) }]}
                >
                  <Input inputMode="decimal" autoComplete="off" placeholder={t('control.order.amountPlaceholder')} suffix={lang === 'zh' ? '元' : 'yuan'} className="zx-amount" />
                </Form.Item>
              </Col>
            ) : null}
            <Col xs={24} sm={12}>
              <Form.Item name="termMonths" label={t('control.order.term')} extra={longest !== null ? t('control.order.termHint', { n: longest }) : undefined}>
                <InputNumber min={1} max={longest ?? TERM_MAX} precision={0} placeholder={t('control.order.termPlaceholder')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {t('control.verdict.title')}
          </Typography.Text>
          <ControlVerdictAlert state={preview} invalidInput={body === null} onUseAllowed={(fen) => form.setFieldsValue({ amount: fenToYuanInput(fen) })} />
          {mayOverride ? (
            <div data-testid="control-override">
              <Form.Item name="override" valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('control.override.check')}</Checkbox>
              </Form.Item>
              {values.override ? (
                <Form.Item
                  name="note"
                  label={t('control.override.note')}
                  rules={[{ required: true, whitespace: true, min: NOTE_MIN, message: t('control.override.noteRequired') }, { max: NOTE_MAX }]}
                >
                  <Input.TextArea rows={3} showCount maxLength={NOTE_MAX} placeholder={t('control.override.notePlaceholder')} />
                </Form.Item>
              ) : null}
            </div>
          ) : result?.guard.verdict === 'exceeds' && result.guard.overrides.length > 0 ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              {t('control.override.judgeOnly')}
            </Typography.Paragraph>
          ) : null}
        </Form>
      </div>
    </Modal>
  );
}
