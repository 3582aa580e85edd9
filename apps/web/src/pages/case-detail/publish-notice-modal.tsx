import { useEffect, useRef, useState } from 'react';
import { Alert, App, Form, Modal, Select } from 'antd';
import { ApiError } from '../../api/client.js';
import { api, type CaseDetailReply, type CaseNotice } from '../../api/endpoints.js';
import { translate, useI18n } from '../../i18n/i18n-context.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { DialogFooter } from '../../components/dialog-footer.js';
import { reportFormError } from '../../components/server-errors.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { RewardNoticeFields, rewardBody, rewardDefaults, type RewardValues } from './reward-notice-fields.js';
import { AuctionNoticeFields, auctionBody, type AuctionValues } from './auction-notice-fields.js';

export type NoticeKind = CaseNotice['kind'];
type Party = CaseDetailReply['parties'][number];
type NoticeValues = RewardValues & AuctionValues;

/** The field a rule's refusal is about (`details.field`, named as the domain names it), as the form names it. */
const FIELD_OF_RULE: Readonly<Record<string, keyof NoticeValues>> = {
  applicationReceivedOn: 'applicationReceivedOn',
  valuationFen: 'valuation',
  startingPriceFen: 'startingPrice',
  previousStartingPriceFen: 'previousStartingPrice',
  depositFen: 'deposit',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
};

const detail = (error: ApiError, key: string): string | null => {
  const value = error.body?.details?.[key];
  return typeof value === 'string' ? value : null;
};

/** The server's refusal, next to the form: a rule's own words with the article it rests on, or the usual error. */
function RefusalAlert({ error }: { error: unknown }) {
  const { t, pick } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  if (!(error instanceof ApiError) || error.code !== 'RULE_VIOLATION' || !error.body) {
    return (
      <div ref={ref}>
        <ErrorAlert error={error} />
      </div>
    );
  }
  const basis = detail(error, 'legalBasis');
  return (
    <div ref={ref} data-testid="notice-refusal">
      <Alert
        type="error"
        showIcon
        role="alert"
        title={t('notices.form.refused')}
        description={
          <>
            <div>{pick(error.body.messageZh, error.body.messageEn)}</div>
            {basis ? <div style={{ marginTop: 4, fontWeight: 500 }}>{t('notices.form.legalBasis', { basis })}</div> : null}
          </>
        }
        style={{ marginBottom: 8 }}
      />
    </div>
  );
}

const partyLabel = (d: Party): string => {
  const id = d.idNumberMasked ?? d.creditCode;
  return id ? `${d.name}（${id}）` : d.name;
};

interface Props {
  caseId: string;
  kind: NoticeKind;
  debtors: readonly Party[];
  onClose: () => void;
  onPublished: (notice: CaseNotice) => void;
}

/**
 * 发布悬赏公告 / 发布拍卖公告: the debtor from the case's debtors, then the notice's own fields with
 * its rules as help text and warnings. The server checks the rules again; its refusal (422, naming
 * the rule and its article) is shown under the form and on the field it is about.
 */
export function PublishNoticeModal({ caseId, kind, debtors, onClose, onPublished }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<NoticeValues>();
  useRevalidateOnLanguage(form);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const only = debtors.length === 1 ? debtors[0]?.id : undefined;
  // The notice is published in Chinese whatever the console's language: its defaults are the Chinese text.
  const initialValues: NoticeValues =
    kind === 'reward' ? { ...rewardDefaults(translate('zh', 'notices.form.conditionsDefault')), debtorPartyId: only } : { round: 1, platform: translate('zh', 'notices.form.platformDefault'), debtorPartyId: only };

  const submit = async (v: NoticeValues) => {
    const body = kind === 'reward' ? rewardBody(v) : auctionBody(v);
    if (!body) return;
    setSubmitting(true);
    setError(null);
    try {
      const notice = await api.publishNotice(caseId, body);
      void message.success(t('notices.form.done', { title: notice.title }));
      onPublished(notice);
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'RULE_VIOLATION' && caught.body) {
        const field = FIELD_OF_RULE[detail(caught, 'field') ?? ''];
        // Marked on its field too, unless the field already shows the rule's warning.
        if (field && form.getFieldWarning(field).length === 0) form.setFields([{ name: field, errors: [pick(caught.body.messageZh, caught.body.messageEn)] }]);
      }
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={t(kind === 'reward' ? 'notices.form.rewardTitle' : 'notices.form.auctionTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width="min(760px, 96vw)"
      style={{ top: 32 }}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t(kind === 'reward' ? 'notices.publishReward' : 'notices.publishAuction')}
        </DialogFooter>
      }
    >
      <div data-testid="publish-notice">
        <Alert type="info" showIcon title={t(kind === 'reward' ? 'notices.form.rewardHint' : 'notices.form.auctionHint')} style={{ marginBottom: 16 }} />
        <Form<NoticeValues> form={form} name={`${kind}Notice`} layout="vertical" disabled={submitting} initialValues={initialValues} onFinish={(v) => void submit(v)} onValuesChange={() => setError(null)} onKeyDown={keepEnterInDatePicker}>
          <Form.Item name="debtorPartyId" label={t('notices.form.debtor')} rules={[{ required: true, message: t('notices.form.debtorRequired') }]}>
            <Select style={{ width: 360 }} options={debtors.map((d) => ({ value: d.id, label: partyLabel(d) }))} />
          </Form.Item>
          {kind === 'reward' ? <RewardNoticeFields /> : <AuctionNoticeFields />}
        </Form>
        {error ? <RefusalAlert error={error} /> : null}
      </div>
    </Modal>
  );
}
