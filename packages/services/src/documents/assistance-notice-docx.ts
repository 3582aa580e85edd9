/**
 * 协助执行通知书 to the institution that holds or registers the property, carrying out one control
 * ruling (control-ruling-docx.ts). 民事诉讼法 art. 253 ¶2: the institution must act on it;
 * 查封规定 art. 1 ¶2: it is served with a copy of the ruling and takes effect on service; art. 28 ¶2:
 * a release of a registered control also goes to the registry by notice. The particulars (amount,
 * term) are checked and worded by the same code as the ruling's.
 */
import { maskResidentId, type CivilDate } from '@zhixing/domain';
import { controlParticulars, SEIZURE_RULES, type ControlDocumentAct, type ControlParticulars, type ControlPropertyText } from './control-ruling-docx.js';
import { renderCourtDocument } from './document-layout.js';
import type { DebtorParty } from './document-types.js';
import { requireSome, requireText } from './input-checks.js';

/** An enforcement officer the institution may contact, with the officer's 执行公务证 number. */
export interface EnforcementOfficer {
  readonly name: string;
  readonly badgeNumber: string;
}

export interface AssistanceNoticeInput {
  readonly courtName: string;
  /** The enforcement case, e.g. （2026）辽0202执123号. */
  readonly caseNumber: string;
  /** This notice's number. */
  readonly documentNumber: string;
  readonly decisionDate: CivilDate;
  /** The addressee. */
  readonly institutionName: string;
  /** The ruling this notice carries out. */
  readonly rulingNumber: string;
  readonly debtor: DebtorParty;
  readonly act: ControlDocumentAct;
  readonly property: ControlPropertyText;
  readonly amountFen?: number;
  readonly termMonths?: number;
  readonly startsOn?: CivilDate;
  readonly expiresOn?: CivilDate;
  /** 执行人员 and their 执行公务证号; at least one. */
  readonly officers: readonly EnforcementOfficer[];
}

/**
 * The debtor as the institution must identify it: name with the masked identity number (the
 * institution matches on its own records; 个人信息保护法 art. 6) or the public credit code.
 */
function debtorIdentified(debtor: DebtorParty): string {
  const name = requireText(debtor.name, 'debtor.name');
  switch (debtor.kind) {
    case 'person':
      return `被执行人${name}（公民身份号码${maskResidentId(requireText(debtor.idNumberMasked, 'debtor.idNumberMasked'))}）`;
    case 'organisation':
      return `被执行人${name}（统一社会信用代码${requireText(debtor.creditCode, 'debtor.creditCode')}）`;
  }
}

/** What the institution is asked to do, with the same amount and term as the ruling. */
function request(act: ControlDocumentAct, c: ControlParticulars, debtor: string): string {
  const held = `${debtor}名下的${c.property.kindZh}（${c.property.description}，编号：${c.property.ref}）`;
  switch (act) {
    case 'freeze':
      return `冻结${held}${c.amount ?? ''}，冻结期限为${c.term ?? ''}。`;
    case 'seal':
      return `查封${held}，查封期限为${c.term ?? ''}。`;
    case 'impound':
      return `扣押${held}，扣押期限为${c.term ?? ''}。`;
    case 'deduct':
      // Deducted funds go to the court's enforcement-funds account, not to the creditor (执行款物管理规定,
      // 法发〔2017〕6号; text not in /work/shared/law, legal-reference §7 VERIFIED-SECONDARY).
      return `从${held}中扣划${c.amount ?? ''}，划至本院执行款专户。`;
    case 'release':
      return `解除对${held}的${c.controlZh}${c.amount === null ? '' : `，解除数额为${c.amount}`}。`;
    case 'renew':
      return `对${held}${c.amount ?? ''}续行${c.controlZh}，续行${c.controlZh}期限为${c.term ?? ''}。`;
  }
}

/** 查封规定 art. 27 ¶1: a control whose term ends without renewal lapses; said wherever a term runs. */
function lapseReminder(c: ControlParticulars): string[] {
  if (c.term === null) return [];
  return [`依照${SEIZURE_RULES}第二十七条的规定，${c.controlZh}期限届满，本院未办理续行${c.controlZh}手续的，${c.controlZh}的效力消灭。`];
}

/** Builds the assistance notice as a .docx file. */
export async function buildAssistanceNoticeDocx(input: AssistanceNoticeInput): Promise<Buffer> {
  const debtor = debtorIdentified(input.debtor);
  const particulars = controlParticulars(input);
  const rulingNumber = requireText(input.rulingNumber, 'rulingNumber');
  const officers = requireSome(input.officers, 'officers').map(
    (o, i) => `执行人员：${requireText(o.name, `officers.${i}.name`)}，执行公务证号：${requireText(o.badgeNumber, `officers.${i}.badgeNumber`)}。`,
  );
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '协助执行通知书',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    paragraphs: [
      `${requireText(input.institutionName, 'institutionName')}：`,
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}案件中，作出${rulingNumber}执行裁定。依照该裁定，请你单位协助执行下列事项：`,
      request(input.act, particulars, debtor),
      ...lapseReminder(particulars),
      '协助执行完毕后，请将办理情况书面回复本院。',
      ...officers,
      `附：本院${rulingNumber}执行裁定书副本一份。`,
    ],
  });
}
