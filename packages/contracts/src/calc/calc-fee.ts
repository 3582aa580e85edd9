import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zYuan } from '../common.js';

export const zFeeResult = z.object({
  amount: z.string().nullable(),
  fee: z.string().nullable(),
  min: z.string().optional(),
  max: z.string().optional(),
  bands: z.array(z.object({ from: z.string(), to: z.string().nullable(), rate: z.string(), part: z.string(), fee: z.string() })),
  legalBasis: z.string(),
});
export type FeeResult = z.infer<typeof zFeeResult>;

export const calcFeeRoute = defineRoute({
  operationId: 'calcFee',
  method: 'GET',
  path: '/api/v1/calc/fee',
  summary: 'Enforcement application fee (诉讼费用交纳办法 art. 14); without amount the 50–500 range',
  tags: ['calculators'],
  access: { roles: '*' },
  querystring: z.object({ amount: zYuan.optional() }),
  response: { 200: zFeeResult },
});
