import { Button, Col, Form, Input, Row, Select } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context.js';
import { CLAIM_KIND_LABELS, keysOf, type ClaimKind } from '../../i18n/labels.js';
import { YUAN_PATTERN } from '../../format/money.js';
import { fieldCheck } from '../../components/field-check.js';

const KINDS = keysOf(CLAIM_KIND_LABELS);

export function ClaimFields({ index, onRemove, canRemove }: { index: number; onRemove: () => void; canRemove: boolean }) {
  const { t, lang } = useI18n();
  const kind = Form.useWatch<ClaimKind | undefined>(['claims', index, 'kind']) ?? 'principal';
  const isMoney = kind !== 'nonMoney';

  return (
    <Row gutter={16} align="top" style={{ borderBottom: '1px dashed #e5e7eb', marginBottom: 12 }}>
      <Col xs={24} md={6}>
        <Form.Item name={[index, 'kind']} label={t('claim.kind', { n: index + 1 })} rules={[{ required: true }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: CLAIM_KIND_LABELS[k][lang] }))} />
        </Form.Item>
      </Col>
      {isMoney ? (
        <Col xs={24} md={6}>
          <Form.Item
            name={[index, 'amount']}
            label={t('claim.amount')}
            extra={t('claim.amountHint')}
            normalize={(value: string) => value.replace(/[,，\s]/g, '')}
            rules={[
              { required: true, message: t('claim.amount.required') },
              { pattern: YUAN_PATTERN, message: t('claim.amount.format') },
              {
                validator: fieldCheck<string>((value) => (value && YUAN_PATTERN.test(value) && /^0(\.0{0,2})?$/.test(value) ? t('claim.amount.positive') : null)),
              },
            ]}
          >
            <Input prefix="¥" inputMode="decimal" autoComplete="off" />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={isMoney ? 10 : 16}>
        <Form.Item
          name={[index, 'description']}
          label={isMoney ? t('claim.description') : t('claim.obligation')}
          rules={[{ required: !isMoney, whitespace: true, message: t('claim.obligation.required') }, { max: 500 }]}
        >
          <Input autoComplete="off" placeholder={isMoney ? t('common.optional') : t('claim.obligationPlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={2} style={{ paddingTop: 30 }}>
        {canRemove ? <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('claim.remove', { n: index + 1 })} /> : null}
      </Col>
    </Row>
  );
}
