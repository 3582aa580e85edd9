import { z } from 'zod';
import { LISTING_GROUNDS } from '@zhixing/domain';
import { defineRoute } from '../route.js';
import { zCivilDate } from '../common.js';

/** Who is looked up on a public list: a person by exact name + part of the ID number, or an organisation by credit code. */
export const zPublicListQuery = z
  .object({
    name: z.string().trim().min(2).max(100).optional(),
    idFragment: z
      .string()
      .trim()
      .regex(/^[0-9Xx]{4,18}$/, { message: '证件号码片段须为4至18位数字或X / the ID fragment must be 4–18 digits or X' })
      .optional()
      .meta({ description: 'At least 4 consecutive characters of the ID number (e.g. the last 4)' }),
    creditCode: z.string().trim().length(18).optional(),
  })
  .refine((q) => q.creditCode !== undefined || (q.name !== undefined && q.idFragment !== undefined), {
    message: '请输入姓名和证件号码片段，或统一社会信用代码 / give a name and an ID fragment, or a credit code',
  });

export const searchDishonestListRoute = defineRoute({
  operationId: 'searchDishonestList',
  method: 'GET',
  path: '/api/public/v1/dishonest-list',
  summary: 'Public search of the dishonest-debtor list: a person by exact name plus part of the ID number, or an organisation by credit code; masked, at most 20 rows',
  tags: ['public'],
  access: 'public',
  querystring: zPublicListQuery,
  response: {
    200: z.object({
      items: z.array(
        z.object({
          name: z.string(),
          kind: z.enum(['person', 'organisation']),
          idMasked: z.string(),
          legalRepresentative: z.string().nullable(),
          courtName: z.string(),
          caseNumber: z.string(),
          ground: z.enum(LISTING_GROUNDS),
          groundLabel: z.string(),
          publishedOn: zCivilDate,
        }),
      ),
    }),
  },
});
