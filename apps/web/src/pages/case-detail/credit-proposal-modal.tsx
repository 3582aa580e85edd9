import { useState } from 'react';
import { App, Col, Form, Modal, Row, Typography } from 'antd';
import { ApiError } from '../../api/client.js';
import { api, type CaseDetailReply, type CreditDecision } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_ACTION_LABELS, type BoundRole, type MeasureKind } from '../../i18n/labels-credit.js';
import { ActErrorAlert } from '../../components/problems-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { CreditProposalFields } from './credit-proposal-fields.js';
import { CreditEligibilityAlert } from './credit-eligibility-alert.js';
import { toProposal, type BoundPersonValues, type ProposalValues } from './credit-proposal-values.js';
import { useCreditEligibility } from './use-credit-eligibility.js';
import { DialogFooter } from '../../components/dialog-footer.js';

type Party = CaseDetailReply['parties'][number];

/** An organisation's restriction binds its legal representative first: start with the one the case names. */
function defaultPersons(kind: MeasureKind, debtor: Party | undefined): BoundPersonValues[] {
  if (kind === 'dishonestListing' || debtor?.kind !== 'organisation') return [];
  const role: BoundRole = 'legalRepresentative';
  return [{ role, name: debtor.legalRepresentative ?? '', idNumber: '' }];
}

function initialValues(kind: MeasureKind, debtors: readonly Party[]): ProposalValues {
  const first = debtors[0];
  return {
    ...(first ? { debtorPartyId: first.id } : {}),
    gracePeriodMonths: 0,
    extensionYears: 0,
    attestations: [],
    basis: 'applicant',
    persons: defaultPersons(kind, first),
  };
}

interface Props {
  kind: MeasureKind;
  detail: CaseDetailReply;
  onClose: () => void;
  onProposed: (decision: CreditDecision) => void;
}

/**
 * Propose a listing or restriction for the president to sign. The server's verdict on the
 * proposal, refreshed as the form is filled in, sits next to the submit button, which stays
 * disabled while the law would refuse it.
 */
export function CreditProposalModal({ kind, detail, onClose, onProposed }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const debtors = detail.parties.filter((p) => p.partyRole === 'debtor');
  const values = Form.useWatch((all: ProposalValues) => all, form) as ProposalValues | undefined;
  const debtorOf = (id: string | undefined) => debtors.find((d) => d.id === id);
  const debtorIsOrganisation = debtorOf(values?.debtorPartyId)?.kind === 'organisation';
  const eligibility = useCreditEligibility(detail.id, values ? toProposal(kind, values, { preview: true, debtorIsOrganisation }) : null);
  const refused = error instanceof ApiError && error.problems.length > 0;
  const eligible = eligibility.result?.eligible === true && !eligibility.checking && !refused;
  // Rows still being typed are left out of the check; say so, or the verdict would seem to ignore them.
  const incomplete = (values?.persons ?? []).flatMap((p, i) => ((p.name ?? '').trim() && (p.idNumber ?? '').trim() ? [] : [i + 1]));

  const submit = async (submitted: ProposalValues) => {
    const body = toProposal(kind, submitted, { preview: false, debtorIsOrganisation: debtorOf(submitted.debtorPartyId)?.kind === 'organisation' });
    if (!body) return;
    setSubmitting(true);
    setError(null);
    try {
      const decision = await api.proposeCredit(detail.id, body);
      void message.success(t('credit.proposed', { number: decision.documentNumber }));
      onProposed(decision);
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={MEASURE_ACTION_LABELS[kind][lang]}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width="min(1120px, 96vw)"
      style={{ top: 24 }}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting} disabled={!eligible}>
          {t('credit.submitForSigning')}
        </DialogFooter>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t(`credit.hint.${kind}`)}
      </Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          <Form<ProposalValues>
            form={form}
            name="creditProposal"
            layout="vertical"
            initialValues={initialValues(kind, debtors)}
            disabled={submitting}
            requiredMark
            onFinish={(v) => void submit(v)}
            onValuesChange={(changed: ProposalValues) => {
              setError(null);
              if (changed.debtorPartyId !== undefined) form.setFieldValue('persons', defaultPersons(kind, debtorOf(changed.debtorPartyId)));
            }}
          >
            <CreditProposalFields kind={kind} debtors={debtors} />
          </Form>
        </Col>
        {/* The verdict stays in view beside the form while it is filled in. */}
        <Col xs={24} lg={10}>
          <div style={{ position: 'sticky', top: 0 }}>
            <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
              {t('credit.eligibility.title')}
            </Typography.Text>
            {/* A refusal on submission replaces the preview's verdict until the form is changed. */}
            {error ? <ActErrorAlert error={error} refusedTitle={t('credit.refused')} onRefresh={onClose} /> : null}
            {refused ? null : <CreditEligibilityAlert state={eligibility} kind={kind} />}
            {incomplete.length > 0 ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -8 }}>
                {t('credit.eligibility.incompletePersons', { rows: incomplete.join(t('agency.separator')) })}
              </Typography.Paragraph>
            ) : null}
          </div>
        </Col>
      </Row>
    </Modal>
  );
}
