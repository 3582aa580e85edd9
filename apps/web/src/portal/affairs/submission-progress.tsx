import { Card, Descriptions, Steps, Tag, Typography } from 'antd';
import type { SubmissionReceipt } from '@zhixing/contracts';
import { usePortalI18n } from '../portal-i18n.js';
import { KIND_WORDS } from './affairs-kinds.js';
import { formatInstant, formatSlot } from './format-time.js';

type StepItem = { key: string; title: string; content?: string; status: 'wait' | 'process' | 'finish' | 'error' };
type I18n = ReturnType<typeof usePortalI18n>;

/**
 * 已收到 → 已受理 (kinds with that step) → 已办结 / 不予受理: a step done shows when, the step in
 * progress what the court must do by when.
 */
function steps(r: SubmissionReceipt, { t, lang }: I18n): StepItem[] {
  const words = KIND_WORDS[r.kind];
  const closed = r.status === 'answered' || r.status === 'notAccepted';
  const items: StepItem[] = [{ key: 'received', title: t('stepReceived'), content: formatInstant(r.receivedAt), status: 'finish' }];
  if (words.registerAct) {
    const appointment = r.kind === 'appointment';
    const step: StepItem = { key: 'registered', title: t(r.registeredAt ? (appointment ? 'stepConfirmed' : 'stepRegistered') : appointment ? 'stepAwaitConfirm' : 'stepAwaitRegister'), status: 'wait' };
    if (r.registeredAt) Object.assign(step, { status: 'finish', content: formatInstant(r.registeredAt) });
    // Refused before registration: the step was never reached.
    else if (!closed) Object.assign(step, { status: 'process', ...(r.registerBy ? { content: t('courtActBy', { date: r.registerBy, act: t(words.registerAct) }) } : {}) });
    items.push(step);
  }
  const final: StepItem = { key: 'closed', title: t(r.status === 'notAccepted' ? 'stepNotAccepted' : r.status === 'answered' ? 'stepAnswered' : 'stepAwaitAnswer'), status: 'wait' };
  if (closed) Object.assign(final, { status: r.status === 'notAccepted' ? 'error' : 'finish', ...(r.closedAt ? { content: formatInstant(r.closedAt) } : {}) });
  else if (!words.registerAct || r.registeredAt) {
    final.status = 'process';
    if (r.answerBy && words.answerAct) final.content = t('courtActBy', { date: r.answerBy, act: t(words.answerAct) });
    else if (r.slot) final.content = t('receiptMeetingOn', { slot: formatSlot(r.slot, lang) });
  }
  items.push(final);
  return items;
}

const STATUS_COLOR: Record<SubmissionReceipt['status'], string> = { received: 'blue', registered: 'blue', answered: 'green', notAccepted: 'red' };

/** Where a submission stands, as its submitter follows it: the steps, the deadlines, the court's reply. */
export function SubmissionProgress({ receipt: r }: { receipt: SubmissionReceipt }) {
  const i18n = usePortalI18n();
  const { t, lang, pick } = i18n;
  const items = steps(r, i18n);
  const current = items.findIndex((i) => i.status === 'process' || i.status === 'error');
  const statusTitle = r.status === 'received' ? t('stepReceived') : r.status === 'registered' ? t(r.kind === 'appointment' ? 'stepConfirmed' : 'stepRegistered') : r.status === 'answered' ? t('stepAnswered') : t('stepNotAccepted');
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t(KIND_WORDS[r.kind].title)} <span className="zx-portal-amount">{r.receiptNumber}</span>
      </Typography.Title>
      <Typography.Paragraph>
        {t('statusLabel')}
        {lang === 'zh' ? '：' : ': '}
        <Tag color={STATUS_COLOR[r.status]} data-testid="submission-status">
          {statusTitle}
        </Tag>
      </Typography.Paragraph>
      <Steps orientation="vertical" size="small" current={current < 0 ? items.length - 1 : current} items={items} style={{ marginBottom: 16 }} />
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('courtReply')}
      </Typography.Title>
      {r.reply ? (
        <Typography.Paragraph className="zx-portal-reply" data-testid="court-reply">
          {r.reply}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('noReplyYet')}</Typography.Paragraph>
      )}
      <Descriptions
        column={1}
        size="small"
        items={[
          ...(r.filedCaseNumber ? [{ key: 'filed', label: t('filedCase'), children: <Typography.Text strong copyable>{r.filedCaseNumber}</Typography.Text> }] : []),
          { key: 'court', label: t('court'), children: pick(r.court.name, r.court.nameEn) },
          ...(r.caseNumber ? [{ key: 'case', label: t('caseNumber'), children: r.caseNumber }] : []),
          ...(r.slot ? [{ key: 'slot', label: t('slotLabel'), children: formatSlot(r.slot, lang) }] : []),
          { key: 'who', label: t('submittedBy'), children: r.submitterName },
          { key: 'files', label: t('attachmentCount'), children: t('attachmentCountValue', { n: r.attachments }) },
          { key: 'basis', label: t('legalBasis'), children: r.legalBasis },
        ]}
      />
    </Card>
  );
}
