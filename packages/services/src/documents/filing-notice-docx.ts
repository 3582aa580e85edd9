/**
 * The filing notice a party receives when the case is filed (受理案件通知书 for an applicant, 执行立案
 * 告知书 for a debtor), with the party's portal query code printed on it (issue 5: "a one-time query code
 * issued at filing (printed on the filing notice)"). Pure builder: plain data in, .docx out. The code
 * itself is never stored in clear, so this document is built only while the clerk still holds the code
 * (right after filing or a reissue) and is not kept.
 */
import { formatQueryCode, type CivilDate } from '@zhixing/domain';
import { chineseDate } from './chinese-date.js';
import { renderCourtDocument } from './document-layout.js';
import { requireText } from './input-checks.js';

export interface FilingNoticeInput {
  readonly courtName: string;
  readonly caseNumber: string;
  readonly filedOn: CivilDate;
  readonly party: { readonly name: string; readonly role: 'applicant' | 'debtor' };
  /** The applicants' names, for the debtor's notice. */
  readonly applicantNames: string;
  readonly basis: { readonly issuer: string; readonly documentNumber: string };
  /** The 12 characters of the query code (printed in groups of four). */
  readonly queryCode: string;
  /** Where the portal is, as the court publishes it (e.g. its web address, then /portal). */
  readonly portalAddress: string;
  /** The day the notice is issued. */
  readonly issuedOn: CivilDate;
}

export async function buildFilingNoticeDocx(input: FilingNoticeInput): Promise<Buffer> {
  const caseNumber = requireText(input.caseNumber, 'caseNumber');
  const name = requireText(input.party.name, 'party.name');
  const basis = `${requireText(input.basis.issuer, 'basis.issuer')}${requireText(input.basis.documentNumber, 'basis.documentNumber')}`;
  const filed = chineseDate(input.filedOn, 'filedOn');
  const applicant = input.party.role === 'applicant';
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: applicant ? '受理案件通知书' : '执行立案告知书',
    documentNumber: caseNumber,
    decisionDate: input.issuedOn,
    paragraphs: [
      `${name}：`,
      applicant
        ? `你（单位）申请执行${basis}一案，本院经审查，符合立案条件，已于${filed}立案执行，案号为${caseNumber}。`
        : `申请执行人${requireText(input.applicantNames, 'applicantNames')}申请执行${basis}一案，本院已于${filed}立案执行，案号为${caseNumber}。你（单位）应当自觉履行生效法律文书确定的义务。`,
      `你（单位）可登录执行信息公开平台（${requireText(input.portalAddress, 'portalAddress')}），凭案号、本人身份证件号码（单位为统一社会信用代码）和下列查询码，查看本案执行进展、下载送达的法律文书，并可在线提交财产线索、执行异议、约见法官等事项：`,
      `查询码：${formatQueryCode(requireText(input.queryCode, 'queryCode'))}`,
      '查询码仅供本人使用，请妥善保管。遗失或者可能泄露的，可以向本院申请重新发放，原查询码随即失效；连续三次输入错误的，本案当事人查询暂停三十分钟。',
      '特此通知。',
    ],
  });
}
