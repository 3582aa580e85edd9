import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zCivilDate, zYuan } from '../common.js';

export const zInterestRequest = z.object({
  principal: zYuan,
  performanceDeadline: zCivilDate,
  until: zCivilDate,
  payments: z.array(z.object({ date: zCivilDate, amount: zYuan })).max(500).default([]),
});

export const zInterestResult = z.object({
  principal: z.string(),
  doubledInterest: z.string(),
  interestPaid: z.string(),
  outstandingInterest: z.string(),
  outstandingPrincipal: z.string(),
  overpaid: z.string(),
  totalDays: z.number().int(),
  segments: z.array(z.object({ from: zCivilDate, to: zCivilDate, days: z.number().int(), principal: z.string(), interest: z.string() })),
  legalBasis: z.string(),
});
export type InterestResult = z.infer<typeof zInterestResult>;

export const calcInterestRoute = defineRoute({
  operationId: 'calcInterest',
  method: 'POST',
  path: '/api/v1/calc/interest',
  summary: 'Doubled delayed-performance interest with partial payments (法释〔2014〕8号)',
  tags: ['calculators'],
  access: { roles: '*' },
  body: zInterestRequest,
  response: { 200: zInterestResult },
});
