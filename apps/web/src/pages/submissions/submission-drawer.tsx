import { useEffect, useState } from 'react';
import { Alert, App, Button, Drawer, Space } from 'antd';
import { errorText } from '../../api/error-text.js';
import { api, type IssuedQueryCodeReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canFileCases } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useLoad } from '../../hooks/use-load.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { QueryCodesModal } from '../../components/query-codes-modal.js';
import { submissionsApi, type DecidedSubmission, type Submission, type SubmissionAction } from './submissions-api.js';
import { ACTION_ORDER, actKey, dueForKey, kindOneKey, overdueDays } from './submission-texts.js';
import { SubmissionStatusTag } from './submission-status-tag.js';
import { SubmissionFacts } from './submission-facts.js';
import { SubmissionContent } from './submission-content.js';
import { SubmissionAttachments } from './submission-attachments.js';
import { SubmissionHistory } from './submission-history.js';
import { DecisionModal } from './decision-modal.js';

interface Props {
  /** The submission to show; null: the drawer is closed. */
  id: string | null;
  onClose: () => void;
  /** An act was done (or someone else's found): the queue reloads. */
  onChanged: () => void;
}

/**
 * One submission in full (reading it is audited): what it is and its time limits, who handed it in,
 * what they wrote, their files, what was done so far — and buttons for exactly the acts the server
 * says are open to this user now. A city supervisor reads without buttons.
 */
export function SubmissionDrawer({ id, onClose, onChanged }: Props) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { message } = App.useApp();
  const user = useUser();
  const mayFile = canFileCases(user);
  const detail = useLoad(() => (id ? submissionsApi.get(id) : Promise.resolve(null)), [id]);
  const courts = useLoad(() => api.listCourts(), []);
  const [acting, setActing] = useState<SubmissionAction | null>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const [codes, setCodes] = useState<{ caseId: string; caseNumber: string; codes: IssuedQueryCodeReply[] } | null>(null);
  // Another submission's data is never shown under this one's title while it loads.
  const s: Submission | null = detail.data && detail.data.id === id ? detail.data : null;

  useEffect(() => {
    setConflict(null);
    setActing(null);
  }, [id]);

  const courtName = (court: Submission['court']): string => {
    const known = courts.data?.items.find((c) => c.id === court.id);
    return known && lang === 'en' ? known.nameEn : court.name;
  };

  const done = (action: SubmissionAction, decided: DecidedSubmission) => {
    const { queryCodes, ...rest } = decided;
    detail.setData(rest);
    setActing(null);
    setConflict(null);
    onChanged();
    if (decided.filedCaseNumber && action === 'answer') {
      void message.success(t('submission.done.filed', { caseNumber: decided.filedCaseNumber }));
      if (queryCodes && queryCodes.length > 0 && decided.filedCaseId) setCodes({ caseId: decided.filedCaseId, caseNumber: decided.filedCaseNumber, codes: queryCodes });
    } else if (action === 'register') {
      void message.success(t('submission.done.register', { act: t(actKey(decided.kind, 'register', { status: 'received', mayFile })) }));
    } else {
      void message.success(t(action === 'answer' ? 'submission.done.answer' : 'submission.done.notAccept'));
    }
  };

  const open = s !== null && (s.status === 'received' || s.status === 'registered');
  const overdue = s ? overdueDays(s.daysLeft) : null;
  const actions = s ? ACTION_ORDER.filter((a) => s.actions.includes(a)) : [];
  const main: SubmissionAction | undefined = actions.includes('register') ? 'register' : actions.includes('answer') ? 'answer' : undefined;
  const readOnly = s !== null && open && actions.length === 0;

  return (
    <>
      <Drawer
        open={id !== null}
        onClose={onClose}
        size={760}
        destroyOnHidden
        loading={detail.loading && s === null}
        closable={{ 'aria-label': t('submission.drawer.close') }}
        title={
          s ? (
            <Space size={8} wrap>
              <span>{t('submission.drawer.title', { kind: t(kindOneKey(s.kind)), receipt: s.receiptNumber })}</span>
              <SubmissionStatusTag kind={s.kind} status={s.status} filed={s.filedCaseNumber !== null} registered={s.registeredAt !== null} />
            </Space>
          ) : null
        }
        footer={
          actions.length > 0 && s ? (
            <Space wrap style={{ width: '100%', justifyContent: 'flex-end' }} data-testid="submission-actions">
              {actions.map((a) => (
                <Button key={a} type={a === main ? 'primary' : 'default'} danger={a === 'notAccept'} onClick={() => setActing(a)} data-testid={`submission-act-${a}`}>
                  {t(actKey(s.kind, a, { status: s.status, mayFile }))}
                </Button>
              ))}
            </Space>
          ) : null
        }
      >
        {detail.error ? <ErrorAlert error={detail.error} action={<Button size="small" onClick={detail.reload}>{t('common.retry')}</Button>} /> : null}
        {conflict ? (
          <Alert type="warning" showIcon role="alert" title={errorText(conflict, i18n)} description={t('submission.conflictReloaded')} style={{ marginBottom: 16 }} data-testid="submission-conflict" />
        ) : null}
        {s ? (
          <div data-testid="submission-drawer">
            {open && overdue !== null && s.dueFor && s.dueBy ? (
              <Alert type="error" showIcon title={t('submission.overdueAlert', { what: t(dueForKey(s.kind, s.dueFor)), date: s.dueBy, n: overdue })} style={{ marginBottom: 16 }} />
            ) : null}
            {readOnly ? (
              <Alert type="info" showIcon title={t('submission.readOnly', { court: courtName(s.court) })} style={{ marginBottom: 16 }} data-testid="submission-read-only" />
            ) : null}
            <SubmissionFacts submission={s} courtName={courtName(s.court)} />
            <SubmissionContent submission={s} />
            <SubmissionAttachments submission={s} />
            <SubmissionHistory submission={s} />
          </div>
        ) : null}
      </Drawer>
      {acting && s ? (
        <DecisionModal
          submission={s}
          action={acting}
          mayFile={mayFile}
          onClose={() => setActing(null)}
          onDone={(decided) => done(acting, decided)}
          onConflict={(error) => {
            setActing(null);
            setConflict(error);
            detail.reload();
            onChanged();
          }}
        />
      ) : null}
      {codes ? <QueryCodesModal caseId={codes.caseId} caseNumber={codes.caseNumber} codes={codes.codes} onClose={() => setCodes(null)} /> : null}
    </>
  );
}
