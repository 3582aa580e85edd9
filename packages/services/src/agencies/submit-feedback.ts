import type { CreditCheckRequest } from '@zhixing/contracts';
import { randomUUID } from 'node:crypto';
import { insertFeedback } from '@zhixing/db';
import { SCENARIO_RULES, maskResidentId, type Scenario } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import type { AgencyPrincipal } from '../credit-check/agency-book.js';
import { requireScenario } from '../credit-check/check-subject.js';
import { recordEvent } from '../cases/record-event.js';
import type { CreditRuntime } from '../credit-check/credit-runtime.js';
import { subjectOf } from '../credit-check/evaluate-check.js';

export interface FeedbackInput {
  idempotencyKey: string;
  kind: 'intercepted' | 'falsePositive';
  scenario: Scenario;
  subject: CreditCheckRequest['subject'];
  occurredAt: string;
  measureId: number | null;
  note: string;
}

/**
 * An agency reports an interception or claims a false positive. Stored once per idempotency key,
 * linked to the measure's case and court so the court sees it on the case and per agency (and
 * evaluation counts it later); with a known case it is also a case event (全程留痕).
 */
export async function submitFeedback(ctx: ServiceContext, runtime: CreditRuntime, agency: AgencyPrincipal, input: FeedbackInput) {
  requireScenario(agency, input.scenario);
  const { db } = ctx.database;
  const s = input.subject;
  const subjectId = subjectOf(runtime, s)?.id ?? null;
  const masked = s.kind === 'organisation' ? s.creditCode.trim().toUpperCase() : maskResidentId(subjectId ?? (s.kind === 'document' ? s.docNumber : ''));
  const measure = await db
    .selectFrom('credit_subjects as cs')
    .innerJoin('credit_decisions as d', 'd.id', 'cs.decision_id')
    .innerJoin('cases as k', 'k.id', 'd.case_id')
    .select(['cs.id', 'd.id as decision_id', 'd.case_id', 'd.court_id', 'k.case_number'])
    .$if(input.measureId !== null, (q) => q.where('cs.id', '=', input.measureId!))
    .$if(input.measureId === null, (q) => q.where((eb) => eb.or([eb('cs.id_number', '=', subjectId ?? ''), eb('cs.credit_code', '=', subjectId ?? '')])))
    .orderBy('d.published_at', 'desc')
    .executeTakeFirst();
  return db.transaction().execute(async (trx) => {
    const id = randomUUID();
    const receivedAt = ctx.clock.now();
    const row = await insertFeedback(trx, {
      id,
      agency_id: agency.id,
      idempotency_key: input.idempotencyKey,
      received_at: receivedAt,
      kind: input.kind,
      scenario: input.scenario,
      subject_kind: s.kind === 'organisation' ? 'organisation' : 'person',
      subject_masked: masked,
      occurred_at: new Date(input.occurredAt),
      measure_id: measure?.id ?? null,
      decision_id: measure?.decision_id ?? null,
      case_id: measure?.case_id ?? null,
      court_id: measure?.court_id ?? null,
      note: input.note,
    });
    const duplicate = row.id !== id;
    if (!duplicate && measure) {
      const what = SCENARIO_RULES[input.scenario];
      await recordEvent(trx, ctx.clock, null, {
        courtId: measure.court_id,
        caseId: measure.case_id,
        action: 'agencyFeedback',
        after: { feedbackId: id, agencyId: agency.id, agencyName: agency.name, kind: input.kind, scenario: input.scenario, subject: masked, occurredAt: input.occurredAt },
        summaryZh: input.kind === 'intercepted' ? `${agency.name}反馈：已拦截 ${masked}「${what.zh}」` : `${agency.name}反馈：${masked} 疑似误拦（${what.zh}）`,
        summaryEn: input.kind === 'intercepted' ? `${agency.name} reports blocking ${masked}: ${what.en}` : `${agency.name} claims a false positive for ${masked}: ${what.en}`,
      });
    }
    return { id: row.id, receivedAt: row.received_at.toISOString(), caseNumber: measure?.case_number ?? null, courtId: row.court_id, duplicate };
  });
}
