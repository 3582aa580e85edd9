/**
 * What a case's network inquiry found, and where each request stands. Reading a debtor's property
 * is itself an audited act (ADR 0009, issue 4: reads of a debtor's property are audited), like
 * revealing an ID number.
 */
import { AppError } from '@zhixing/contracts';
import { CASE_READER_ROLES } from '@zhixing/contracts';
import { findCase, listCaseAssistRequests, listCaseProperties, listInstitutionRows, listRepliesOfRequests } from '@zhixing/db';
import { INSTITUTION_CATEGORIES, type InstitutionCategory, type PropertyKind } from '@zhixing/domain';
import type { AssistEnvelope } from '@zhixing/contracts';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { readConsistently } from '../read-consistently.js';

type Encumbrances = Extract<AssistEnvelope['body'], { type: 'inquiryResult' }>['holdings'][number]['encumbrances'];

export async function getCaseProperties(ctx: ServiceContext, actor: Actor, caseId: string) {
  requireRole(actor, CASE_READER_ROLES);
  // One snapshot: an answer books its property and marks its request answered in one transaction.
  const { c, properties, requests, institutions, replies } = await readConsistently(ctx, async (db) => {
    const c = await findCase(db, caseId);
    if (!c) throw new AppError('OUT_OF_COURT_SCOPE');
    await requireCourtInScope(db, actor, c.court_id);
    const [properties, requests, institutions] = await Promise.all([listCaseProperties(db, caseId), listCaseAssistRequests(db, caseId), listInstitutionRows(db, { includeRetired: true })]);
    return { c, properties, requests, institutions, replies: await listRepliesOfRequests(db, requests.map((r) => r.id)) };
  });
  const byId = new Map(institutions.map((i) => [i.id, i]));
  const noteOf = (requestId: string): string | null => {
    const last = replies.filter((r) => r.request_id === requestId && r.reason !== null).at(-1);
    return last?.reason ?? null;
  };
  const subjectName = (envelope: unknown): string => {
    const body = (envelope as AssistEnvelope).body;
    return 'subject' in body ? body.subject.name : '';
  };
  await ctx.database.db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: c.court_id,
      caseId,
      action: 'propertyViewed',
      after: { properties: properties.length },
      summaryZh: `查看被执行人财产查控结果（${properties.length} 项）`,
      summaryEn: `Viewed the debtor's property found by inquiry (${properties.length} item(s))`,
    }),
  );
  return {
    properties: properties.map((p) => ({
      id: p.id,
      institutionId: p.institution_id,
      institutionName: byId.get(p.institution_id)?.name ?? '',
      kind: p.kind as PropertyKind,
      ref: p.ref,
      description: p.description,
      balanceFen: p.balance_fen,
      valuationFen: p.valuation_fen,
      valuationBasis: p.valuation_basis,
      encumbrances: p.encumbrances as Encumbrances,
      foundAt: p.found_at.toISOString(),
      updatedAt: p.updated_at.toISOString(),
    })),
    requests: requests.map((r) => {
      const i = byId.get(r.institution_id);
      return {
        id: r.id,
        institutionId: r.institution_id,
        institutionName: i?.name ?? '',
        categoryLabel: i ? INSTITUTION_CATEGORIES[i.category as InstitutionCategory].zh : '',
        subjectName: subjectName(r.envelope),
        state: r.state,
        attempts: r.attempts,
        createdAt: r.created_at.toISOString(),
        answeredAt: r.answered_at?.toISOString() ?? null,
        note: noteOf(r.id),
      };
    }),
  };
}
