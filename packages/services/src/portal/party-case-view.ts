/**
 * A verified party's own case on the portal (issue 5): the case's public nodes as a timeline, who
 * handles it, the money received and paid out — and nothing of the other parties but their names and
 * roles (no ID numbers, addresses, phones or accounts). The party's session decides the case: no
 * route parameter can point it at another one.
 */
import { AppError, type PartyCase } from '@zhixing/contracts';
import { findCase, findCourt, findUserById, listCaseEvents, listClaims, listParties, listPartyServedDocuments, parseEventBody, portalMoney } from '@zhixing/db';
import { civilDateOf, fenToYuanString, type CaseStage, type ClosingMethod } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import type { PartyPrincipal } from './party-principal.js';
import { publicNode } from './public-nodes.js';
import { voluntaryPerformance } from './voluntary-performance.js';
import { caseAccountNumber } from '../funds/funds-case.js';
import { today } from '../today.js';
import { readConsistently } from '../read-consistently.js';

export async function partyCaseView(ctx: ServiceContext, party: PartyPrincipal): Promise<PartyCase> {
  // One snapshot: the money shown and the timeline's payment nodes come from the same commits.
  const { row, court, handler, parties, money, events, claims, documents } = await readConsistently(ctx, async (db) => {
    const row = await findCase(db, party.caseId);
    if (!row) throw new AppError('PORTAL_SESSION_INVALID');
    const [court, handler, parties, money, events, claims, documents] = await Promise.all([
      findCourt(db, row.court_id),
      row.handler_id ? findUserById(db, row.handler_id) : Promise.resolve(undefined),
      listParties(db, row.id),
      portalMoney(db, row.id),
      listCaseEvents(db, row.id),
      listClaims(db, row.id),
      listPartyServedDocuments(db, row.id),
    ]);
    return { row, court, handler, parties, money, events, claims, documents };
  });
  const you = parties.find((p) => p.id === party.partyId);
  if (!you || !court) throw new AppError('PORTAL_SESSION_INVALID');
  const payee = new Map(money.payouts.map((p) => [p.id, p.payee_party_id]));
  const paid = money.payouts.filter((p) => p.state === 'paid');
  const timeline: PartyCase['timeline'] = [];
  for (const e of events) {
    const node = publicNode(e.action, parseEventBody(e.payload).after, party, (id) => payee.get(id));
    if (node) timeline.push({ on: civilDateOf(e.occurred_at.getTime()), ...node });
  }
  return {
    caseNumber: row.case_number,
    court: { name: court.name, nameEn: court.name_en },
    cause: row.cause,
    stage: row.stage as CaseStage,
    filedOn: row.filed_on,
    handler: handler?.display_name ?? null,
    closing: row.closing_method && row.closed_on ? { method: row.closing_method as ClosingMethod, on: row.closed_on } : null,
    you: { name: you.name, role: you.party_role },
    parties: parties.map((p) => ({ name: p.name, role: p.party_role, you: p.id === you.id })),
    claimTotal: fenToYuanString(Number(row.claim_total_fen)),
    money: {
      received: fenToYuanString(money.receivedFen),
      paidToYou: fenToYuanString(paid.filter((p) => p.payee_party_id === you.id).reduce((s, p) => s + p.amount_fen, 0)),
      paidOut: fenToYuanString(paid.reduce((s, p) => s + p.amount_fen, 0)),
    },
    performance:
      row.stage === 'closed'
        ? null
        : voluntaryPerformance({
            claims,
            receipts: money.receipts,
            performanceDeadline: row.performance_deadline,
            today: today(ctx.clock),
            accountNumber: caseAccountNumber(row),
            payee: `${court.name}执行款专户`,
          }),
    documents: documents.map((d) => ({ id: d.id, kind: d.kind as 'controlRuling' | 'distributionPlan', number: d.number, title: d.title, issuedOn: d.issued_on })),
    timeline,
  };
}
