/**
 * 纳入失信被执行人名单决定书 (失信规定 art. 5: the decision states the ground and, where there is
 * one, the period; it is signed by the president and takes effect when made).
 */
import { compareCivil, isCivilDate, type CivilDate } from '@zhixing/domain';
import { invalidField } from '@zhixing/contracts';
import { chineseDate } from './chinese-date.js';
import { chineseNumber, decisionMarker, itemMarker } from './chinese-numerals.js';
import { renderCourtDocument } from './document-layout.js';
import type { CourtDecisionBase } from './document-types.js';
import { requireSome, requireText, requireWholeNumber } from './input-checks.js';
import { debtorBlock } from './party-lines.js';
import { DISHONEST_LIST_PLATFORM, DISHONEST_LIST_RULES, NEXT_HIGHER_COURT } from './statute-names.js';

/** One of the six grounds of 失信规定 art. 1. */
export interface ListingGroundText {
  /** The platform's code for the ground (kept for the caller; not printed). */
  readonly code: string;
  /** e.g. 有履行能力而拒不履行生效法律文书确定义务. */
  readonly zh: string;
  /** Item of art. 1 ¶1, 1–6. */
  readonly item: number;
}

export interface ListingDecisionInput extends CourtDecisionBase {
  readonly applicants: readonly string[];
  /** The title being enforced, e.g. 本院（2025）辽0202民初456号民事判决书. */
  readonly enforcementBasis: string;
  readonly ground: ListingGroundText;
  /** What the court found, one paragraph, printed as given. */
  readonly facts: string;
  /** 失信规定 art. 2: two years for items 2–6, extendable by one to three; null when none (item 1). */
  readonly periodYears: number | null;
  /** 善意文明执行意见 (法发〔2019〕35号) point 16: one to three months before publication; 0 for none. */
  readonly gracePeriodMonths: number;
  /** The day the listing is published (after the grace period, if any). */
  readonly publishOn: CivilDate;
  /** Citations only, e.g. 《中华人民共和国民事诉讼法》第二百六十六条、《…若干规定》第一条第（一）项. */
  readonly legalBasis: string;
  /** The president who signs (失信规定 art. 5). */
  readonly approvedBy: string;
  /** Hears a reconsideration of a rejected correction (art. 12); defaults to 上一级人民法院. */
  readonly higherCourtName?: string;
}

function checkPublishOn(input: ListingDecisionInput): void {
  if (!isCivilDate(input.publishOn)) throw invalidField('publishOn', `不是有效日期：${input.publishOn}`, `is not a valid date: ${input.publishOn}`);
  if (isCivilDate(input.decisionDate) && compareCivil(input.publishOn, input.decisionDate) < 0) {
    throw invalidField('publishOn', '不能早于决定日期', 'cannot be before the decision date');
  }
}

/** The decision items: listing (with its period), then publication (after any grace period). */
function decisionItems(input: ListingDecisionInput, name: string): string[] {
  const period = input.periodYears === null ? '' : `，纳入期限为${chineseNumber(requireWholeNumber(input.periodYears, 1, 5, 'periodYears'))}年`;
  const grace = requireWholeNumber(input.gracePeriodMonths, 0, 3, 'gracePeriodMonths');
  const publishOn = chineseDate(input.publishOn, 'publishOn');
  const publication =
    grace === 0
      ? `被执行人${name}的失信信息自${publishOn}起通过${DISHONEST_LIST_PLATFORM}向社会公布。`
      : `给予被执行人${name}${chineseNumber(grace)}个月宽限期，宽限期内暂不发布其失信信息；宽限期届满仍未履行生效法律文书确定的义务的，自${publishOn}起通过${DISHONEST_LIST_PLATFORM}向社会公布。`;
  return [`${decisionMarker(1)}将被执行人${name}纳入失信被执行人名单${period}。`, `${decisionMarker(2)}${publication}`];
}

/** 失信规定 art. 11–12: correction by the executing court, reconsideration one level up. */
function correctionNotice(higherCourtName: string | undefined): string {
  const higher = higherCourtName?.trim() || NEXT_HIGHER_COURT;
  return (
    `被执行人认为不应将其纳入失信被执行人名单、记载和公布的失信信息不准确或者失信信息应予删除的，可以依照${DISHONEST_LIST_RULES}第十一条、第十二条的规定，向本院书面申请纠正。` +
    `本院自收到书面纠正申请之日起十五日内审查，理由成立的，在三个工作日内纠正；理由不成立的，决定驳回。` +
    `对驳回决定不服的，可以自决定书送达之日起十日内向${higher}申请复议。复议期间，不停止原决定的执行。`
  );
}

/** Builds the listing decision as a .docx file. */
export async function buildListingDecisionDocx(input: ListingDecisionInput): Promise<Buffer> {
  const name = requireText(input.debtor.name, 'debtor.name');
  const applicants = requireSome(input.applicants, 'applicants').map((a, i) => requireText(a, `applicants.${i}`));
  const item = itemMarker(requireWholeNumber(input.ground.item, 1, 6, 'ground.item'), 'ground.item');
  checkPublishOn(input);
  return renderCourtDocument({
    courtName: requireText(input.courtName, 'courtName'),
    title: '决定书',
    documentNumber: requireText(input.documentNumber, 'documentNumber'),
    decisionDate: input.decisionDate,
    approvedBy: requireText(input.approvedBy, 'approvedBy'),
    paragraphs: [
      ...applicants.map((a) => `申请执行人：${a}。`),
      ...debtorBlock(input.debtor),
      `本院在执行${requireText(input.caseNumber, 'caseNumber')}申请执行人${applicants.join('、')}与被执行人${name}一案中，执行依据为${requireText(input.enforcementBasis, 'enforcementBasis')}。`,
      requireText(input.facts, 'facts'),
      `本院认为，被执行人${name}具有${DISHONEST_LIST_RULES}第一条第${item}项规定的“${requireText(input.ground.zh, 'ground.zh')}”情形，应当纳入失信被执行人名单。依照${requireText(input.legalBasis, 'legalBasis')}之规定，决定如下：`,
      ...decisionItems(input, name),
      '本决定自作出之日起生效。',
      correctionNotice(input.higherCourtName),
    ],
  });
}
