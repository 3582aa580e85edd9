import { Alert, App, AutoComplete, Checkbox, DatePicker, Flex, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, formatInstant, fromCivilDate, todayCst, toCivilDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { distributionApi, type DistributionPlan } from './distribution-api.js';
import { serviceBody, serviceCandidates } from './distribution-values.js';

interface ServiceValues {
  party?: string;
  planServedOn?: Dayjs | null;
  objectionNoticeOn?: Dayjs | null;
  oppositionNoticeOn?: Dayjs | null;
  objected?: boolean;
}

interface Props {
  caseId: string;
  plan: DistributionPlan;
  debtorNames: readonly string[];
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/**
 * 登记送达: for one creditor or the debtor, the day the plan reached them, the days the notices of
 * an objection or an opposition did, and whether they objected; each starts its own 15-day period
 * (民诉法解释 arts. 509–510). A party recorded again is replaced, so choosing one fills its record.
 */
export function DistributionServiceModal({ caseId, plan, debtorNames, onClose, onDone, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const today = todayCst();
  const madeOn = formatInstant(plan.createdAt).slice(0, 10);
  const candidates = serviceCandidates(plan, debtorNames);
  const recorded = new Set(plan.parties.map((p) => p.party));
  const outsideDays = (day: Dayjs) => {
    const d = day.format(DATE_FORMAT);
    return d > today || d < madeOn;
  };

  const choose = (party: string) => {
    const known = plan.parties.find((p) => p.party === party);
    if (!known) return;
    form.setFieldsValue({
      planServedOn: fromCivilDate(known.planServedOn),
      objectionNoticeOn: fromCivilDate(known.objectionNoticeOn),
      oppositionNoticeOn: fromCivilDate(known.oppositionNoticeOn),
      objected: known.objected,
    });
  };

  const submit = async (v: ServiceValues) => {
    const body = serviceBody({
      party: v.party,
      planServedOn: toCivilDate(v.planServedOn),
      objectionNoticeOn: toCivilDate(v.objectionNoticeOn),
      oppositionNoticeOn: toCivilDate(v.oppositionNoticeOn),
      objected: v.objected,
    });
    if (!body) return;
    await run(async () => {
      await distributionApi.recordService(caseId, plan.id, body);
      void message.success(t('distribution.serviceDialog.done', { party: body.party }));
      onDone();
    });
  };

  const date = (required: boolean) => <DatePicker format={DATE_FORMAT} allowClear={!required} disabledDate={outsideDays} style={{ width: 180 }} />;

  return (
    <Modal
      open
      title={t('distribution.serviceDialog.title', { number: plan.number })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('distribution.serviceDialog.submit')}
        </DialogFooter>
      }
    >
      <div data-testid="distribution-service-dialog">
        <Alert type="info" showIcon title={t('distribution.serviceDialog.hint')} style={{ marginBottom: 16 }} />
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
        <Form<ServiceValues>
          form={form}
          name="distribution-service"
          layout="vertical"
          disabled={submitting}
          initialValues={{ planServedOn: dayjs(today), objected: false }}
          onFinish={(v) => void submit(v)}
          onKeyDown={keepEnterInDatePicker}
        >
          <Form.Item
            name="party"
            label={t('distribution.serviceDialog.party')}
            extra={t('distribution.serviceDialog.partyHint')}
            rules={[{ required: true, whitespace: true, message: t('distribution.serviceDialog.partyRequired') }, { max: 200 }]}
          >
            <AutoComplete
              style={{ width: 320 }}
              options={candidates.map((name) => ({
                value: name,
                label: (
                  <Flex justify="space-between" gap={8}>
                    <span>{name}</span>
                    {recorded.has(name) ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('distribution.service.recorded')}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              }))}
              filterOption={(input, option) => String(option?.value ?? '').includes(input.trim())}
              onSelect={(v: string) => choose(v)}
              maxLength={200}
            />
          </Form.Item>
          <Form.Item name="planServedOn" label={t('distribution.serviceDialog.planServedOn')} extra={t('distribution.serviceDialog.dateHint')} rules={[{ required: true }]}>
            {date(true)}
          </Form.Item>
          <Flex wrap gap={24}>
            <Form.Item name="objectionNoticeOn" label={t('distribution.serviceDialog.objectionNoticeOn')} extra={t('distribution.serviceDialog.objectionNoticeHint')} style={{ width: 260 }}>
              {date(false)}
            </Form.Item>
            <Form.Item name="oppositionNoticeOn" label={t('distribution.serviceDialog.oppositionNoticeOn')} extra={t('distribution.serviceDialog.oppositionNoticeHint')} style={{ width: 260 }}>
              {date(false)}
            </Form.Item>
          </Flex>
          <Form.Item name="objected" valuePropName="checked" style={{ marginBottom: 0 }}>
            <Checkbox>{t('distribution.serviceDialog.objected')}</Checkbox>
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
