import { z } from 'zod';
import { AUCTION_PROPERTY_KINDS } from '@zhixing/domain';

// The notice period of an auction (domain public-notices.ts), for the console to preview the earliest opening day.
export { auctionNoticeDays } from '@zhixing/domain';
import { CASE_READER_ROLES, defineRoute } from '../route.js';
import { zCivilDate, zIdParams, zUuid, zYuan } from '../common.js';
import { zPublicNotice } from '../public/notices.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const zPublishNoticeRequest = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('reward'),
      debtorPartyId: zUuid,
      /** 财产调查规定 art. 21: on the applicant's written application, received this day. */
      applicationReceivedOn: zCivilDate,
      terms: z.discriminatedUnion('kind', [z.object({ kind: z.literal('fixed'), amount: zYuan }), z.object({ kind: z.literal('percent'), percent: z.number().int() })]),
      conditions: text(2000).meta({ example: '提供本院尚未掌握的被执行人财产线索，使申请执行人的债权全部或部分实现的' }),
      endsOn: zCivilDate.optional(),
    }),
    z.object({
      kind: z.literal('auction'),
      debtorPartyId: zUuid,
      propertyKind: z.enum(AUCTION_PROPERTY_KINDS),
      round: z.union([z.literal(1), z.literal(2)]).default(1),
      description: text(2000),
      valuation: zYuan,
      startingPrice: zYuan,
      previousStartingPrice: zYuan.optional(),
      deposit: zYuan,
      startsAt: z.iso.datetime({ offset: true }),
      endsAt: z.iso.datetime({ offset: true }),
      platform: text(100).meta({ example: '人民法院诉讼资产网' }),
    }),
  ])
  .meta({ id: 'PublishNoticeRequest' });
export type PublishNoticeRequest = z.infer<typeof zPublishNoticeRequest>;

/** A notice as staff see it: the public view, plus whether and why it was withdrawn. */
export const zCaseNotice = zPublicNotice.extend({ withdrawnAt: z.iso.datetime({ offset: true }).nullable(), withdrawnReason: z.string().nullable() }).meta({ id: 'CaseNotice' });
export type CaseNotice = z.infer<typeof zCaseNotice>;

export const publishNoticeRoute = defineRoute({
  operationId: 'publishNotice',
  method: 'POST',
  path: '/api/v1/cases/:id/notices',
  summary: 'Publish a reward notice (悬赏公告) or an online auction notice (拍卖公告) on the portal',
  description: 'Checked first: a reward needs the applicant\'s application and positive terms (财产调查规定 arts. 21–22); an auction its starting price ≥ 70 % of the valuation, a 5–20 % deposit, ≥ 24 h of bidding and 15 / 30 days of notice (7 / 15 for a re-auction, cut ≤ 20 %) (网络司法拍卖规定 arts. 10, 12, 17, 20, 26). 422 RULE_VIOLATION names the rule.',
  tags: ['cases'],
  access: { roles: ['judge', 'officer'] },
  params: zIdParams,
  body: zPublishNoticeRequest,
  response: { 201: zCaseNotice },
});

export const withdrawNoticeRoute = defineRoute({
  operationId: 'withdrawNotice',
  method: 'POST',
  path: '/api/v1/cases/:id/notices/:noticeId/withdrawal',
  summary: 'Withdraw a notice from the portal (it disappears at once), with the reason',
  tags: ['cases'],
  access: { roles: ['judge', 'officer', 'bureau_chief', 'president'] },
  params: z.object({ id: zUuid, noticeId: zUuid }),
  body: z.object({ reason: text(500) }),
  response: { 200: zCaseNotice },
});

export const listCaseNoticesRoute = defineRoute({
  operationId: 'listCaseNotices',
  method: 'GET',
  path: '/api/v1/cases/:id/notices',
  summary: 'The case\'s reward and auction notices, withdrawn ones included',
  tags: ['cases'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: { 200: z.object({ items: z.array(zCaseNotice) }).meta({ id: 'CaseNotices' }) },
});
