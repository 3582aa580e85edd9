import { Descriptions, Space } from 'antd';
import { Link } from 'react-router';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DaysLeft } from '../../components/days-left.js';
import { DueDate } from '../../components/due-date.js';
import type { Submission } from './submissions-api.js';
import { SubmissionStatusTag } from './submission-status-tag.js';
import { dueForKey, formatSlot, kindOneKey, registers } from './submission-texts.js';

/** A deadline still to come, with the days left when it is the next one. */
function Deadline({ date, next, daysLeft }: { date: string; next: boolean; daysLeft: number | null }) {
  return (
    <Space size={6} wrap>
      <DueDate date={date} overdue={next && daysLeft !== null && daysLeft < 0} />
      {next && daysLeft !== null ? <DaysLeft daysLeft={daysLeft} /> : null}
    </Space>
  );
}

/** What the submission is, where it stands and its time limits; then who handed it in (in full: staff call them back). */
export function SubmissionFacts({ submission: s, courtName }: { submission: Submission; courtName: string }) {
  const { t } = useI18n();
  const open = s.status === 'received' || s.status === 'registered';
  const registerBy = open && s.registerBy ? s.registerBy : null;
  const answerBy = open ? s.answerBy : null;

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('submission.section.facts')}
        style={{ marginBottom: 20 }}
        styles={{ label: { width: 150 } }}
        data-testid="submission-facts"
        items={[
          { key: 'receipt', label: t('submission.field.receipt'), children: <span className="zx-mono">{s.receiptNumber}</span> },
          { key: 'kind', label: t('submission.field.kind'), children: t(kindOneKey(s.kind)) },
          { key: 'status', label: t('submission.field.status'), children: <SubmissionStatusTag kind={s.kind} status={s.status} filed={s.filedCaseNumber !== null} registered={s.registeredAt !== null} /> },
          { key: 'court', label: t('submission.field.court'), children: courtName },
          // An online filing request asks for a case: it has none until it is filed from it.
          ...(s.kind === 'filingRequest'
            ? []
            : [
                {
                  key: 'case',
                  label: t('submission.field.case'),
                  children: s.caseId && s.caseNumber ? <Link to={`/cases/${s.caseId}`}>{s.caseNumber}</Link> : t('submission.noCase'),
                },
              ]),
          ...(s.filedCaseId && s.filedCaseNumber
            ? [{ key: 'filed', label: t('submission.field.filedCase'), children: <Link to={`/cases/${s.filedCaseId}`} data-testid="submission-filed-case">{s.filedCaseNumber}</Link> }]
            : []),
          ...(s.slot ? [{ key: 'slot', label: t('submission.field.slot'), children: formatSlot(s.slot) }] : []),
          { key: 'received', label: t('submission.field.received'), children: formatInstant(s.receivedAt) },
          ...(registerBy ? [{ key: 'registerBy', label: t(dueForKey(s.kind, 'register')), children: <Deadline date={registerBy} next={s.dueFor === 'register'} daysLeft={s.daysLeft} /> }] : []),
          ...(open && s.kind !== 'appointment'
            ? [
                {
                  key: 'answerBy',
                  label: t('submission.field.answerBy'),
                  children: answerBy ? <Deadline date={answerBy} next={s.dueFor === 'answer'} daysLeft={s.daysLeft} /> : t('submission.field.answerByPending'),
                },
              ]
            : []),
          ...(s.registeredAt && registers(s.kind) ? [{ key: 'registeredAt', label: t(`submission.field.registeredAt.${s.kind}`), children: formatInstant(s.registeredAt) }] : []),
          ...(s.closedAt ? [{ key: 'closedAt', label: t('submission.field.closedAt'), children: formatInstant(s.closedAt) }] : []),
          { key: 'basis', label: t('submission.field.legalBasis'), children: s.legalBasis },
        ]}
      />
      <Descriptions
        size="small"
        bordered
        column={2}
        title={t('submission.section.submitter')}
        style={{ marginBottom: 20 }}
        data-testid="submission-submitter"
        items={[
          { key: 'name', label: t('submission.field.name'), children: s.submitter.name },
          { key: 'role', label: t('submission.field.role'), children: t(`submission.role.${s.submitter.role}`) },
          { key: 'phone', label: t('submission.field.phone'), children: <span className="zx-mono">{s.submitter.phone}</span> },
          { key: 'id', label: t('submission.field.idNumber'), children: s.submitter.idNumber ? <span className="zx-mono">{s.submitter.idNumber}</span> : '—' },
        ]}
      />
    </>
  );
}
