import { appendFeed, findCase, listCreditSubjects, type CreditDecisionRow, type Executor } from '@zhixing/db';
import { MEASURE_KIND_LABELS } from '@zhixing/domain';
import type { Actor, Clock } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { addEntries } from './feed-entries.js';

/**
 * Publishes a signed decision: from this commit on, every server's index answers `deny` for its
 * subjects (the feed entries are written in the same transaction as the status change).
 */
export async function publishDecision(trx: Executor, clock: Clock, actor: Actor | null, d: CreditDecisionRow): Promise<void> {
  const now = clock.now();
  await trx.updateTable('credit_decisions').set((eb) => ({ status: 'published', published_at: now, version: eb('version', '+', 1) })).where('id', '=', d.id).execute();
  const subjects = await listCreditSubjects(trx, [d.id]);
  const kase = await findCase(trx, d.case_id);
  await appendFeed(trx, now, addEntries(d, subjects, kase?.case_number ?? '', d.publish_on ?? d.decision_date));
  const label = MEASURE_KIND_LABELS[d.kind];
  await recordEvent(trx, clock, actor, {
    courtId: d.court_id,
    caseId: d.case_id,
    action: 'publishCreditDecision',
    after: { decisionId: d.id, kind: d.kind, documentNumber: d.document_number, subjects: subjects.map((s) => ({ id: s.id, role: s.role, name: s.name })) },
    legalBasis: d.legal_basis,
    summaryZh: `发布${label.zh}：${d.debtor_name}（${d.document_number}）`,
    summaryEn: `Published ${label.en.toLowerCase()}: ${d.debtor_name} (${d.document_number})`,
  });
}
