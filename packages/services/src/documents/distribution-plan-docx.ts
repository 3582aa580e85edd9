/**
 * 财产分配方案: how the proceeds of enforcement are shared among several creditors. 民诉法解释
 * (2022) art. 509: when several creditors apply to share in the property (参与分配, art. 506), the
 * court makes a distribution plan and serves it on every creditor and the debtor, who may object
 * in writing within 15 days of receipt; art. 510: what follows an objection. 执行程序解释 arts.
 * 17–18 say the same for several creditors enforcing against one debtor, the case of an enterprise
 * debtor, which cannot be the object of 参与分配 (art. 506 names only 公民 and 其他组织).
 *
 * The figures come from the domain's plan (`@zhixing/domain` funds/distribution-plan.ts): costs,
 * then priority claims, then ordinary claims, each line with what is owed, paid and left unpaid,
 * and any surplus back to the debtor. The builder checks that they add up to the proceeds to the
 * fen and follow the order of art. 508 / 514 before printing them: the court's document must never
 * show a plan that makes or loses money, or that pays a later rank while an earlier one is unpaid.
 */
import { invalidField } from '@zhixing/contracts';
import { yuanAmountText, yuanFigures } from './amount-in-words.js';
import { chineseNumber } from './chinese-numerals.js';
import { renderCourtDocument, type CourtTable } from './document-layout.js';
import type { CourtDecisionBase, DebtorParty } from './document-types.js';
import { requireSome, requireText, requireWholeNumber } from './input-checks.js';
import { debtorBlock } from './party-lines.js';

/** 民诉法解释 (法释〔2015〕5号, revised 2022). */
export const CPL_INTERPRETATION = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》';
/** 执行程序解释 (法释〔2008〕13号, revised 2020). */
export const ENFORCEMENT_PROCEDURE_INTERPRETATION = '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》';

export const DISTRIBUTION_TIERS = ['costs', 'priority', 'ordinary'] as const;
export type DistributionTierText = (typeof DISTRIBUTION_TIERS)[number];

/** The debtor kinds the plan knows, as `debtorKindZh` names them (the domain's `DISTRIBUTION_DEBTOR_KINDS`). */
export const DISTRIBUTION_DEBTOR_KINDS_ZH = ['自然人', '其他组织', '企业法人'] as const;

export interface DistributionCreditorLine {
  readonly tier: DistributionTierText;
  /** 执行费用 for the costs line; otherwise the creditor's name. */
  readonly creditor: string;
  /** The creditor's enforcement basis or case number, e.g. （2025）辽0202民初456号民事判决; absent for costs. */
  readonly basis?: string;
  /** Priority claims: what the right is, e.g. 抵押权（2023-05-06 登记）. */
  readonly priorityNote?: string;
  readonly owedFen: number;
  readonly paidFen: number;
}

export interface DistributionPlanInput extends CourtDecisionBase {
  /** What was realised and from where, e.g. 拍卖被执行人名下位于…的房产所得价款. */
  readonly proceedsSource: string;
  /** The proceeds distributed, in whole fen. */
  readonly amountFen: number;
  /** 自然人 / 其他组织 / 企业法人: decides how ordinary claims share (民诉法解释 art. 508 vs art. 514). */
  readonly debtorKindZh: string;
  /** In payment order: the costs (if any), priority claims, ordinary claims. */
  readonly lines: readonly DistributionCreditorLine[];
  /** Returned to the debtor, in whole fen. */
  readonly surplusFen: number;
  /** Citations only, e.g. 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第五百零八条、第五百零九条. */
  readonly legalBasis: string;
}

interface TierRule {
  readonly zh: string;
  readonly rank: number;
}

/** 民诉法解释 arts. 508, 514: costs come off the top, then priority claims, then ordinary claims. */
const TIER_RULES: Readonly<Record<DistributionTierText, TierRule>> = {
  costs: { zh: '执行费用', rank: 0 },
  priority: { zh: '优先受偿', rank: 1 },
  ordinary: { zh: '普通债权', rank: 2 },
};

interface DebtorKindRule {
  readonly party: DebtorParty['kind'];
  /** How ordinary claims share: in proportion (art. 508) or by order of seizure (art. 514). */
  readonly ordinary: 'proportion' | 'seizureOrder';
}

const DEBTOR_KIND_RULES: Readonly<Record<(typeof DISTRIBUTION_DEBTOR_KINDS_ZH)[number], DebtorKindRule>> = {
  自然人: { party: 'person', ordinary: 'proportion' },
  其他组织: { party: 'organisation', ordinary: 'proportion' },
  企业法人: { party: 'organisation', ordinary: 'seizureOrder' },
};

/** A line checked, with the text its table row prints. */
interface CheckedLine {
  readonly tier: DistributionTierText;
  readonly creditor: string;
  readonly basis: string | null;
  readonly priorityNote: string | null;
  readonly owed: number;
  readonly paid: number;
}

function checkDebtorKind(input: DistributionPlanInput): DebtorKindRule {
  const zh = input.debtorKindZh.trim();
  const rule = (DISTRIBUTION_DEBTOR_KINDS_ZH as readonly string[]).includes(zh) ? DEBTOR_KIND_RULES[zh as keyof typeof DEBTOR_KIND_RULES] : undefined;
  if (rule === undefined) {
    throw invalidField(
      'debtorKindZh',
      `应为${DISTRIBUTION_DEBTOR_KINDS_ZH.join('、')}之一：${input.debtorKindZh}`,
      `must be one of ${DISTRIBUTION_DEBTOR_KINDS_ZH.join(', ')}: ${input.debtorKindZh}`,
    );
  }
  // A natural person is printed with an identity number, an organisation with its credit code:
  // the kind that decides the share rule must be the party the document names.
  if (rule.party !== input.debtor.kind) {
    throw invalidField('debtorKindZh', `与被执行人类型（${input.debtor.kind === 'person' ? '自然人' : '组织'}）不符：${zh}`, `does not match the debtor (${input.debtor.kind}): ${zh}`);
  }
  return rule;
}

const notApplicable = (field: string, tier: DistributionTierText): Error =>
  invalidField(field, `${TIER_RULES[tier].zh}不适用此项，不应填写`, `does not apply to a ${tier} line`);

function checkLine(line: DistributionCreditorLine, i: number): CheckedLine {
  const at = `lines.${i}`;
  if (!(DISTRIBUTION_TIERS as readonly string[]).includes(line.tier)) {
    throw invalidField(`${at}.tier`, `应为 costs、priority 或 ordinary：${String(line.tier)}`, `must be costs, priority or ordinary: ${String(line.tier)}`);
  }
  const creditor = requireText(line.creditor, `${at}.creditor`);
  let basis: string | null = null;
  if (line.tier === 'costs') {
    if (line.basis !== undefined) throw notApplicable(`${at}.basis`, line.tier);
  } else if (line.basis !== undefined) {
    basis = requireText(line.basis, `${at}.basis`);
  } else if (line.tier === 'ordinary') {
    // 民诉法解释 art. 506 ¶1: only a creditor who has obtained an enforcement basis shares; a
    // priority creditor may apply without one (¶2).
    throw invalidField(`${at}.basis`, '普通债权须填写执行依据', 'an ordinary claim needs its enforcement basis');
  }
  let priorityNote: string | null = null;
  if (line.tier === 'priority') {
    if (line.priorityNote === undefined) throw invalidField(`${at}.priorityNote`, '优先受偿的债权须写明优先权或者担保物权', 'a priority claim names its priority right or security interest');
    priorityNote = requireText(line.priorityNote, `${at}.priorityNote`);
  } else if (line.priorityNote !== undefined) {
    throw notApplicable(`${at}.priorityNote`, line.tier);
  }
  const owed = requireWholeNumber(line.owedFen, 1, Number.MAX_SAFE_INTEGER, `${at}.owedFen`);
  const paid = requireWholeNumber(line.paidFen, 0, Number.MAX_SAFE_INTEGER, `${at}.paidFen`);
  if (paid > owed) {
    throw invalidField(
      `${at}.paidFen`,
      `分配金额 ${yuanFigures(paid)} 元超过债权金额 ${yuanFigures(owed)} 元`,
      `the ${yuanFigures(paid)} yuan paid exceeds the ${yuanFigures(owed)} yuan owed`,
    );
  }
  return { tier: line.tier, creditor, basis, priorityNote, owed, paid };
}

/**
 * The order of art. 508 (art. 514 for an enterprise): lines come costs, priority, ordinary, and a
 * later tier is paid nothing while a line of an earlier tier is short. Within a tier several lines
 * may share one pool, so a short line does not bar the next one of its own tier.
 */
function checkOrder(lines: readonly CheckedLine[]): void {
  let shortRank: number | null = null;
  lines.forEach((line, i) => {
    const rank = TIER_RULES[line.tier].rank;
    const previous = lines[i - 1];
    if (previous !== undefined && (TIER_RULES[previous.tier].rank > rank || (line.tier === 'costs' && previous.tier === 'costs'))) {
      throw invalidField(
        `lines.${i}.tier`,
        '顺序有误：应依次为执行费用（至多一项）、优先受偿的债权、普通债权',
        'out of order: the costs (one line at most), then priority claims, then ordinary claims',
      );
    }
    if (shortRank !== null && shortRank < rank && line.paid > 0) {
      throw invalidField(
        `lines.${i}.paidFen`,
        '前一顺位尚未足额受偿，不能向本顺位分配（执行所得价款先扣除执行费用，再清偿优先受偿的债权，然后清偿普通债权）',
        'an earlier tier is not paid in full, so nothing goes to this one (costs first, then priority claims, then ordinary claims)',
      );
    }
    if (line.paid < line.owed && shortRank === null) shortRank = rank;
  });
}

/**
 * 民诉法解释 art. 508: ordinary claims against a person or other organisation share in proportion
 * to their amounts. The document says so, so each share must be the exact share rounded to a fen:
 * |paid × total − pool × owed| < total (the domain rounds by largest remainder, which keeps this).
 */
function checkProportion(lines: readonly CheckedLine[]): void {
  const ordinary = lines.map((line, i) => ({ line, i })).filter((x) => x.line.tier === 'ordinary');
  const total = ordinary.reduce((s, x) => s + BigInt(x.line.owed), 0n);
  const pool = ordinary.reduce((s, x) => s + BigInt(x.line.paid), 0n);
  for (const { line, i } of ordinary) {
    const gap = BigInt(line.paid) * total - pool * BigInt(line.owed);
    if (gap >= total || -gap >= total) {
      throw invalidField(
        `lines.${i}.paidFen`,
        '与按比例受偿的数额不符：普通债权按照其占全部普通债权数额的比例受偿',
        'is not the pro-rata share: ordinary claims share in proportion to their amounts',
      );
    }
  }
}

/** The sum of `values` in fen, checked to stay a safe integer so it prints exactly. */
function total(values: readonly number[], field: string): number {
  const sum = values.reduce((s, v) => s + BigInt(v), 0n);
  if (sum > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidField(field, '合计金额过大', 'the total is too large');
  return Number(sum);
}

/** 民诉法解释 art. 508 / art. 514: the payment order stated in the plan, with its article. */
function orderText(rule: DebtorKindRule): string {
  return rule.ordinary === 'proportion'
    ? `依照${CPL_INTERPRETATION}第五百零八条的规定，执行所得价款扣除执行费用，并清偿应当优先受偿的债权后，对于普通债权，按照其占全部申请参与分配债权数额的比例受偿。`
    : `依照${CPL_INTERPRETATION}第五百一十四条的规定，执行所得价款在扣除执行费用及清偿优先受偿的债权后，对于普通债权，按照财产保全和执行中查封、扣押、冻结财产的先后顺序清偿。`;
}

const PLAN_COLUMNS: CourtTable['columns'] = [
  { heading: '序号', widthMm: 10 },
  { heading: '债权人', widthMm: 28 },
  { heading: '执行依据', widthMm: 33 },
  { heading: '顺位', widthMm: 22 },
  { heading: '债权金额（元）', widthMm: 21, figures: true },
  { heading: '分配金额（元）', widthMm: 21, figures: true },
  { heading: '未受偿金额（元）', widthMm: 21, figures: true },
];

/** 顺位 as the table prints it: 执行费用, 优先受偿：抵押权（…）, 普通债权. */
function tierCell(line: CheckedLine): string {
  return line.priorityNote === null ? TIER_RULES[line.tier].zh : `${TIER_RULES[line.tier].zh}：${line.priorityNote}`;
}

function planTable(lines: readonly CheckedLine[], totals: { owed: number; paid: number; short: number }): CourtTable {
  return {
    columns: PLAN_COLUMNS,
    rows: [
      ...lines.map((l, i) => [String(i + 1), l.creditor, l.basis ?? '—', tierCell(l), yuanFigures(l.owed), yuanFigures(l.paid), yuanFigures(l.owed - l.paid)]),
      [{ text: '合计', columnSpan: 4 }, yuanFigures(totals.owed), yuanFigures(totals.paid), yuanFigures(totals.short)],
    ],
  };
}

/**
 * The objection notice and what follows it. 民诉法解释 art. 509 (参与分配) or 执行程序解释 art. 17
 * (several creditors enforcing against an enterprise): objections in writing within 15 days of
 * receipt. Art. 510 / art. 18: the others are notified and may oppose within 15 days; without
 * opposition the plan is revised as the objector asks; with it the objector may sue the opposing
 * parties within 15 days, else the plan stands; money in dispute is lodged while the suit runs.
 */
function objectionNotices(rule: DebtorKindRule): string[] {
  const [rules, objection, followUp] =
    rule.ordinary === 'proportion' ? [CPL_INTERPRETATION, '第五百零九条', '第五百一十条'] : [ENFORCEMENT_PROCEDURE_INTERPRETATION, '第十七条', '第十八条'];
  return [
    `债权人或者被执行人对本分配方案有异议的，应当依照${rules}${objection}的规定，自收到本分配方案之日起十五日内向本院提出书面异议。`,
    `依照${rules}${followUp}的规定，债权人或者被执行人提出书面异议的，本院将通知未提出异议的债权人、被执行人。未提出异议的债权人、被执行人自收到通知之日起十五日内未提出反对意见的，本院依异议人的意见对分配方案审查修正后进行分配；提出反对意见的，本院将通知异议人，异议人可以自收到通知之日起十五日内，以提出反对意见的债权人、被执行人为被告，向本院提起诉讼；异议人逾期未提起诉讼的，本院按照本分配方案进行分配。诉讼期间进行分配的，本院将提存与争议债权数额相应的款项。`,
  ];
}

/** Builds the distribution plan as a .docx file. */
export async function buildDistributionPlanDocx(input: DistributionPlanInput): Promise<Buffer> {
  const name = requireText(input.debtor.name, 'debtor.name');
  const caseNumber = requireText(input.caseNumber, 'caseNumber');
  const proceedsSource = requireText(input.proceedsSource, 'proceedsSource');
  const legalBasis = requireText(input.legalBasis, 'legalBasis');
  const rule = checkDebtorKind(input);
  const amount = requireWholeNumber(input.amountFen, 1, Number.MAX_SAFE_INTEGER, 'amountFen');
  const surplus = requireWholeNumber(input.surplusFen, 0, Number.MAX_SAFE_INTEGER, 'surplusFen');
  const lines = requireSome(input.lines, 'lines').map(checkLine);
  if (!lines.some((l) => l.tier !== 'costs')) throw invalidField('lines', '至少需要一项债权', 'needs at least one claim besides the costs');
  checkOrder(lines);

  // Every fen of the proceeds is either paid out on a line or returned: none made, none lost.
  const paid = total(lines.map((l) => l.paid), 'lines');
  if (paid + surplus !== amount) {
    throw invalidField(
      'amountFen',
      `各项分配金额合计 ${yuanFigures(paid)} 元加退还被执行人 ${yuanFigures(surplus)} 元为 ${yuanFigures(paid + surplus)} 元，与执行所得价款 ${yuanFigures(amount)} 元不符`,
      `the lines pay ${yuanFigures(paid)} yuan and ${yuanFigures(surplus)} yuan goes back to the debtor, ${yuanFigures(paid + surplus)} yuan in all, not the ${yuanFigures(amount)} yuan distributed`,
    );
  }
  const owed = total(lines.map((l) => l.owed), 'lines');
  const short = owed - paid;
  // The debtor gets back only what is left once every line is paid in full (domain `surplus`).
  if (surplus > 0 && short > 0) {
    throw invalidField('surplusFen', '尚有债权未足额受偿，不能退还被执行人', 'nothing goes back to the debtor while a line is not paid in full');
  }
  if (rule.ordinary === 'proportion') checkProportion(lines);

  const creditors = [...new Set(lines.filter((l) => l.tier !== 'costs').map((l) => l.creditor))].join('、');
  const items = [
    `可供分配的执行所得价款为${yuanAmountText(amount)}。`,
    orderText(rule),
    '各项债权的分配情况如下表：',
  ];
  const closing = [
    `以上共分配${yuanAmountText(paid)}${short > 0 ? `；尚未受偿的债权共计${yuanAmountText(short)}` : '，各项债权均已足额受偿'}。`,
    ...(surplus > 0 ? [`清偿上述全部债权后剩余${yuanAmountText(surplus, 'surplusFen')}，退还被执行人${name}。`] : []),
    // 民诉法解释 art. 508, second sentence: the unpaid balance is still owed.
    ...(short > 0 ? [`清偿后的剩余债务，被执行人${name}应当继续清偿。债权人发现被执行人有其他财产的，可以随时请求人民法院执行。`] : []),
  ];
  const numbered = (texts: readonly string[], from: number): string[] => texts.map((t, i) => `${chineseNumber(from + i)}、${t}`);

  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '财产分配方案',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    paragraphs: [
      ...debtorBlock(input.debtor),
      `本院在执行${caseNumber}案件中，${proceedsSource}共计${yuanAmountText(amount)}。`,
      rule.ordinary === 'proportion'
        ? `债权人${creditors}对被执行人${name}申请执行或者对上述执行财产申请参与分配。`
        : // 民诉法解释 art. 514 applies only when the case does not go to bankruptcy (arts. 511–513).
          `债权人${creditors}对被执行人${name}申请执行。被执行人${name}为企业法人，当事人不同意移送破产或者被执行人住所地人民法院不受理破产案件。`,
      `依照${legalBasis}之规定，本院制作财产分配方案如下：`,
      ...numbered(items, 1),
      planTable(lines, { owed, paid, short }),
      ...numbered(closing, items.length + 1),
      ...objectionNotices(rule),
    ],
  });
}
