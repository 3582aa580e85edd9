import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { auctionNoticeDays, checkAuctionNotice, checkRewardNotice, type AuctionInput } from './public-notices.js';

describe('reward notices (财产调查规定 arts. 21–22)', () => {
  it('takes a fixed amount or a share of what is recovered, decided within 10 days of the application', () => {
    assert.deepEqual(checkRewardNotice({ terms: { kind: 'fixed', fen: 500_000 }, applicationReceivedOn: '2026-11-20', publishOn: '2026-11-30' }), { ok: true, value: { decideBy: '2026-11-30' } });
    assert.equal(checkRewardNotice({ terms: { kind: 'percent', percent: 10 }, applicationReceivedOn: '2026-11-30', publishOn: '2026-11-30' }).ok, true);
  });
  const bad: Array<[string, Parameters<typeof checkRewardNotice>[0], string]> = [
    ['zero reward', { terms: { kind: 'fixed', fen: 0 }, applicationReceivedOn: '2026-11-30', publishOn: '2026-11-30' }, 'REWARD_TERMS'],
    ['fractional fen', { terms: { kind: 'fixed', fen: 1.5 }, applicationReceivedOn: '2026-11-30', publishOn: '2026-11-30' }, 'REWARD_TERMS'],
    ['60 %', { terms: { kind: 'percent', percent: 60 }, applicationReceivedOn: '2026-11-30', publishOn: '2026-11-30' }, 'REWARD_TERMS'],
    ['0 %', { terms: { kind: 'percent', percent: 0 }, applicationReceivedOn: '2026-11-30', publishOn: '2026-11-30' }, 'REWARD_TERMS'],
    ['an application from the future', { terms: { kind: 'fixed', fen: 100 }, applicationReceivedOn: '2026-12-01', publishOn: '2026-11-30' }, 'REWARD_APPLICATION_DATE'],
  ];
  for (const [name, input, code] of bad) {
    it(`refuses ${name}`, () => {
      const r = checkRewardNotice(input);
      assert.equal(r.ok ? null : r.error.code, code);
    });
  }
});

describe('auction notices (网络司法拍卖规定)', () => {
  const house: AuctionInput = { propertyKind: 'realEstate', round: 1, valuationFen: 100_000_000, startingPriceFen: 70_000_000, depositFen: 7_000_000, startsAt: '2026-12-30T02:00:00Z', endsAt: '2026-12-31T02:00:00Z' };
  it('gives 15 / 30 days of notice, 7 / 15 for a re-auction', () => {
    assert.deepEqual([auctionNoticeDays('movable', 1), auctionNoticeDays('realEstate', 1), auctionNoticeDays('otherRight', 1), auctionNoticeDays('movable', 2), auctionNoticeDays('realEstate', 2)], [15, 30, 30, 7, 15]);
  });
  it('publishes a house at 70 % of its valuation, 30 days ahead, with a 10 % deposit and 24 hours of bidding', () => {
    assert.deepEqual(checkAuctionNotice(house, '2026-11-30', '2026-12-30'), { ok: true, value: { earliestStart: '2026-12-30' } });
  });
  const table: Array<[string, Partial<AuctionInput>, string, string]> = [
    ['a starting price below 70 % (art. 10)', { startingPriceFen: 69_999_999 }, '2026-12-30', 'AUCTION_STARTING_PRICE'],
    ['a deposit under 5 % (art. 17)', { depositFen: 3_499_999 }, '2026-12-30', 'AUCTION_DEPOSIT'],
    ['a deposit over 20 % (art. 17)', { depositFen: 14_000_001 }, '2026-12-30', 'AUCTION_DEPOSIT'],
    ['bidding under 24 hours (art. 20)', { endsAt: '2026-12-31T01:59:59Z' }, '2026-12-30', 'AUCTION_BIDDING_PERIOD'],
    ['an unreadable time', { endsAt: 'soon' }, '2026-12-30', 'AUCTION_BIDDING_PERIOD'],
    ['29 days of notice for a house (art. 12)', {}, '2026-12-29', 'AUCTION_NOTICE_PERIOD'],
    ['a zero valuation', { valuationFen: 0 }, '2026-12-30', 'AUCTION_AMOUNT'],
    ['a re-auction without the previous price', { round: 2 }, '2026-12-30', 'AUCTION_PREVIOUS_PRICE'],
    ['a re-auction cut by more than 20 % (art. 26)', { round: 2, previousStartingPriceFen: 88_000_000 }, '2026-12-30', 'AUCTION_REDUCTION'],
  ];
  for (const [name, change, startsOn, code] of table) {
    it(`refuses ${name}`, () => {
      const r = checkAuctionNotice({ ...house, ...change }, '2026-11-30', startsOn);
      assert.equal(r.ok ? null : r.error.code, code);
    });
  }
  it('lets a re-auction of a car go 7 days after its notice, cut by exactly 20 %', () => {
    const car: AuctionInput = { propertyKind: 'movable', round: 2, valuationFen: 10_000_000, startingPriceFen: 7_200_000, previousStartingPriceFen: 9_000_000, depositFen: 720_000, startsAt: '2026-12-07T02:00:00Z', endsAt: '2026-12-08T02:00:00Z' };
    assert.equal(checkAuctionNotice(car, '2026-11-30', '2026-12-07').ok, true);
    const early = checkAuctionNotice(car, '2026-11-30', '2026-12-06');
    assert.equal(early.ok ? null : early.error.details?.['earliestStart'], '2026-12-07');
  });
});
