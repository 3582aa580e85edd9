/**
 * The two documents every control act rests on (民事诉讼法 (2023) art. 253 ¶2 for deposits; the
 * same for other property in practice and 查封规定 art. 28 for releases): the ruling (执行裁定书) and
 * the notice of assistance (协助执行通知书) to the institution. Built once, stored byte for byte in
 * `case_documents`, and named in the request with the SHA-256 of the stored file, so what the
 * institution is shown is provably what the court issued. Both carry the next number of the case.
 */
import { createHash, randomUUID } from 'node:crypto';
import { findCourt, insertCaseDocuments, listParties, nextDocumentOrdinal, type CaseRow, type Executor, type InstitutionRow } from '@zhixing/db';
import { PROPERTY_KINDS, type CivilDate, type PropertyKind } from '@zhixing/domain';
import type { AssistEnvelope } from '@zhixing/contracts';
import type { Actor } from '../context.js';
import { documentNumberOf } from '../credit/document-number.js';
import { buildAssistanceNoticeDocx, buildControlRulingDocx, type ControlDocumentAct, type DebtorParty } from '../documents/index.js';
import type { PropertyRow } from './assess-control.js';

type AssistDocument = Extract<AssistEnvelope['body'], { type: 'control' }>['documents'][number];

/** Citations per act (verified against the texts in shared/law). */
const LEGAL_BASIS: Readonly<Record<ControlDocumentAct, string>> = {
  freeze: '《中华人民共和国民事诉讼法》第二百五十三条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条',
  seal: '《中华人民共和国民事诉讼法》第二百五十五条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条',
  impound: '《中华人民共和国民事诉讼法》第二百五十五条、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条',
  deduct: '《中华人民共和国民事诉讼法》第二百五十三条',
  release: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十八条',
  renew: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百八十五条、《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》第二十七条',
};

export const controlLegalBasis = (act: ControlDocumentAct): string => LEGAL_BASIS[act];

export interface ControlDocumentsInput {
  caseRow: CaseRow;
  actor: Actor;
  act: ControlDocumentAct;
  property: PropertyRow;
  institution: InstitutionRow;
  subject: { kind: 'person'; idNumber: string } | { kind: 'organisation'; creditCode: string };
  amountFen?: number | undefined;
  term?: { months: number; startsOn: CivilDate; expiresOn: CivilDate } | undefined;
  previousRulingNumber?: string | undefined;
  controlId: string;
  issuedOn: CivilDate;
  now: Date;
}

export interface IssuedControlDocuments {
  rulingNumber: string;
  documents: AssistDocument[];
}

export async function issueControlDocuments(trx: Executor, d: ControlDocumentsInput): Promise<IssuedControlDocuments> {
  const c = d.caseRow;
  const court = await findCourt(trx, c.court_id);
  const parties = await listParties(trx, c.id);
  const party = parties.find((p) => p.party_role === 'debtor' && (d.subject.kind === 'person' ? p.id_number === d.subject.idNumber : p.credit_code === d.subject.creditCode));
  const debtor: DebtorParty =
    party?.kind === 'organisation'
      ? { kind: 'organisation', name: party.name, creditCode: party.credit_code ?? '', ...(party.legal_representative ? { legalRepresentative: party.legal_representative } : {}) }
      : { kind: 'person', name: party?.name ?? '', idNumberMasked: party?.id_number_masked ?? '' };
  const number = documentNumberOf(c.case_number, await nextDocumentOrdinal(trx, c.id));
  const kind = PROPERTY_KINDS[d.property.kind as PropertyKind];
  const property = { kindZh: kind.zh, description: d.property.description, institutionName: d.institution.name, ref: d.property.ref };
  const amounts = {
    ...(d.amountFen !== undefined ? { amountFen: d.amountFen } : {}),
    ...(d.term ? { termMonths: d.term.months, startsOn: d.term.startsOn, expiresOn: d.term.expiresOn } : {}),
  };
  const courtName = court?.name ?? c.court_id;
  const ruling = await buildControlRulingDocx({
    courtName,
    caseNumber: c.case_number,
    documentNumber: number,
    decisionDate: d.issuedOn,
    debtor,
    applicants: parties.filter((p) => p.party_role === 'applicant').map((p) => p.name),
    enforcementBasis: `${c.basis_issuer}${c.basis_document_number}`,
    act: d.act,
    property,
    ...amounts,
    ...(d.previousRulingNumber ? { previousRulingNumber: d.previousRulingNumber } : {}),
    legalBasis: LEGAL_BASIS[d.act],
  });
  const notice = await buildAssistanceNoticeDocx({
    courtName,
    caseNumber: c.case_number,
    documentNumber: number,
    decisionDate: d.issuedOn,
    institutionName: d.institution.name,
    rulingNumber: number,
    debtor,
    act: d.act,
    property,
    ...amounts,
    officers: [{ name: d.actor.displayName, badgeNumber: d.actor.username }],
  });
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const common = { court_id: c.court_id, case_id: c.id, number, issued_on: d.issuedOn, control_id: d.controlId, institution_id: d.institution.id, created_by: d.actor.userId, created_at: d.now };
  const rows = [
    { ...common, id: randomUUID(), kind: 'controlRuling' as const, title: '执行裁定书', sha256: sha(ruling), content: ruling },
    { ...common, id: randomUUID(), kind: 'assistanceNotice' as const, title: '协助执行通知书', sha256: sha(notice), content: notice },
  ];
  await insertCaseDocuments(trx, rows);
  return {
    rulingNumber: number,
    documents: [
      { kind: 'ruling', number, issuedOn: d.issuedOn, sha256: rows[0]!.sha256 },
      { kind: 'assistanceNotice', number, issuedOn: d.issuedOn, sha256: rows[1]!.sha256 },
    ],
  };
}
