/**
 * Notices the court publishes on the portal (issue 5): reward notices (悬赏公告) and online judicial
 * auction notices (拍卖公告), each checked against its rules before it goes out.
 *
 * Reward (最高人民法院关于民事执行中财产调查若干问题的规定 arts. 21–22): only on the applicant's
 * written application, decided within 10 days of receiving it; the notice states the reward's amount or
 * its method of calculation and the conditions for claiming it.
 *
 * Auction (最高人民法院关于人民法院网络司法拍卖若干问题的规定):
 * - art. 10: the starting price is at least 70 % of the valuation;
 * - art. 12: the notice goes out at least 15 days before the auction for movables, 30 days for real
 *   estate and other property rights;
 * - art. 17: the deposit is 5 %–20 % of the starting price;
 * - art. 20: bidding lasts at least 24 hours;
 * - art. 26: a re-auction after a failed one (流拍) needs 7 / 15 days' notice, and its starting price may
 *   be at most 20 % below the previous one.
 */
import { addDays, compareCivil, type CivilDate } from '../civil-date.js';
import { fail, ok, type DomainProblem, type Result } from '../domain-error.js';

export const NOTICE_KINDS = ['reward', 'auction'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const AUCTION_PROPERTY_KINDS = ['movable', 'realEstate', 'otherRight'] as const;
export type AuctionPropertyKind = (typeof AUCTION_PROPERTY_KINDS)[number];

/** The court decides on a reward application within 10 days (财产调查规定 art. 21). */
export const REWARD_DECISION_DAYS = 10;

export type RewardTerms = { kind: 'fixed'; fen: number } | { kind: 'percent'; percent: number };

const problem = (code: string, messageZh: string, messageEn: string, details: Record<string, unknown>): DomainProblem => ({ code, messageZh, messageEn, details });

/** The reward notice's terms, or why they cannot be published. */
export function checkRewardNotice(input: { terms: RewardTerms; applicationReceivedOn: CivilDate; publishOn: CivilDate }): Result<{ decideBy: CivilDate }> {
  if (compareCivil(input.applicationReceivedOn, input.publishOn) > 0) {
    return fail(problem('REWARD_APPLICATION_DATE', '收到悬赏申请的日期不能晚于发布日', 'The reward application cannot be received after the publication day', { field: 'applicationReceivedOn' }));
  }
  const t = input.terms;
  if (t.kind === 'fixed' ? !(Number.isSafeInteger(t.fen) && t.fen > 0) : !(Number.isInteger(t.percent) && t.percent >= 1 && t.percent <= 50)) {
    return fail(problem('REWARD_TERMS', '悬赏金应为正数金额，或执行到位款的1%至50%', 'The reward must be a positive amount, or 1–50 % of what is recovered', { legalBasis: '财产调查规定第二十二条' }));
  }
  return ok({ decideBy: addDays(input.applicationReceivedOn, REWARD_DECISION_DAYS) });
}

export interface AuctionInput {
  propertyKind: AuctionPropertyKind;
  round: 1 | 2;
  valuationFen: number;
  startingPriceFen: number;
  /** The first auction's starting price, for a re-auction. */
  previousStartingPriceFen?: number | null;
  depositFen: number;
  /** Bidding opens and closes (ISO instants). */
  startsAt: string;
  endsAt: string;
}

/** The days of notice before the auction (art. 12; art. 26 for a re-auction). */
export function auctionNoticeDays(kind: AuctionPropertyKind, round: 1 | 2): number {
  if (round === 1) return kind === 'movable' ? 15 : 30;
  return kind === 'movable' ? 7 : 15;
}

/** The auction notice's terms, or the first rule they break (with its article). */
export function checkAuctionNotice(input: AuctionInput, publishOn: CivilDate, startsOn: CivilDate): Result<{ earliestStart: CivilDate }> {
  for (const [field, value] of [['valuationFen', input.valuationFen], ['startingPriceFen', input.startingPriceFen], ['depositFen', input.depositFen]] as const) {
    if (!Number.isSafeInteger(value) || value <= 0) return fail(problem('AUCTION_AMOUNT', '金额须为正数', 'Amounts must be positive', { field }));
  }
  if (input.startingPriceFen * 10 < input.valuationFen * 7) {
    return fail(problem('AUCTION_STARTING_PRICE', '起拍价不得低于评估价的百分之七十', 'The starting price may not be below 70 % of the valuation', { field: 'startingPriceFen', legalBasis: '网络司法拍卖规定第十条' }));
  }
  if (input.round === 2) {
    const previous = input.previousStartingPriceFen ?? 0;
    if (!Number.isSafeInteger(previous) || previous <= 0) return fail(problem('AUCTION_PREVIOUS_PRICE', '再次拍卖须填写上次起拍价', 'A re-auction needs the previous starting price', { field: 'previousStartingPriceFen' }));
    if (input.startingPriceFen * 10 < previous * 8) {
      return fail(problem('AUCTION_REDUCTION', '再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十', 'A re-auction may lower the starting price by at most 20 % of the previous one', { field: 'startingPriceFen', legalBasis: '网络司法拍卖规定第二十六条' }));
    }
  }
  if (input.depositFen * 20 < input.startingPriceFen || input.depositFen * 5 > input.startingPriceFen) {
    return fail(problem('AUCTION_DEPOSIT', '保证金应为起拍价的百分之五至百分之二十', 'The deposit must be 5–20 % of the starting price', { field: 'depositFen', legalBasis: '网络司法拍卖规定第十七条' }));
  }
  const starts = Date.parse(input.startsAt);
  const ends = Date.parse(input.endsAt);
  if (!Number.isFinite(starts) || !Number.isFinite(ends) || ends - starts < 24 * 3600_000) {
    return fail(problem('AUCTION_BIDDING_PERIOD', '竞价时间不得少于二十四小时', 'Bidding must last at least 24 hours', { field: 'endsAt', legalBasis: '网络司法拍卖规定第二十条' }));
  }
  const days = auctionNoticeDays(input.propertyKind, input.round);
  // "应当在拍卖十五日前公告": the auction day is at least that many days after the notice day (a
  // minimum lead time, not a deadline, so a rest day does not move it).
  const earliestStart = addDays(publishOn, days);
  if (compareCivil(startsOn, earliestStart) < 0) {
    return fail(problem('AUCTION_NOTICE_PERIOD', `${input.propertyKind === 'movable' ? '动产' : '不动产及其他财产权'}${input.round === 2 ? '再次' : ''}拍卖应当在拍卖${days}日前公告，最早可于${earliestStart}开拍`, `The notice must precede the auction by ${days} days: bidding can open on ${earliestStart} at the earliest`, { field: 'startsAt', earliestStart, legalBasis: input.round === 2 ? '网络司法拍卖规定第二十六条' : '网络司法拍卖规定第十二条' }));
  }
  return ok({ earliestStart });
}
