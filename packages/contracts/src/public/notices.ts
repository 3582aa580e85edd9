import { z } from 'zod';
import { AUCTION_PROPERTY_KINDS, NOTICE_KINDS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate, zUuid, zYuan } from '../common.js';

export const zRewardTermsView = z.discriminatedUnion('kind', [z.object({ kind: z.literal('fixed'), amount: zYuan }), z.object({ kind: z.literal('percent'), percent: z.number().int() })]);

/** A notice as the public reads it: the debtor by name with the ID masked, the court, the terms. */
export const zPublicNotice = z
  .object({
    id: zUuid,
    kind: z.enum(NOTICE_KINDS),
    title: z.string(),
    court: z.object({ id: z.string(), name: z.string(), nameEn: z.string() }),
    caseNumber: z.string(),
    debtor: z.object({ name: z.string(), kind: z.enum(['person', 'organisation']), idMasked: z.string() }),
    publishOn: zCivilDate,
    endsOn: zCivilDate.nullable(),
    reward: z.object({ terms: zRewardTermsView, conditions: z.string() }).nullable(),
    auction: z
      .object({
        propertyKind: z.enum(AUCTION_PROPERTY_KINDS),
        round: z.union([z.literal(1), z.literal(2)]),
        description: z.string(),
        valuation: zYuan,
        startingPrice: zYuan,
        deposit: zYuan,
        startsAt: z.iso.datetime({ offset: true }),
        endsAt: z.iso.datetime({ offset: true }),
        platform: z.string(),
      })
      .nullable(),
    legalBasis: z.string(),
  })
  .meta({ id: 'PublicNotice' });
export type PublicNotice = z.infer<typeof zPublicNotice>;

export const listPublicNoticesRoute = defineRoute({
  operationId: 'listPublicNotices',
  method: 'GET',
  path: '/api/public/v1/notices',
  summary: 'Reward notices (悬赏公告) and auction notices (拍卖公告) in force, newest first',
  description: 'Published, not withdrawn, not past their end, and on a case still being enforced (a 终本 case included). 20 a page.',
  tags: ['public'],
  access: 'public',
  querystring: z.object({ kind: z.enum(NOTICE_KINDS).optional(), courtId: z.string().max(40).optional(), page: z.coerce.number().int().min(1).max(500).default(1) }),
  response: { 200: z.object({ items: z.array(zPublicNotice), page: z.number().int(), hasMore: z.boolean() }).meta({ id: 'PublicNotices' }) },
});
