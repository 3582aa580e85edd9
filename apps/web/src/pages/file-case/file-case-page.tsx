import { useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { api, type FiledCaseReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BASIS_TYPE_LABELS, CASE_TYPE_LABELS, ROLE_LABELS, keysOf } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { QueryCodesModal } from '../../components/query-codes-modal.js';
import { Money } from '../../components/money.js';
import { applyServerIssues } from '../../components/server-errors.js';
import { fieldCheck } from '../../components/field-check.js';
import { DATE_FORMAT } from '../../format/date.js';
import { PartyFields } from './party-fields.js';
import { ClaimFields } from './claim-fields.js';
import { ApplicationPeriodHint } from './application-period-hint.js';
import { sumClaims, toFileCaseBody, type FileCaseValues } from './file-case-values.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

const CASE_TYPES = keysOf(CASE_TYPE_LABELS);
const BASIS_TYPES = keysOf(BASIS_TYPE_LABELS);

/**
 * Enter in a single-line field must not send a half-filled filing (antd's DatePicker especially:
 * stack-notes.md). The form is sent only with the 立案 button.
 */
function keepEnterFromSubmitting(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

const isFuture = (date: Dayjs): boolean => date.isAfter(dayjs(), 'day');

export function FileCasePage() {
  const { t, lang } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<FileCaseValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [filed, setFiled] = useState<FiledCaseReply | null>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const claims = Form.useWatch('claims', form);

  const users = useLoad(() => api.listUsers({ courtId: user.court.id }), [user.court.id]);
  const handlers = (users.data?.items ?? []).filter((u) => (u.role === 'judge' || u.role === 'officer') && !u.disabled);

  const initialValues = {
    caseType: 'first',
    filedOn: dayjs(),
    basis: { type: 'judgment', performanceDeadline: null },
    applicants: [{ kind: 'person' }],
    debtors: [{ kind: 'person' }],
    claims: [{ kind: 'principal' }],
  };

  const onFinish = async (values: FileCaseValues) => {
    setSubmitting(true);
    setError(null);
    setUnplaced([]);
    try {
      const created = await api.fileCase(toFileCaseBody(values));
      void message.success(t('fileCase.success', { caseNumber: created.caseNumber }));
      // The parties' portal query codes are shown once, to be printed on the filing notices; then the case.
      setFiled(created);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'VALIDATION_FAILED') {
        const rest = applyServerIssues(form, caught);
        setUnplaced(rest);
        if (rest.length > 0) {
          setError(caught);
          topRef.current?.scrollIntoView({ behavior: 'smooth' });
        }
      } else {
        setError(caught);
        topRef.current?.scrollIntoView({ behavior: 'smooth' });
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div ref={topRef}>
      {filed ? <QueryCodesModal caseId={filed.id} caseNumber={filed.caseNumber} codes={filed.queryCodes} onClose={() => void navigate(`/cases/${filed.id}`)} /> : null}
      <PageHeader title={t('fileCase.title')} description={t('fileCase.description')} />
      {error ? (
        <ErrorAlert error={error} title={t('fileCase.failed')} />
      ) : null}
      {unplaced.length > 0 ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('fileCase.unplacedIssues')} description={<ul style={{ margin: 0, paddingInlineStart: 18 }}>{unplaced.map((m) => <li key={m}>{m}</li>)}</ul>} />
      ) : null}

      <Form<FileCaseValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
        onFinishFailed={({ errorFields }) => {
          const first = errorFields[0];
          if (first) form.scrollToField(first.name, { block: 'center', focus: true });
        }}
        onKeyDown={keepEnterFromSubmitting}
        scrollToFirstError={false}
        disabled={submitting}
        requiredMark
      >
        <Card title={t('fileCase.section.basic')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="caseType" label={t('fileCase.caseType')} rules={[{ required: true }]}>
                <Select options={CASE_TYPES.map((k) => ({ value: k, label: CASE_TYPE_LABELS[k][lang] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="receivedOn"
                label={t('fileCase.receivedOn')}
                extra={t('fileCase.receivedOn.hint')}
                dependencies={['filedOn']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: fieldCheck<Dayjs | null>((value) => {
                      const filed = getFieldValue('filedOn') as Dayjs | undefined;
                      return value && filed && value.isAfter(filed, 'day') ? t('fileCase.receivedOn.afterFiling') : null;
                    }),
                  }),
                  ({ getFieldValue }) => ({
                    warningOnly: true,
                    validator: fieldCheck<Dayjs | null>((value) => {
                      const filed = getFieldValue('filedOn') as Dayjs | undefined;
                      return value && filed && filed.diff(value, 'day') > 7 ? t('fileCase.receivedOn.late') : null;
                    }),
                  }),
                ]}
              >
                <DatePicker format={DATE_FORMAT} disabledDate={isFuture} placeholder={t('common.optional')} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="filedOn"
                label={t('fileCase.filedOn')}
                rules={[{ required: true, message: t('fileCase.filedOn.required') }]}
                extra={t('fileCase.filedOn.hint')}
              >
                <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="cause" label={t('fileCase.cause')} rules={[{ required: true, whitespace: true, message: t('fileCase.cause.required') }, { max: 200 }]}>
                <Input placeholder={t('fileCase.cause.placeholder')} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="handlerId" label={t('fileCase.handler')} extra={t('fileCase.handler.hint')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={users.loading}
                  placeholder={t('fileCase.handler.placeholder')}
                  options={handlers.map((u) => ({ value: u.id, label: t('common.nameWithRole', { name: u.displayName, role: ROLE_LABELS[u.role][lang] }) }))}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('fileCase.section.basis')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name={['basis', 'type']} label={t('basis.type')} rules={[{ required: true }]}>
                <Select options={BASIS_TYPES.map((k) => ({ value: k, label: BASIS_TYPE_LABELS[k][lang] }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['basis', 'issuer']} label={t('basis.issuer')} rules={[{ required: true, whitespace: true, message: t('basis.issuer.required') }, { max: 200 }]}>
                <Input placeholder={t('basis.issuer.placeholder')} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['basis', 'documentNumber']}
                label={t('basis.documentNumber')}
                rules={[{ required: true, whitespace: true, message: t('basis.documentNumber.required') }, { max: 100 }]}
              >
                <Input placeholder={t('basis.documentNumber.placeholder')} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name={['basis', 'effectiveDate']} label={t('basis.effectiveDate')} rules={[{ required: true, message: t('basis.effectiveDate.required') }]}>
                <DatePicker format={DATE_FORMAT} disabledDate={isFuture} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name={['basis', 'performanceDeadline']}
                label={t('basis.performanceDeadline')}
                extra={t('basis.performanceDeadline.hint')}
                dependencies={[['basis', 'effectiveDate']]}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: fieldCheck<Dayjs | null>((value) => {
                      const effective = getFieldValue(['basis', 'effectiveDate']) as Dayjs | undefined;
                      return value && effective && value.isBefore(effective, 'day') ? t('basis.performanceDeadline.beforeEffective') : null;
                    }),
                  }),
                ]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <ApplicationPeriodHint />
            </Col>
          </Row>
        </Card>

        <Card title={t('fileCase.section.applicants')} style={{ marginBottom: 16 }}>
          <Form.List name="applicants">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <PartyFields key={field.key} listName="applicants" index={field.name} canRemove={fields.length > 1} onRemove={() => remove(field.name)} />
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
                  {t('fileCase.addApplicant')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card title={t('fileCase.section.debtors')} style={{ marginBottom: 16 }}>
          <Form.List name="debtors">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <PartyFields key={field.key} listName="debtors" index={field.name} canRemove={fields.length > 1} onRemove={() => remove(field.name)} />
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
                  {t('fileCase.addDebtor')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card
          title={t('fileCase.section.claims')}
          extra={
            <Typography.Text>
              {t('fileCase.claimTotal')} <Money value={sumClaims(claims)} />
            </Typography.Text>
          }
          style={{ marginBottom: 16 }}
        >
          <Form.List name="claims">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <ClaimFields key={field.key} index={field.name} canRemove={fields.length > 1} onRemove={() => remove(field.name)} />
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'principal' })}>
                  {t('fileCase.addClaim')}
                </Button>
              </>
            )}
          </Form.List>
        </Card>

        <Card>
          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={submitting}>
              {t('fileCase.submit')}
            </Button>
            <Button size="large" onClick={() => void navigate('/cases')} disabled={submitting}>
              {t('common.cancel')}
            </Button>
            <Typography.Text type="secondary">{t('fileCase.submitHint')}</Typography.Text>
          </Space>
        </Card>
      </Form>
    </div>
  );
}
