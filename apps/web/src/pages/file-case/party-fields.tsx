import { Button, Card, Col, Form, Input, Radio, Row, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context.js';
import { PARTY_KIND_LABELS, type PartyKind } from '../../i18n/labels.js';
import { checkResidentId } from '../../validation/resident-id.js';
import { creditCodeRules, residentIdRules } from './identity-rules.js';

type ListName = 'applicants' | 'debtors';

/** What a valid ID number says, shown under it so the clerk can compare with the document. */
function IdNumberHint({ listName, index }: { listName: ListName; index: number }) {
  const { t } = useI18n();
  const value = Form.useWatch<string | undefined>([listName, index, 'idNumber']);
  const v = (value ?? '').trim().toUpperCase();
  if (v.length === 18 && checkResidentId(v) === null) {
    const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
    const sex = Number(v[16]) % 2 === 1 ? t('party.sex.male') : t('party.sex.female');
    return <span>{t('party.idNumber.decoded', { birth, sex })}</span>;
  }
  return <span>{t('party.idNumber.hint')}</span>;
}

export function PartyFields({ listName, index, onRemove, canRemove }: { listName: ListName; index: number; onRemove: () => void; canRemove: boolean }) {
  const { t, lang } = useI18n();
  const kind = Form.useWatch<PartyKind | undefined>([listName, index, 'kind']) ?? 'person';
  const roleLabel = listName === 'applicants' ? t('fileCase.applicant') : t('fileCase.debtor');

  return (
    <Card
      size="small"
      type="inner"
      title={`${roleLabel} ${index + 1}`}
      style={{ marginBottom: 12 }}
      extra={
        canRemove ? (
          <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('fileCase.removeParty', { who: `${roleLabel} ${index + 1}` })}>
            {t('common.remove')}
          </Button>
        ) : null
      }
    >
      <Form.Item name={[index, 'kind']} label={t('party.kind')} rules={[{ required: true }]}>
        <Radio.Group
          optionType="button"
          options={(['person', 'organisation'] as const).map((k) => ({ value: k, label: PARTY_KIND_LABELS[k][lang] }))}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name={[index, 'name']}
            label={kind === 'person' ? t('party.personName') : t('party.organisationName')}
            rules={[{ required: true, whitespace: true, message: t('party.name.required') }, { max: kind === 'person' ? 100 : 200 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        {kind === 'person' ? (
          <Col xs={24} md={12}>
            <Form.Item
              name={[index, 'idNumber']}
              label={t('party.idNumber')}
              validateTrigger={['onChange', 'onBlur']}
              rules={residentIdRules(t)}
              extra={<IdNumberHint listName={listName} index={index} />}
            >
              <Input className="zx-mono" maxLength={18} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
        ) : (
          <>
            <Col xs={24} md={12}>
              <Form.Item
                name={[index, 'creditCode']}
                label={t('party.creditCode')}
                validateTrigger={['onChange', 'onBlur']}
                rules={creditCodeRules(t)}
                extra={t('party.creditCode.hint')}
                normalize={(value: string) => value.toUpperCase()}
              >
                <Input className="zx-mono" maxLength={18} autoComplete="off" spellCheck={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name={[index, 'legalRepresentative']}
                label={t('party.legalRepresentative')}
                rules={[{ required: true, whitespace: true, message: t('party.legalRepresentative.required') }, { max: 100 }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item name={[index, 'address']} label={t('party.address')} rules={[{ max: 300 }]}>
            <Input autoComplete="off" placeholder={t('common.optional')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={[index, 'phone']} label={t('party.phone')} rules={[{ max: 40 }]}>
            <Input autoComplete="off" inputMode="tel" placeholder={t('common.optional')} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {kind === 'person' ? t('party.personNote') : t('party.organisationNote')}
      </Typography.Text>
    </Card>
  );
}
