import { useState } from 'react';
import { Alert, Button, Form, Typography } from 'antd';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { portalApi } from '../portal-api.js';
import { DEFAULT_ROLE, type PartyContext, type SubmissionKind, type SubmitterRole } from './affairs-kinds.js';
import { AttachmentsField } from './attachments-field.js';
import { buildRequest, type AffairsFormValues } from './build-request.js';
import { SubmitterFields } from './submitter-fields.js';
import { submissionProblem } from './submission-error.js';
import { KindFields } from './kind-fields.js';

const ALL_ROLES: readonly SubmitterRole[] = ['applicant', 'debtor', 'agent', 'outsider', 'public'];

/** What a form starts with when it is opened from elsewhere: a property clue answering a reward notice. */
export interface SubmissionPrefill {
  readonly caseNumber?: string;
  readonly rewardNoticeId?: string;
  readonly role?: SubmitterRole;
}

/**
 * One form for every kind: who hands it in, the kind's own fields, the files. Sent as the party when
 * one is logged in (their case, no case number). Field errors from the server land on the fields.
 */
export function SubmissionForm({ kind, party, prefill, onReceipt }: { kind: SubmissionKind; party: PartyContext | null; prefill?: SubmissionPrefill; onReceipt: (r: SubmissionReceipt) => void }) {
  const { t, lang } = usePortalI18n();
  const [form] = Form.useForm<AffairsFormValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const known = (name: Array<string | number>) => form.getFieldsError().some((f) => JSON.stringify(f.name) === JSON.stringify(name));
  const send = async (values: AffairsFormValues) => {
    setBusy(true);
    setError(null);
    try {
      const answering = prefill?.rewardNoticeId ? { rewardNoticeId: prefill.rewardNoticeId } : {};
      onReceipt(await portalApi.submit(buildRequest(kind, { ...values, ...answering }, party !== null), lang, party !== null));
    } catch (e) {
      const problem = submissionProblem(e, lang, known, t('errorGeneric'), (name) => t('attachmentWrongType', { name }));
      // The server's paths are checked against the form's own fields (`known`), which antd types by the values' shape.
      form.setFields(problem.fields.map((f) => ({ name: f.name as never, errors: [f.message] })));
      setError(problem.message || t('fixErrors'));
    } finally {
      setBusy(false);
    }
  };
  const initialValues: AffairsFormValues = {
    submitter: party ? { name: party.name, role: party.role } : { role: prefill?.role ?? DEFAULT_ROLE[kind] },
    urgent: false,
    ...(prefill?.caseNumber && !party ? { caseNumber: prefill.caseNumber } : {}),
    ...(kind === 'filingRequest' ? { application: { applicants: [{ kind: 'person' }], debtors: [{ kind: 'person' }] } } : {}),
  };
  return (
    <Form<AffairsFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(v) => void send(v)}
      onFinishFailed={() => setError(t('fixErrors'))}
      onValuesChange={() => setError(null)}
      scrollToFirstError={{ block: 'center', focus: true }}
      aria-labelledby="affairs-form-title"
    >
      <Typography.Title level={2} className="zx-portal-section">
        {t('sectionSubmitter')}
      </Typography.Title>
      <SubmitterFields party={party ? { name: party.name, role: party.role } : null} roles={ALL_ROLES} />
      <Typography.Title level={2} className="zx-portal-section">
        {t('sectionMatter')}
      </Typography.Title>
      <KindFields kind={kind} party={party} />
      <Typography.Title level={2} className="zx-portal-section">
        {t('sectionAttachments')}
      </Typography.Title>
      <Form.Item name="attachments" label={t('attachments')}>
        <AttachmentsField />
      </Form.Item>
      <div aria-live="assertive">{error && <Alert type="error" showIcon role="alert" title={t('submitFailed')} description={error} style={{ marginBottom: 16 }} />}</div>
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {t('submit')}
      </Button>
    </Form>
  );
}
