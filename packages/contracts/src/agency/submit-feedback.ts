import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';
import { zCheckSubject, zScenario } from './agency-schemas.js';

export const submitFeedbackRoute = defineRoute({
  operationId: 'submitFeedback',
  method: 'POST',
  path: '/api/agency/v1/feedback',
  summary: 'Report an interception ("blocked X for scenario Y at time T") or claim a false positive; idempotent per key',
  tags: ['agency'],
  access: { agencyScope: 'feedback' },
  body: z.object({
    idempotencyKey: z.string().trim().min(8).max(100),
    kind: z.enum(['intercepted', 'falsePositive']),
    scenario: zScenario,
    subject: zCheckSubject,
    occurredAt: z.iso.datetime({ offset: true }),
    measureId: z.number().int().positive().nullable().default(null),
    note: z.string().trim().max(2000).default(''),
  }),
  response: {
    201: z.object({ id: zUuid, receivedAt: z.iso.datetime(), caseNumber: z.string().nullable(), courtId: z.string().nullable(), duplicate: z.boolean() }),
  },
});
