import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Radio, Select } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { reportFormError } from '../../components/server-errors.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fenToYuanInput } from '../case-detail/control-values.js';
import { deskApi, isKeyRefused, type DeskAnswerReply, type DeskRequest } from './desk-api.js';
import { DESK_REJECTION_CODES, answerOf, answersAmount, controlActOf, isOrder, reportedKinds, type DeskAnswerValues } from './desk-values.js';
import { actLabel, rejectionLabel } from './desk-labels.js';
import { deskAskedItems } from './desk-request-card.js';
import { DeskHoldingsFields, newHolding } from './desk-holdings-fields.js';
import { DeskControlFields } from './desk-control-fields.js';

interface Props {
  open: boolean;
  /** The dialog has finished closing (after its animation). */
  afterClose: () => void;
  deskKey: string;
  /** The institution's category: an inquiry reports only what it covers. */
  category: string;
  request: DeskRequest;
  onClose: () => void;
  onAnswered: (reply: DeskAnswerReply) => void;
  /** The key stopped working (issued again): back to the key form. */
  onKeyRefused: () => void;
  onReload: () => void;
}

/**
 * One request answered by form: what was found (inquiry) or done (control), or 不予协助 with the
 * reason — and who answers. The server checks the answer as it checks a signed network reply; an
 * answer that does not fit (a kind the institution does not report, more than was asked, already
 * answered) comes back as a 422 whose bilingual message is shown here, above the buttons.
 */
export function DeskAnswerModal({ open, afterClose, deskKey, category, request, onClose, onAnswered, onKeyRefused, onReload }: Props) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<DeskAnswerValues>();
  useRevalidateOnLanguage(form);
  const mode = Form.useWatch<DeskAnswerValues['mode']>('mode', form) ?? 'result';
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [incomplete, setIncomplete] = useState(false);
  const act = controlActOf(request);
  const kinds = reportedKinds(category);
  const actText = actLabel(request.act, t);

  const initialValues: DeskAnswerValues = {
    mode: 'result',
    holdings: [newHolding(kinds)],
    ...(request.controlRef ? { controlRef: request.controlRef } : {}),
    ...(act && answersAmount(act) && request.amountFen !== null ? { amount: fenToYuanInput(request.amountFen) } : {}),
    ...(act && isOrder(act) ? { effectiveOn: dayjs() } : {}),
  };

  const submit = async (values: DeskAnswerValues) => {
    const answer = answerOf(request, values);
    setIncomplete(answer === null);
    if (!answer) return;
    setSubmitting(true);
    setError(null);
    try {
      onAnswered(await deskApi.answer(deskKey, lang, request.id, answer));
    } catch (caught) {
      if (isKeyRefused(caught)) onKeyRefused();
      else reportFormError(form, caught, setError, ['body']);
    } finally {
      setSubmitting(false);
    }
  };

  // A request answered meanwhile (at another desk) or gone: the list is stale, offer to reload it.
  const stale = error instanceof ApiError && (error.status === 404 || (error.status === 422 && error.body?.details?.['code'] === 'ALREADY_ANSWERED'));

  return (
    <Modal
      open={open}
      afterClose={afterClose}
      title={t('desk.answer.title', { act: actText, caseNumber: request.caseNumber })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={880}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} danger={mode === 'rejection'}>
          {t('desk.answer.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="desk-answer">
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} items={deskAskedItems(request, t, lang)} />
        <Form<DeskAnswerValues>
          form={form}
          name="deskAnswer"
          layout="vertical"
          requiredMark
          disabled={submitting}
          initialValues={initialValues}
          onFinish={(v) => void submit(v)}
          onFinishFailed={() => setIncomplete(false)}
          onValuesChange={() => {
            setError(null);
            setIncomplete(false);
          }}
          onKeyDown={keepEnterInDatePicker}
        >
          <Form.Item name="mode" label={t('desk.answer.mode')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'result', label: request.type === 'inquiry' ? t('desk.answer.mode.inquiry') : t('desk.answer.mode.control') },
                { value: 'rejection', label: t('desk.answer.mode.rejection') },
              ]}
            />
          </Form.Item>
          {mode === 'rejection' ? (
            <>
              <Form.Item name="code" label={t('desk.rejection.code')} rules={[{ required: true, message: t('desk.rejection.code.required') }]}>
                <Select placeholder={t('desk.rejection.code.placeholder')} options={DESK_REJECTION_CODES.map((c) => ({ value: c, label: rejectionLabel(c, t) }))} style={{ maxWidth: 420 }} />
              </Form.Item>
              <Form.Item name="message" label={t('desk.rejection.message')} rules={[{ required: true, whitespace: true, message: t('desk.rejection.message.required') }, { max: 500 }]}>
                <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('desk.rejection.message.placeholder')} />
              </Form.Item>
            </>
          ) : request.type === 'inquiry' ? (
            <DeskHoldingsFields kinds={kinds} />
          ) : act ? (
            <DeskControlFields act={act} askedFen={request.amountFen} />
          ) : null}
          <Form.Item
            name="answeredBy"
            label={t('desk.answer.answeredBy')}
            extra={t('desk.answer.answeredBy.hint')}
            rules={[{ required: true, whitespace: true, message: t('desk.answer.answeredBy.required') }, { max: 50 }]}
            style={{ maxWidth: 420 }}
          >
            <Input autoComplete="name" maxLength={50} placeholder={t('desk.answer.answeredBy.placeholder')} />
          </Form.Item>
        </Form>
        {incomplete ? <Alert type="warning" showIcon role="alert" title={t('desk.answer.incomplete')} style={{ marginBottom: 16 }} /> : null}
        {error ? (
          <ErrorAlert
            error={error}
            action={
              stale ? (
                <Button size="small" icon={<ReloadOutlined />} onClick={onReload}>
                  {t('desk.answer.reload')}
                </Button>
              ) : undefined
            }
          />
        ) : null}
      </div>
    </Modal>
  );
}
