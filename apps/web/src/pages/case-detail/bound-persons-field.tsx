import { Button, Col, Form, Input, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n-context.js';
import { SUBJECT_ROLE_LABELS, type BoundRole } from '../../i18n/labels-credit.js';
import { checkResidentId } from '../../validation/resident-id.js';
import { residentIdRules } from '../file-case/identity-rules.js';

const MAX_PERSONS = 20;

/** What a valid ID number says, so the clerk can compare it with the document. */
function IdNumberHint({ index }: { index: number }) {
  const { t } = useI18n();
  const value = Form.useWatch<string | undefined>(['persons', index, 'idNumber']);
  const v = (value ?? '').trim().toUpperCase();
  if (v.length === 18 && checkResidentId(v) === null) {
    const birth = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
    const sex = Number(v[16]) % 2 === 1 ? t('party.sex.male') : t('party.sex.female');
    return <span>{t('party.idNumber.decoded', { birth, sex })}</span>;
  }
  return null;
}

/**
 * The persons a restriction binds besides the debtor (an organisation's officers, or a statutory
 * agent), each with a role, a name and a resident ID number checked as it is typed.
 */
export function BoundPersonsField({ roles, legend, hint, required }: { roles: readonly BoundRole[]; legend: string; hint: string; required: boolean }) {
  const { t, lang } = useI18n();
  return (
    <fieldset className="zx-fieldset">
      <legend className="zx-legend">
        {required ? <span className="zx-required-mark" aria-hidden>*</span> : null}
        {legend}
      </legend>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {hint}
      </Typography.Paragraph>
      <Form.List name="persons">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" wrap={false}>
                <Col flex="150px">
                  <Form.Item name={[field.name, 'role']} label={t('credit.person.role')} rules={[{ required: true, message: t('credit.person.roleRequired') }]}>
                    <Select options={roles.map((r) => ({ value: r, label: SUBJECT_ROLE_LABELS[r][lang] }))} />
                  </Form.Item>
                </Col>
                <Col flex="140px">
                  <Form.Item name={[field.name, 'name']} label={t('credit.person.name')} rules={[{ required: true, whitespace: true, message: t('party.name.required') }, { max: 100 }]}>
                    <Input autoComplete="off" maxLength={100} />
                  </Form.Item>
                </Col>
                <Col flex="auto">
                  <Form.Item
                    name={[field.name, 'idNumber']}
                    label={t('credit.person.idNumber')}
                    validateTrigger={['onChange', 'onBlur']}
                    rules={residentIdRules(t)}
                    extra={<IdNumberHint index={index} />}
                  >
                    <Input className="zx-mono" maxLength={18} autoComplete="off" spellCheck={false} />
                  </Form.Item>
                </Col>
                <Col flex="none" style={{ paddingTop: 30 }}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('credit.person.remove', { n: index + 1 })} />
                </Col>
              </Row>
            ))}
            {fields.length < MAX_PERSONS ? (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: roles[0], name: '', idNumber: '' })}>
                {t('credit.person.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
