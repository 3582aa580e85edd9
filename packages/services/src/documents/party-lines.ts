/**
 * How parties and bound persons are written in the parties block and in the body. Identity
 * numbers are always passed through `maskResidentId` (idempotent on a masked number), so a full
 * number handed in by mistake is still never printed (个人信息保护法 art. 6: 最小必要).
 */
import { maskResidentId } from '@zhixing/domain';
import type { BoundPerson, DebtorParty } from './document-types.js';
import { requireText } from './input-checks.js';

const idText = (idNumberMasked: string, field: string): string => `公民身份号码${maskResidentId(requireText(idNumberMasked, field))}`;

/** `被执行人：张三，公民身份号码2102**********1234。` or the organisation with its credit code. */
function debtorLine(debtor: DebtorParty): string {
  const name = requireText(debtor.name, 'debtor.name');
  switch (debtor.kind) {
    case 'person':
      return `被执行人：${name}，${idText(debtor.idNumberMasked, 'debtor.idNumberMasked')}。`;
    case 'organisation':
      return `被执行人：${name}，统一社会信用代码${requireText(debtor.creditCode, 'debtor.creditCode')}。`;
  }
}

/** `法定代表人：李四，公民身份号码2102**********5678。` */
export function boundPersonLine(person: BoundPerson, field: string): string {
  return `${requireText(person.roleZh, `${field}.roleZh`)}：${requireText(person.name, `${field}.name`)}，${idText(person.idNumberMasked, `${field}.idNumberMasked`)}。`;
}

/** `法定代表人李四` — a bound person named in a sentence. */
export function boundPersonPhrase(person: BoundPerson): string {
  return `${person.roleZh}${person.name}`;
}

/**
 * The parties block: the debtor, its legal representative (unless a bound person already
 * names them with an identity number), then each bound person other than a natural-person debtor.
 */
export function debtorBlock(debtor: DebtorParty, boundPersons: readonly BoundPerson[] = [], field = 'boundPersons'): string[] {
  const lines = [debtorLine(debtor)];
  if (debtor.kind === 'organisation' && debtor.legalRepresentative?.trim() && !boundPersons.some((p) => p.name === debtor.legalRepresentative)) {
    lines.push(`法定代表人：${debtor.legalRepresentative.trim()}。`);
  }
  boundPersons.forEach((p, i) => {
    if (!(debtor.kind === 'person' && p.name === debtor.name)) lines.push(boundPersonLine(p, `${field}.${i}`));
  });
  return lines;
}

/** `被执行人甲公司及其法定代表人李四、实际控制人王五` (限高规定 art. 3 ¶2 binds them with the debtor). */
export function debtorWithBoundPhrase(debtorName: string, boundPersons: readonly BoundPerson[]): string {
  return `被执行人${debtorName}${boundPersons.length === 0 ? '' : `及其${boundPersons.map(boundPersonPhrase).join('、')}`}`;
}

/**
 * Whom an exit restriction names: the persons themselves (an organisation cannot leave the
 * country; 执行程序解释 art. 24 restricts its 法定代表人、主要负责人、直接责任人员), tied to the
 * organisation debtor as `被执行人甲公司的法定代表人李四`.
 */
export function exitSubjectsPhrase(debtor: DebtorParty, subjects: readonly BoundPerson[]): string {
  const list = subjects.map(boundPersonPhrase).join('、');
  return debtor.kind === 'organisation' ? `被执行人${debtor.name}的${list}` : list;
}
