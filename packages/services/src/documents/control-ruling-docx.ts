/**
 * 执行裁定书 for one control act on one item of the debtor's property: freeze, seal, impound,
 * deduct (扣划), release or renew. 民事诉讼法 art. 253 ¶2 and art. 255 ¶2: freezing, impounding,
 * deducting and sealing are done by ruling, with a 协助执行通知书 to the institution (see
 * assistance-notice-docx.ts); 查封规定 art. 1: the ruling is served on both parties and takes effect
 * on service; art. 28: a release is also made by ruling. The checks on amounts and terms here are
 * shared with the notice, so both documents print the same particulars.
 */
import { invalidField } from '@zhixing/contracts';
import { addMonths, compareCivil, isCivilDate, MAX_CONTROL_TERM_MONTHS, PROPERTY_KINDS, type CivilDate } from '@zhixing/domain';
import { yuanAmountText } from './amount-in-words.js';
import { chineseDate } from './chinese-date.js';
import { chineseNumber } from './chinese-numerals.js';
import { renderCourtDocument } from './document-layout.js';
import type { CourtDecisionBase } from './document-types.js';
import { requireSome, requireText, requireWholeNumber } from './input-checks.js';
import { debtorBlock } from './party-lines.js';
import { CIVIL_PROCEDURE_LAW } from './statute-names.js';

export const CONTROL_DOCUMENT_ACTS = ['freeze', 'seal', 'impound', 'deduct', 'release', 'renew'] as const;
export type ControlDocumentAct = (typeof CONTROL_DOCUMENT_ACTS)[number];

/** 查封规定 (法释〔2004〕15号, revised 2020). */
export const SEIZURE_RULES = '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》';

/** One item of the debtor's property as the documents name it. */
export interface ControlPropertyText {
  /** e.g. 银行存款, 不动产, 机动车 (the domain's `PROPERTY_KINDS[…].zh`). */
  readonly kindZh: string;
  /** e.g. 中国工商银行大连分行 活期存款. */
  readonly description: string;
  /** The assisting institution. */
  readonly institutionName: string;
  /** Account or certificate number at the institution. */
  readonly ref: string;
}

export interface ControlRulingInput extends CourtDecisionBase {
  readonly applicants: readonly string[];
  /** The title being enforced, e.g. 本院（2025）辽0202民初100号民事判决书. */
  readonly enforcementBasis: string;
  readonly act: ControlDocumentAct;
  readonly property: ControlPropertyText;
  /** Whole fen: required to freeze or deduct; optional for a partial release or a renewed freeze. */
  readonly amountFen?: number;
  /** Required to freeze, seal, impound or renew (民诉法解释 art. 485 caps it). */
  readonly termMonths?: number;
  /** The term's first day (required with `termMonths`). */
  readonly startsOn?: CivilDate;
  /** The term's last day (required with `termMonths`). */
  readonly expiresOn?: CivilDate;
  /** Release and renew (required), deduct (optional): the ruling that imposed the control acted on. */
  readonly previousRulingNumber?: string;
  /** Citations only, e.g. 《中华人民共和国民事诉讼法》第二百五十三条. */
  readonly legalBasis: string;
  readonly approvedBy?: string;
}

type Need = 'required' | 'optional' | 'none';

interface ActRule {
  readonly zh: string;
  readonly amount: Need;
  readonly term: boolean;
  /** Longest term when the kind of property is not one the domain knows (民诉法解释 art. 485). */
  readonly maxTermMonths: number;
}

/**
 * What each act takes. 民诉法解释 art. 485: deposits are frozen for at most one year, movables
 * sealed or impounded for at most two, real estate and other property rights for at most three;
 * a renewal is at most the same again. Impounding is of movables only, hence two years.
 */
const ACT_RULES: Readonly<Record<ControlDocumentAct, ActRule>> = {
  freeze: { zh: '冻结', amount: 'required', term: true, maxTermMonths: 36 },
  seal: { zh: '查封', amount: 'none', term: true, maxTermMonths: 36 },
  impound: { zh: '扣押', amount: 'none', term: true, maxTermMonths: 24 },
  deduct: { zh: '扣划', amount: 'required', term: false, maxTermMonths: 0 },
  release: { zh: '解除', amount: 'optional', term: false, maxTermMonths: 0 },
  renew: { zh: '续行', amount: 'optional', term: true, maxTermMonths: 36 },
};

const CONTROL_ZH = { freeze: '冻结', seal: '查封', impound: '扣押' } as const;

/** What the ruling and its notice both print, checked once. */
export interface ControlParticulars {
  readonly property: ControlPropertyText;
  /** `人民币12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）`, or null when none is printed. */
  readonly amount: string | null;
  /** `一年，自二〇二六年十一月二十八日起至二〇二七年十一月二十八日止`, or null. */
  readonly term: string | null;
  /** The control in force on the property: the act itself, or for release / renew the control acted on. */
  readonly controlZh: string;
}

export type ControlParticularsInput = Pick<ControlRulingInput, 'act' | 'property' | 'amountFen' | 'termMonths' | 'startsOn' | 'expiresOn' | 'decisionDate'>;

/** Throws unless `act` is one of {@link CONTROL_DOCUMENT_ACTS}. */
function checkControlAct(act: ControlDocumentAct): ActRule {
  if (!(CONTROL_DOCUMENT_ACTS as readonly string[]).includes(act)) {
    throw invalidField('act', `不是可制作文书的控制措施：${String(act)}`, `is not a control act with a document: ${String(act)}`);
  }
  return ACT_RULES[act];
}

const notApplicable = (field: string, act: ControlDocumentAct): Error =>
  invalidField(field, `${ACT_RULES[act].zh}不适用此项，不应填写`, `does not apply to ${act}`);
const missing = (field: string, act: ControlDocumentAct): Error => invalidField(field, `${ACT_RULES[act].zh}须填写此项`, `is required to ${act}`);

/** The domain's rule for a kind of property named by its label, when the label is one of its own. */
function knownKind(kindZh: string): (typeof PROPERTY_KINDS)[keyof typeof PROPERTY_KINDS] | undefined {
  return Object.values(PROPERTY_KINDS).find((k) => k.zh === kindZh);
}

/** `一年` / `十八个月`, then the first and last day. */
function termText(input: ControlParticularsInput, maxMonths: number): string {
  const act = input.act;
  if (input.termMonths === undefined) throw missing('termMonths', act);
  const months = requireWholeNumber(input.termMonths, 1, maxMonths, 'termMonths');
  if (input.startsOn === undefined) throw missing('startsOn', act);
  if (input.expiresOn === undefined) throw missing('expiresOn', act);
  const startsOn = chineseDate(input.startsOn, 'startsOn');
  const expiresOn = chineseDate(input.expiresOn, 'expiresOn');
  if (compareCivil(input.expiresOn, input.startsOn) <= 0) throw invalidField('expiresOn', '应晚于 startsOn', 'must be after startsOn');
  // The printed period must hold the printed dates (期限 counted as 民事诉讼法 art. 85, domain addMonths).
  if (compareCivil(input.expiresOn, addMonths(input.startsOn, months)) > 0) {
    throw invalidField('expiresOn', `超出 startsOn 起 ${months} 个月的期限`, `is past the ${months}-month term from startsOn`);
  }
  if (isCivilDate(input.decisionDate)) {
    // 民诉法解释 art. 485 ¶2: a renewal is made before the current term ends; after it the control
    // has lapsed (查封规定 art. 27) and can only be imposed anew.
    if (act === 'renew' && compareCivil(input.startsOn, input.decisionDate) < 0) {
      throw invalidField('startsOn', '续行须在原期限届满前作出，续行期限不能早于裁定日期开始', 'a renewal is decided before the current term ends: it cannot start before the decision date');
    }
    if (compareCivil(input.expiresOn, input.decisionDate) < 0) throw invalidField('expiresOn', '不能早于裁定日期', 'cannot be before the decision date');
  }
  const period = months % 12 === 0 ? `${chineseNumber(months / 12)}年` : `${chineseNumber(months)}个月`;
  return `${period}，自${startsOn}起至${expiresOn}止`;
}

/** Checks what `input.act` needs and returns the particulars both documents print. */
export function controlParticulars(input: ControlParticularsInput): ControlParticulars {
  const rule = checkControlAct(input.act);
  const property: ControlPropertyText = {
    kindZh: requireText(input.property.kindZh, 'property.kindZh'),
    description: requireText(input.property.description, 'property.description'),
    institutionName: requireText(input.property.institutionName, 'property.institutionName'),
    ref: requireText(input.property.ref, 'property.ref'),
  };
  const kind = knownKind(property.kindZh);

  if (rule.amount === 'required' && input.amountFen === undefined) throw missing('amountFen', input.act);
  if (rule.amount === 'none' && input.amountFen !== undefined) throw notApplicable('amountFen', input.act);
  const amount = input.amountFen === undefined ? null : yuanAmountText(requireWholeNumber(input.amountFen, 1, Number.MAX_SAFE_INTEGER, 'amountFen'));

  if (!rule.term) {
    for (const field of ['termMonths', 'startsOn', 'expiresOn'] as const) if (input[field] !== undefined) throw notApplicable(field, input.act);
  }
  const maxMonths = kind?.termClass ? MAX_CONTROL_TERM_MONTHS[kind.termClass] : rule.maxTermMonths;
  const term = rule.term ? termText(input, Math.min(maxMonths, rule.maxTermMonths)) : null;

  // Release and renew act on the control already in force: the domain's control for the kind,
  // a freeze where only an amount is known, else the three named together.
  const controlZh =
    input.act === 'freeze' || input.act === 'seal' || input.act === 'impound'
      ? CONTROL_ZH[input.act]
      : kind?.control
        ? CONTROL_ZH[kind.control]
        : amount === null
          ? '查封、扣押、冻结'
          : '冻结';
  return { property, amount, term, controlZh };
}

/** `被执行人张某某名下的银行存款（中国工商银行大连分行 活期存款，编号：…；协助执行单位：…）`. */
function heldProperty(debtorName: string, p: ControlPropertyText): string {
  return `被执行人${debtorName}名下的${p.kindZh}（${p.description}，编号：${p.ref}；协助执行单位：${p.institutionName}）`;
}

/** The recital's reason and the operative clause of each act. */
function operative(input: ControlRulingInput, c: ControlParticulars, name: string, previous: string | null): { reason: string; clause: string } {
  const held = heldProperty(name, c.property);
  const defaulted = `因被执行人${name}未按执行通知书履行生效法律文书确定的义务，`;
  switch (input.act) {
    case 'freeze':
      return { reason: defaulted, clause: `冻结${held}${c.amount ?? ''}，冻结期限为${c.term ?? ''}。` };
    case 'seal':
      return { reason: defaulted, clause: `查封${held}，查封期限为${c.term ?? ''}。` };
    case 'impound':
      return { reason: defaulted, clause: `扣押${held}，扣押期限为${c.term ?? ''}。` };
    case 'deduct':
      // 民诉法解释 art. 484 ¶2: a deduction ruling itself has the effect of a freeze, so a prior freeze is optional.
      return { reason: defaulted, clause: `扣划${previous === null ? '' : `本院${previous}执行裁定冻结的`}${held}${c.amount ?? ''}。` };
    case 'release':
      return {
        reason: `本院此前作出${previous ?? ''}执行裁定，对被执行人${name}的财产采取了${c.controlZh}措施。`,
        clause: `解除本院${previous ?? ''}执行裁定对${held}的${c.controlZh}${c.amount === null ? '' : `，解除数额为${c.amount}`}。`,
      };
    case 'renew':
      return {
        reason: `本院此前作出${previous ?? ''}执行裁定，对被执行人${name}的财产采取了${c.controlZh}措施，期限即将届满。因被执行人${name}仍未履行生效法律文书确定的义务，`,
        clause: `对${held}${c.amount ?? ''}续行${c.controlZh}，续行${c.controlZh}期限为${c.term ?? ''}。`,
      };
  }
}

/**
 * Objection rights. 民事诉讼法 art. 236: a party or interested person objects in writing to an
 * enforcement act; 执行程序解释 art. 9: enforcement does not stop meanwhile. Art. 238: an outsider
 * claiming the property objects to its enforcement (not to a release, which frees it).
 */
function objectionNotices(act: ControlDocumentAct): string[] {
  return [
    `当事人、利害关系人认为本裁定违反法律规定的，可以依照${CIVIL_PROCEDURE_LAW}第二百三十六条的规定，向本院提出书面异议。执行异议审查和复议期间，不停止执行。`,
    ...(act === 'release' ? [] : [`案外人对上述财产主张所有权或者有其他足以阻止其转让、交付的实体权利的，可以依照${CIVIL_PROCEDURE_LAW}第二百三十八条的规定，向本院提出书面异议。`]),
  ];
}

/** Builds the control ruling as a .docx file. */
export async function buildControlRulingDocx(input: ControlRulingInput): Promise<Buffer> {
  const name = requireText(input.debtor.name, 'debtor.name');
  const applicants = requireSome(input.applicants, 'applicants').map((a, i) => requireText(a, `applicants.${i}`));
  const particulars = controlParticulars(input);
  const needsPrevious = input.act === 'release' || input.act === 'renew';
  if (needsPrevious && input.previousRulingNumber === undefined) throw missing('previousRulingNumber', input.act);
  if (!needsPrevious && input.act !== 'deduct' && input.previousRulingNumber !== undefined) throw notApplicable('previousRulingNumber', input.act);
  const previous = input.previousRulingNumber === undefined ? null : requireText(input.previousRulingNumber, 'previousRulingNumber');
  const { reason, clause } = operative(input, particulars, name, previous);
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '执行裁定书',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    ...(input.approvedBy?.trim() ? { approvedBy: input.approvedBy.trim() } : {}),
    paragraphs: [
      ...applicants.map((a) => `申请执行人：${a}。`),
      ...debtorBlock(input.debtor),
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}申请执行人${applicants.join('、')}与被执行人${name}一案中，执行依据为${requireText(input.enforcementBasis, 'enforcementBasis')}。`,
      `${reason}依照${requireText(input.legalBasis, 'legalBasis')}之规定，裁定如下：`,
      clause,
      // 查封规定 art. 1 ¶2: the ruling and the notice take effect when served.
      '本裁定送达后立即生效。',
      ...objectionNotices(input.act),
    ],
  });
}
