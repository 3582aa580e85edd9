import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { PROPERTY_KINDS, type PropertyKind } from '@zhixing/contracts/labels';
import { DATE_FORMAT } from '../../format/date.js';
import { fieldCheck } from '../../components/field-check.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ENCUMBRANCE_KINDS, fenOf, holdingWorth, type DeskAnswerValues, type EncumbranceValues, type HoldingValues } from './desk-values.js';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 16 } as const;
const BOX = { border: '1px solid #e5e7eb', borderRadius: 8, padding: '12px 16px 0', marginBottom: 16, minWidth: 0 } as const;

/** A new item, of the institution's one kind when it reports only one (a vehicle administration: vehicles). */
export const newHolding = (kinds: readonly PropertyKind[]): HoldingValues => ({ ...(kinds.length === 1 ? { kind: kinds[0] } : {}), encumbrances: [] });

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function EncumbranceFields({ holding, name, index, onRemove }: { holding: number; name: number; index: number; onRemove: () => void }) {
  const { t } = useI18n();
  const kind = Form.useWatch<EncumbranceValues['kind']>(['holdings', holding, 'encumbrances', name, 'kind']);
  const court = kind === 'courtControl';
  return (
    <div style={{ ...BOX, background: '#f8fafc' }}>
      <div style={GRID}>
        <Form.Item name={[name, 'kind']} label={t('desk.encumbrance.kind')} rules={[{ required: true, message: t('desk.encumbrance.kind.required') }]}>
          <Select options={ENCUMBRANCE_KINDS.map((k) => ({ value: k, label: t(`encumbrance.${k}`) }))} />
        </Form.Item>
        <Form.Item name={[name, 'holder']} label={t('desk.encumbrance.holder')} rules={[{ required: true, whitespace: true, message: t('desk.encumbrance.holder.required') }, { max: 200 }]}>
          <Input autoComplete="off" maxLength={200} placeholder={t('desk.encumbrance.holder.placeholder')} />
        </Form.Item>
        <Form.Item
          name={[name, 'amount']}
          label={t('desk.encumbrance.amount')}
          rules={[{ validator: fieldCheck<string>((v) => (text(v) && fenOf(v) === null ? t('desk.amount.nonZero') : null)) }]}
        >
          <Input inputMode="decimal" autoComplete="off" placeholder={t('common.optional')} suffix={t('desk.yuan')} className="zx-amount" />
        </Form.Item>
        {court ? (
          <Form.Item name={[name, 'caseNumber']} label={t('desk.encumbrance.caseNumber')} rules={[{ max: 60 }]}>
            <Input autoComplete="off" maxLength={60} placeholder={t('common.optional')} />
          </Form.Item>
        ) : null}
        <Form.Item name={[name, 'since']} label={t('desk.encumbrance.since')}>
          <DatePicker format={DATE_FORMAT} placeholder={t('common.optional')} style={{ width: '100%' }} />
        </Form.Item>
        {court ? (
          <Form.Item name={[name, 'registeredSeq']} label={t('desk.encumbrance.seq')}>
            <InputNumber min={1} max={999} precision={0} placeholder={t('common.optional')} style={{ width: '100%' }} />
          </Form.Item>
        ) : null}
      </div>
      <Button type="link" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} style={{ paddingInline: 0, marginBottom: 12 }}>
        {t('desk.encumbrance.remove', { n: index + 1 })}
      </Button>
    </div>
  );
}

function HoldingFieldset({ name, index, kinds, onRemove }: { name: number; index: number; kinds: readonly PropertyKind[]; onRemove: (() => void) | null }) {
  const { t, lang } = useI18n();
  const kind = Form.useWatch<PropertyKind | undefined>(['holdings', name, 'kind']);
  const worth = kind ? holdingWorth(kind) : null;
  const legendId = `desk-holding-${name}`;
  return (
    <div role="group" style={BOX} aria-labelledby={legendId} data-testid="desk-holding">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong id={legendId}>
          {t('desk.holding.legend', { n: index + 1 })}
        </Typography.Text>
        {onRemove ? (
          <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove}>
            {t('desk.holding.remove', { n: index + 1 })}
          </Button>
        ) : null}
      </div>
      <div style={GRID}>
        <Form.Item name={[name, 'kind']} label={t('desk.holding.kind')} extra={t('desk.holding.kind.hint')} rules={[{ required: true, message: t('desk.holding.kind.required') }]}>
          <Select options={kinds.map((k) => ({ value: k, label: PROPERTY_KINDS[k][lang] }))} />
        </Form.Item>
        <Form.Item name={[name, 'ref']} label={t('desk.holding.ref')} rules={[{ required: true, whitespace: true, message: t('desk.holding.ref.required') }, { max: 80 }]}>
          <Input autoComplete="off" maxLength={80} placeholder={t('desk.holding.ref.placeholder')} className="zx-mono" />
        </Form.Item>
      </div>
      <Form.Item name={[name, 'description']} label={t('desk.holding.description')} rules={[{ required: true, whitespace: true, message: t('desk.holding.description.required') }, { max: 300 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={300} showCount placeholder={t('desk.holding.description.placeholder')} />
      </Form.Item>
      {worth === 'balance' ? (
        <div style={GRID}>
          <Form.Item
            name={[name, 'balance']}
            label={t('desk.holding.balance')}
            required
            rules={[{ validator: fieldCheck<string>((v) => (!text(v) ? t('desk.holding.balance.required') : fenOf(v, true) === null ? t('desk.amount.invalid') : null)) }]}
          >
            <Input inputMode="decimal" autoComplete="off" suffix={t('desk.yuan')} className="zx-amount" />
          </Form.Item>
        </div>
      ) : null}
      {worth === 'valuation' ? (
        <div style={GRID}>
          <Form.Item
            name={[name, 'valuation']}
            label={t('desk.holding.valuation')}
            extra={t('desk.holding.valuation.hint')}
            dependencies={[['holdings', name, 'basis']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: fieldCheck<string>((v) => {
                  if (text(v)) return fenOf(v) === null ? t('desk.amount.nonZero') : null;
                  return text(getFieldValue(['holdings', name, 'basis'])) ? t('desk.holding.valuation.required') : null;
                }),
              }),
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" suffix={t('desk.yuan')} className="zx-amount" />
          </Form.Item>
          <Form.Item
            name={[name, 'basis']}
            label={t('desk.holding.basis')}
            dependencies={[['holdings', name, 'valuation']]}
            rules={[
              { max: 200 },
              ({ getFieldValue }) => ({
                validator: fieldCheck<string>((v) => (!text(v) && text(getFieldValue(['holdings', name, 'valuation'])) ? t('desk.holding.basis.required') : null)),
              }),
            ]}
          >
            <Input autoComplete="off" maxLength={200} placeholder={t('desk.holding.basis.placeholder')} />
          </Form.Item>
        </div>
      ) : null}
      {worth !== 'none' ? (
        <Form.List name={[name, 'encumbrances']}>
          {(fields, { add, remove }) => (
            <div role="group" aria-labelledby={`${legendId}-encumbrances`} style={{ marginBottom: 12 }}>
              <div id={`${legendId}-encumbrances`} style={{ fontSize: 14, marginBottom: 4 }}>
                {t('desk.encumbrance.legend')}
              </div>
              {fields.length === 0 ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)', marginBottom: 8 }}>{t('desk.encumbrance.none')}</div> : null}
              {fields.map((field, i) => (
                <EncumbranceFields key={field.key} holding={name} name={field.name} index={i} onRemove={() => remove(field.name)} />
              ))}
              <Button size="small" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('desk.encumbrance.add')}
              </Button>
            </div>
          )}
        </Form.List>
      ) : null}
    </div>
  );
}

/** 查询结果: the items found, each with its worth and what ranks ahead of the court on it; or 未查询到财产. */
export function DeskHoldingsFields({ kinds }: { kinds: readonly PropertyKind[] }) {
  const { t } = useI18n();
  const nothingFound = Form.useWatch<DeskAnswerValues['nothingFound']>('nothingFound');
  return (
    <>
      <Form.Item name="nothingFound" valuePropName="checked" extra={t('desk.inquiry.nothingFound.hint')}>
        <Checkbox>{t('desk.inquiry.nothingFound')}</Checkbox>
      </Form.Item>
      {nothingFound ? null : (
        <Form.List name="holdings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <HoldingFieldset key={field.key} name={field.name} index={index} kinds={kinds} onRemove={fields.length > 1 ? () => remove(field.name) : null} />
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newHolding(kinds))} style={{ marginBottom: 16 }}>
                {t('desk.holding.add')}
              </Button>
            </>
          )}
        </Form.List>
      )}
    </>
  );
}
