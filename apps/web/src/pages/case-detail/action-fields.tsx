import { Alert, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CaseDetailReply, UsersReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CLOSING_METHOD_LABELS, ROLE_LABELS, STAY_GROUNDS, STAY_GROUND_LABELS, keysOf, type ActionType, type ClosingMethod } from '../../i18n/labels.js';
import { DATE_FORMAT, formatDate } from '../../format/date.js';
import { CHECKLIST_ITEMS } from './action-values.js';
import { fieldCheck } from '../../components/field-check.js';
import type { MessageKey } from '../../i18n/messages.js';

const CLOSING_METHODS = keysOf(CLOSING_METHOD_LABELS);

/** The legal rule each act answers to, shown at the top of its form. */
export const ACTION_HINTS: Readonly<Record<ActionType, MessageKey>> = {
  assignHandler: 'action.hint.assignHandler',
  serveNotice: 'action.hint.serveNotice',
  startInvestigation: 'action.hint.startInvestigation',
  startDisposal: 'action.hint.startDisposal',
  startDisbursement: 'action.hint.startDisbursement',
  close: 'action.hint.close',
  stay: 'action.hint.stay',
  defer: 'action.hint.defer',
  resume: 'action.hint.resume',
  requestExtension: 'action.hint.requestExtension',
  approveExtension: 'action.hint.approveExtension',
  rejectExtension: 'action.hint.rejectExtension',
};

function DateField({ name, label }: { name: string; label: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('action.dateRequired') }]}>
      <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
    </Form.Item>
  );
}

function ReasonField({ name, label, placeholder }: { name: string; label: string; placeholder?: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: t('action.reasonRequired') }, { max: 2000 }]}>
      <Input.TextArea rows={3} showCount maxLength={2000} placeholder={placeholder} />
    </Form.Item>
  );
}

export function ActionFields({ type, detail, users }: { type: ActionType; detail: CaseDetailReply; users: UsersReply['items'] }) {
  const { t, lang } = useI18n();
  const method = Form.useWatch<ClosingMethod | undefined>('method');

  switch (type) {
    case 'assignHandler':
      return (
        <Form.Item name="handlerId" label={t('action.handler')} rules={[{ required: true, message: t('action.handlerRequired') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('action.handlerPlaceholder')}
            options={users
              .filter((u) => (u.role === 'judge' || u.role === 'officer') && !u.disabled && u.courtId === detail.court.id)
              .map((u) => ({ value: u.id, label: t('common.nameWithRole', { name: u.displayName, role: ROLE_LABELS[u.role][lang] }) }))}
          />
        </Form.Item>
      );
    case 'serveNotice':
      return <DateField name="servedOn" label={t('action.servedOn')} />;
    case 'startInvestigation':
    case 'startDisbursement':
      return <Typography.Paragraph>{t('action.confirmOnly')}</Typography.Paragraph>;
    case 'startDisposal':
      return <ReasonField name="reason" label={t('action.disposalReason')} placeholder={t('action.disposalReasonPlaceholder')} />;
    case 'close':
      return (
        <>
          <Form.Item name="method" label={t('action.closingMethod')} rules={[{ required: true, message: t('action.closingMethodRequired') }]}>
            <Select options={CLOSING_METHODS.map((m) => ({ value: m, label: CLOSING_METHOD_LABELS[m][lang] }))} />
          </Form.Item>
          {method === 'terminationForNow' ? (
            <fieldset style={{ border: '1px solid #e5e7eb', borderRadius: 6, padding: '8px 12px 0', marginBottom: 16 }}>
              <legend style={{ fontSize: 14, padding: '0 4px', width: 'auto', marginBottom: 0, border: 0 }}>{t('action.checklist.legend')}</legend>
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {t('action.checklist.note')}
              </Typography.Paragraph>
              {CHECKLIST_ITEMS.map((item) => (
                <Form.Item key={item} name={['checklist', item]} valuePropName="checked" style={{ marginBottom: 8 }}>
                  <Checkbox>{t(`action.checklist.${item}`)}</Checkbox>
                </Form.Item>
              ))}
            </fieldset>
          ) : null}
          <DateField name="on" label={t('action.closedOn')} />
          <ReasonField name="reason" label={t('action.closingReason')} placeholder={t('action.closingReasonPlaceholder')} />
        </>
      );
    case 'stay':
      return (
        <>
          <DateField name="since" label={t('action.stayedSince')} />
          <Form.Item name="groundCode" label={t('action.stayGroundCode')} rules={[{ required: true, message: t('action.stayGroundCodeRequired') }]}>
            <Select
              placeholder={t('action.stayGroundCodePlaceholder')}
              optionLabelProp="title"
              options={STAY_GROUNDS.map((code) => ({
                value: code,
                title: STAY_GROUND_LABELS[code][lang],
                label: (
                  <div style={{ whiteSpace: 'normal', lineHeight: 1.4, padding: '2px 0' }}>
                    <div>{STAY_GROUND_LABELS[code][lang]}</div>
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{STAY_GROUND_LABELS[code].article}</div>
                  </div>
                ),
              }))}
            />
          </Form.Item>
          <ReasonField name="ground" label={t('action.stayGround')} placeholder={t('action.stayGroundPlaceholder')} />
        </>
      );
    case 'defer':
      return (
        <>
          <DateField name="since" label={t('action.deferredSince')} />
          <Form.Item
            name="until"
            label={t('action.deferredUntil')}
            dependencies={['since']}
            rules={[
              { required: true, message: t('action.dateRequired') },
              ({ getFieldValue }) => ({
                validator: fieldCheck<Dayjs>((value) => {
                  const since = getFieldValue('since') as Dayjs | undefined;
                  if (!value || !since) return null;
                  if (!value.isAfter(since, 'day')) return t('action.deferredUntil.afterSince');
                  return value.isAfter(since.add(1, 'year'), 'day') ? t('action.deferredUntil.max') : null;
                }),
              }),
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <ReasonField name="ground" label={t('action.deferGround')} placeholder={t('action.deferGroundPlaceholder')} />
        </>
      );
    case 'resume':
      return <DateField name="on" label={t('action.resumedOn')} />;
    case 'requestExtension':
      return (
        <>
          <Form.Item name="months" label={t('action.extensionMonths')} rules={[{ required: true, message: t('action.extensionMonthsRequired') }]}>
            <InputNumber min={1} max={12} precision={0} suffix={t('action.monthsUnit')} style={{ width: 160 }} />
          </Form.Item>
          <DateField name="requestedOn" label={t('action.requestedOn')} />
          <ReasonField name="reason" label={t('action.extensionReason')} />
        </>
      );
    case 'approveExtension':
    case 'rejectExtension':
      return (
        <>
          {detail.pendingExtension ? (
            <Descriptions
              size="small"
              column={1}
              bordered
              style={{ marginBottom: 16 }}
              items={[
                { key: 'months', label: t('action.extensionMonths'), children: t('case.months', { n: detail.pendingExtension.months }) },
                { key: 'requestedOn', label: t('action.requestedOn'), children: formatDate(detail.pendingExtension.requestedOn) },
                { key: 'reason', label: t('action.extensionReason'), children: detail.pendingExtension.reason },
              ]}
            />
          ) : (
            <Alert type="info" showIcon title={t('action.noPendingExtension')} style={{ marginBottom: 16 }} />
          )}
          {type === 'rejectExtension' ? <ReasonField name="reason" label={t('action.rejectReason')} /> : null}
        </>
      );
  }
}
