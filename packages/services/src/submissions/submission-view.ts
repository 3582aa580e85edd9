/**
 * How a submission row is shown: to its submitter (the receipt, masked), in a court's queue (with the
 * days left to its next deadline) and to staff in full (issue 5).
 */
import type { SubmissionDetail, SubmissionQueueItem, SubmissionReceipt } from '@zhixing/contracts';
import type { SubmissionRow } from '@zhixing/db';
import { SUBMISSION_RULES, diffDays, maskPersonName, type CivilDate, type SubmissionKind, type SubmissionStatus } from '@zhixing/domain';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

const CLUE_ZH: Record<string, string> = {
  deposit: '存款',
  realEstate: '不动产',
  vehicle: '车辆',
  equity: '股权',
  securities: '证券',
  receivable: '到期债权',
  onlinePayment: '网络支付账户',
  movable: '动产',
  other: '其他财产',
};

const clip = (text: unknown, max = 60): string => {
  const s = typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() : '';
  return s.length > max ? `${s.slice(0, max)}…` : s;
};

/** One line saying what the submission is about, in Chinese (the queue is read by Chinese staff; the detail has everything). */
export function submissionSummary(kind: SubmissionKind, details: Record<string, unknown>, slot: string | null): string {
  switch (kind) {
    case 'filingRequest': {
      const app = details['application'] as { applicants?: Array<{ name: string }>; debtors?: Array<{ name: string }>; cause?: string } | undefined;
      return `${(app?.applicants ?? []).map((p) => p.name).join('、')} 申请执行 ${(app?.debtors ?? []).map((p) => p.name).join('、')}（${app?.cause ?? ''}）`;
    }
    case 'propertyClue':
      return `${CLUE_ZH[String(details['propertyType'])] ?? '财产'}：${clip(details['description'])}`;
    case 'objection':
      return `${details['objectionType'] === 'outsider' ? '案外人异议' : '执行行为异议'}：${clip(details['request'])}`;
    case 'complaint':
      return `${details['subject'] === 'staff' ? '举报工作人员' : details['subject'] === 'act' ? '控告执行行为' : '其他'}：${clip(details['content'])}`;
    case 'appointment':
      return `${(slot ?? '').replace('T', ' ')} ${clip(details['topic'], 40)}`;
  }
}

/** The next deadline of an open submission and what it is for. */
function nextDue(row: SubmissionRow): { dueBy: CivilDate | null; dueFor: 'register' | 'answer' | null } {
  if (row.status !== 'received' && row.status !== 'registered') return { dueBy: null, dueFor: null };
  if (row.register_by) return { dueBy: row.register_by, dueFor: 'register' };
  return row.answer_by ? { dueBy: row.answer_by, dueFor: 'answer' } : { dueBy: null, dueFor: null };
}

export function submissionReceipt(row: SubmissionRow): SubmissionReceipt {
  const submitter = row.submitter as { name?: string };
  return {
    receiptNumber: row.receipt_number,
    kind: row.kind as SubmissionKind,
    status: row.status as SubmissionStatus,
    court: { id: row.court_id, name: row.court_name, nameEn: row.court_name_en },
    caseNumber: row.case_number ?? null,
    submitterName: maskPersonName(submitter.name ?? ''),
    receivedAt: row.received_at.toISOString(),
    registerBy: row.status === 'received' ? row.register_by : null,
    answerBy: row.status === 'received' || row.status === 'registered' ? row.answer_by : null,
    legalBasis: SUBMISSION_RULES[row.kind as SubmissionKind].legalBasis,
    slot: row.slot,
    registeredAt: iso(row.registered_at),
    closedAt: iso(row.closed_at),
    reply: row.reply,
    filedCaseNumber: row.filed_case_number ?? null,
    attachments: Number(row.attachment_count ?? 0),
  };
}

export function submissionQueueItem(row: SubmissionRow, today: CivilDate): SubmissionQueueItem {
  const { dueBy, dueFor } = nextDue(row);
  const submitter = row.submitter as { name?: string };
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    kind: row.kind as SubmissionKind,
    status: row.status as SubmissionStatus,
    court: { id: row.court_id, name: row.court_name },
    caseId: row.case_id,
    caseNumber: row.case_number ?? null,
    submitterName: submitter.name ?? '',
    summary: submissionSummary(row.kind as SubmissionKind, row.details, row.slot),
    urgent: row.urgent,
    slot: row.slot,
    receivedAt: row.received_at.toISOString(),
    dueBy,
    dueFor,
    daysLeft: dueBy ? diffDays(today, dueBy) : null,
  };
}

export function submissionDetail(row: SubmissionRow, today: CivilDate, extra: { attachments: SubmissionDetail['attachments']; actions: SubmissionDetail['actions'] }): SubmissionDetail {
  return {
    ...submissionQueueItem(row, today),
    submitter: row.submitter as SubmissionDetail['submitter'],
    details: row.details,
    legalBasis: SUBMISSION_RULES[row.kind as SubmissionKind].legalBasis,
    registerBy: row.register_by,
    answerBy: row.answer_by,
    registeredAt: iso(row.registered_at),
    closedAt: iso(row.closed_at),
    reply: row.reply,
    filedCaseId: row.filed_case_id,
    filedCaseNumber: row.filed_case_number ?? null,
    rewardNoticeId: row.reward_notice_id,
    attachments: extra.attachments,
    actions: extra.actions,
    version: row.version,
  };
}
