/**
 * A party's filing notice with their query code printed on it (issue 5), built while the clerk still
 * holds the code (shown once after filing or a reissue): the clerk sends the code back, it is checked
 * against the party's stored hash, and the .docx is built and handed over — never kept, since only the
 * code's hash may be stored. Printing it is a case event (without the code).
 */
import { AppError, invalidField } from '@zhixing/contracts';
import { findCase, findCourt, listParties } from '@zhixing/db';
import { normaliseQueryCode } from '@zhixing/domain';
import type { Actor, ServiceContext } from '../context.js';
import { requireRole } from '../scope.js';
import { today } from '../today.js';
import { recordEvent } from '../cases/record-event.js';
import { buildFilingNoticeDocx } from '../documents/filing-notice-docx.js';
import { queryCodeMatches } from './query-codes.js';

const FILERS = ['judge', 'officer', 'clerk', 'bureau_chief'] as const;

export async function printFilingNotice(ctx: ServiceContext, actor: Actor, caseId: string, partyId: string, typedCode: string, portalAddress: string): Promise<{ filename: string; body: Buffer }> {
  requireRole(actor, FILERS);
  const { db } = ctx.database;
  const row = await findCase(db, caseId);
  if (!row) throw new AppError('OUT_OF_COURT_SCOPE');
  // Only the case's own court files and prints (another court's case is "not found").
  if (row.court_id !== actor.courtId) throw new AppError('OUT_OF_COURT_SCOPE');
  const parties = await listParties(db, caseId);
  const party = parties.find((p) => p.id === partyId);
  if (!party) throw new AppError('NOT_FOUND');
  const stored = await db.selectFrom('party_query_codes').select('code_hash').where('party_id', '=', partyId).executeTakeFirst();
  const code = normaliseQueryCode(typedCode);
  if (!code || !queryCodeMatches(stored?.code_hash ?? null, partyId, code)) throw invalidField('queryCode', '查询码与该当事人不符（查询码只在立案或重新发放时显示一次）', 'This is not the party\'s query code (it is shown once, at filing or when reissued)');
  const court = await findCourt(db, row.court_id);
  const body = await buildFilingNoticeDocx({
    courtName: court?.name ?? '',
    caseNumber: row.case_number,
    filedOn: row.filed_on,
    party: { name: party.name, role: party.party_role },
    applicantNames: parties.filter((p) => p.party_role === 'applicant').map((p) => p.name).join('、'),
    basis: { issuer: row.basis_issuer, documentNumber: row.basis_document_number },
    queryCode: code,
    portalAddress,
    issuedOn: today(ctx.clock),
  });
  await db.transaction().execute((trx) =>
    recordEvent(trx, ctx.clock, actor, {
      courtId: row.court_id,
      caseId,
      action: 'filingNoticePrinted',
      after: { partyId, party: party.name, role: party.party_role },
      summaryZh: `打印${party.name}的${party.party_role === 'applicant' ? '受理案件通知书' : '执行立案告知书'}（含查询码）`,
      summaryEn: `Printed the filing notice (with the query code) for ${party.name}`,
    }),
  );
  return { filename: `${row.case_number}${party.party_role === 'applicant' ? '受理案件通知书' : '执行立案告知书'}-${party.name}.docx`, body };
}
