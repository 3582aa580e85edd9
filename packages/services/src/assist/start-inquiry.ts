/**
 * Starts a case's network inquiry (网络查控): one signed request to every institution that
 * inquires (networked, or answering on the assistance desk), for every debtor, queued in the outbox in the transaction of the case event that
 * orders it (ADR 0009) — so the order exists exactly when its requests do. 民事诉讼法 (2023)
 * art. 253 ¶1 (the court may inquire into the debtor's deposits, bonds, shares, fund shares and
 * other property); 网络查询冻结规定 art. 3 (an electronic notice of assistance in inquiry).
 * Asked again the same day, it sends only what was not yet sent (the idempotency key is the act).
 */
import { createHash } from 'node:crypto';
import { AppError, type AssistSubject } from '@zhixing/contracts';
import { idempotencyKey, type Signer } from '@zhixing/connectors';
import { findCase, findCourt, insertAssistRequests, listCaseAssistRequests, listInstitutionRows, listParties } from '@zhixing/db';
import { categorySupports, type InstitutionCategory } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { recordEvent } from '../cases/record-event.js';
import { assistRequestRow } from './assist-request-row.js';
import { requireCourtInScope, requireRole } from '../scope.js';
import { today } from '../today.js';

export interface InquiryStarted {
  requested: number;
  alreadyRequested: number;
  institutions: number;
  debtors: number;
}

export async function startInquiry(ctx: ServiceContext, actor: Actor, caseId: string, signer: Signer): Promise<InquiryStarted> {
  requireRole(actor, ['judge', 'officer']);
  const { db } = ctx.database;
  const c = await findCase(db, caseId);
  if (!c) throw new AppError('OUT_OF_COURT_SCOPE');
  await requireCourtInScope(db, actor, c.court_id);
  if (c.stage === 'closed' && c.closing_method !== 'terminationForNow') {
    throw new AppError('RULE_VIOLATION', { zh: '案件已结案，不能再发起查询', en: 'The case is closed: no inquiry can be started', details: { rule: 'INQUIRY_CASE_CLOSED', closingMethod: c.closing_method } });
  }
  const court = await findCourt(db, c.court_id);
  const debtors = (await listParties(db, caseId)).filter((p) => p.party_role === 'debtor' && (p.kind === 'person' ? p.id_number : p.credit_code));
  // Every institution that inquires: networked ones receive the request by push or pull, those not
  // networked (传统查控) on their assistance desk — one act of the court reaches all of them.
  const institutions = (await listInstitutionRows(db)).filter((i) => categorySupports(i.category as InstitutionCategory, 'inquire') && i.acts.includes('inquire'));
  const day = today(ctx.clock);
  const now = ctx.clock.now();
  const noticeNumber = `${c.case_number}之网络查询（${day}）`;
  return ctx.database.db.transaction().execute(async (trx) => {
    const existing = new Set((await listCaseAssistRequests(trx, caseId)).map((r) => `${r.institution_id}|${r.idempotency_key}`));
    const rows = [];
    let already = 0;
    for (const debtor of debtors) {
      const subject: AssistSubject =
        debtor.kind === 'person' ? { kind: 'person', name: debtor.name, idNumber: debtor.id_number! } : { kind: 'organisation', name: debtor.name, creditCode: debtor.credit_code! };
      const subjectId = debtor.kind === 'person' ? debtor.id_number! : debtor.credit_code!;
      // The electronic notice is its content: who asks whom about whom, under which number, that day.
      const notice = { court: c.court_id, caseNumber: c.case_number, number: noticeNumber, issuedOn: day, subject: subjectId };
      const sha256 = createHash('sha256').update(JSON.stringify(notice)).digest('hex');
      for (const institution of institutions) {
        const key = idempotencyKey([c.court_id, caseId, 'inquire', institution.code, subjectId, day]);
        if (existing.has(`${institution.id}|${key}`)) {
          already += 1;
          continue;
        }
        rows.push(
          assistRequestRow({
            signer,
            courtId: c.court_id,
            caseId,
            institution,
            act: 'inquire',
            idempotencyKey: key,
            now,
            createdBy: actor.userId,
            body: {
              type: 'inquiry',
              court: { id: c.court_id, name: court?.name ?? c.court_id },
              caseNumber: c.case_number,
              officer: { name: actor.displayName, badgeNumber: actor.username },
              documents: [{ kind: 'inquiryNotice', number: noticeNumber, issuedOn: day, sha256 }],
              subject,
            },
          }),
        );
      }
    }
    await insertAssistRequests(trx, rows);
    if (rows.length > 0) {
      await recordEvent(trx, ctx.clock, actor, {
        courtId: c.court_id,
        caseId,
        action: 'networkInquiryStarted',
        after: { requests: rows.length, institutions: institutions.length, debtors: debtors.length, notice: noticeNumber },
        legalBasis: '民事诉讼法第二百五十三条；最高人民法院关于网络查询、冻结被执行人存款的规定第三条',
        summaryZh: `发起网络查控：向 ${institutions.length} 家协助执行单位查询 ${debtors.length} 名被执行人的财产`,
        summaryEn: `Network inquiry started: ${institutions.length} institutions asked about ${debtors.length} debtor(s)`,
      });
    }
    return { requested: rows.length, alreadyRequested: already, institutions: institutions.length, debtors: debtors.length };
  });
}
