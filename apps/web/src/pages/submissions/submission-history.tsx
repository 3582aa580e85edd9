import { Timeline, Typography } from 'antd';
import type { TimelineItemProps } from 'antd';
import { api, type CaseEventsReply } from '../../api/endpoints.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ROLE_LABELS } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Submission } from './submissions-api.js';
import { actKey } from './submission-texts.js';

type CaseEvent = CaseEventsReply['items'][number];

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.65)' } as const;

type StepKind = 'received' | 'register' | 'answer' | 'notAccept' | 'attachmentRead';

interface Step {
  key: string;
  what: StepKind;
  at: string;
  who: string | null;
  reply: string | null;
  filedCaseNumber: string | null;
}

const EVENT_STEPS: Readonly<Record<string, StepKind>> = {
  submissionReceived: 'received',
  submissionRegister: 'register',
  submissionAnswer: 'answer',
  submissionNotAccept: 'notAccept',
  submissionAttachmentRead: 'attachmentRead',
};

/** A step in the words of its kind: 立案 / 受理 / 确认预约, 立案并答复, 接待, 驳回申请… */
function stepKey(s: Submission, step: Step, registered: boolean): MessageKey {
  switch (step.what) {
    case 'received':
      return 'submission.history.received';
    case 'register':
      return actKey(s.kind, 'register', { status: 'received', mayFile: false });
    case 'answer':
      if (step.filedCaseNumber) return 'submission.act.fileAndAnswer';
      return s.kind === 'appointment' ? 'submission.history.met' : 'submission.history.answered';
    case 'notAccept':
      return actKey(s.kind, 'notAccept', { status: registered ? 'registered' : 'received', mayFile: false });
    case 'attachmentRead':
      return 'submission.history.attachmentRead';
  }
}

const field = (value: unknown, key: string): string | null => {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' && v !== '' ? v : null;
};

/**
 * From the submission alone: received, registered, closed. The reply kept is the last one written,
 * which belongs to the closing act once closed and to the registration before.
 */
function stepsOf(s: Submission): Step[] {
  const closed = s.status === 'answered' || s.status === 'notAccepted';
  const steps: Step[] = [{ key: 'received', what: 'received', at: s.receivedAt, who: null, reply: null, filedCaseNumber: null }];
  if (s.registeredAt) steps.push({ key: 'registered', what: 'register', at: s.registeredAt, who: null, reply: closed ? null : s.reply, filedCaseNumber: null });
  if (s.closedAt) steps.push({ key: 'closed', what: s.status === 'notAccepted' ? 'notAccept' : 'answer', at: s.closedAt, who: null, reply: s.reply, filedCaseNumber: s.filedCaseNumber });
  return steps;
}

/** From the case's hash-chained log, when the submission is on a case: each act with who did it and what the submitter was told. */
function stepsFromEvents(s: Submission, events: readonly CaseEvent[], who: (e: CaseEvent) => string | null): Step[] {
  return events
    .filter((e) => field(e.after, 'submissionId') === s.id && e.action in EVENT_STEPS)
    .map((e) => ({ key: String(e.seq), what: EVENT_STEPS[e.action]!, at: e.occurredAt, who: who(e), reply: field(e.after, 'reply'), filedCaseNumber: field(e.after, 'filedCaseNumber') }));
}

/** 办理记录: what happened to the submission so far, and what it waits for. */
export function SubmissionHistory({ submission: s }: { submission: Submission }) {
  const { t, lang } = useI18n();
  // Reloaded with each new version, so an act just done shows at once.
  const events = useLoad(() => (s.caseId ? api.listCaseEvents(s.caseId) : Promise.resolve(null)), [s.caseId, s.version]);
  const who = (e: CaseEvent) => (e.actor.role === 'system' || !e.actor.displayName ? null : t('common.nameWithRole', { name: e.actor.displayName, role: ROLE_LABELS[e.actor.role][lang] }));
  const fromEvents = events.data ? stepsFromEvents(s, events.data.items, who) : [];
  const steps = fromEvents.length > 0 ? fromEvents : stepsOf(s);
  const registered = s.registeredAt !== null;

  const items: TimelineItemProps[] = steps.map((step, i) => ({
    key: step.key,
    color: i === steps.length - 1 && (s.status === 'answered' || s.status === 'notAccepted') ? 'green' : 'blue',
    content: (
      <div data-testid="submission-history-step">
        <Typography.Text strong>{t(stepKey(s, step, registered))}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
          {formatInstant(step.at)}
        </Typography.Text>
        {step.what === 'received' ? <div style={SMALL}>{t('submission.history.via')}</div> : null}
        {step.who ? <div style={SMALL}>{t(step.what === 'attachmentRead' ? 'submission.history.readBy' : 'submission.history.by', { who: step.who })}</div> : null}
        {step.filedCaseNumber ? <div>{t('submission.history.filed', { caseNumber: step.filedCaseNumber })}</div> : null}
        {step.reply ? (
          <div style={{ whiteSpace: 'pre-wrap', marginTop: 2 }} data-testid="submission-reply">
            {t('submission.history.reply', { reply: step.reply })}
          </div>
        ) : null}
      </div>
    ),
  }));
  if (s.dueFor && s.dueBy) {
    const next = t(actKey(s.kind, s.dueFor, { status: s.status, mayFile: false }));
    items.push({ key: 'waiting', color: 'gray', content: <Typography.Text type="secondary">{t('submission.history.waiting', { what: next, date: formatDate(s.dueBy) })}</Typography.Text> });
  }

  return (
    <section data-testid="submission-history">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('submission.section.history')}
      </Typography.Title>
      <Timeline items={items} />
    </section>
  );
}
