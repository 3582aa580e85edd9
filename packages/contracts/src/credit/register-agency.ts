import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zUuid } from '../common.js';
import { zScenario } from '../agency/agency-schemas.js';
import { AGENCY_SCOPES } from '../agency/agency-scopes.js';

export const AGENCY_CATEGORIES = ['airline', 'railway', 'shipping', 'civilService', 'subsidyOffice', 'biddingPlatform', 'marketRegulator', 'bank', 'creditReporting', 'exitEntry', 'hotelAndTravel', 'realEstateRegistry', 'vehicleRegistry', 'education', 'insurance', 'other'] as const;

export const zAgencyView = z.object({
  id: zUuid,
  name: z.string(),
  category: z.enum(AGENCY_CATEGORIES),
  scenarios: z.array(zScenario),
  scopes: z.array(z.enum(AGENCY_SCOPES)),
  keyPrefix: z.string(),
  rateLimitPerMinute: z.number().int(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});

export const registerAgencyRoute = defineRoute({
  operationId: 'registerAgency',
  method: 'POST',
  path: '/api/v1/agencies',
  summary: 'Register a credit-discipline agency with the scenarios it may check; its API key is shown once',
  tags: ['agencies'],
  access: { roles: ['admin'] },
  body: z.object({
    name: z.string().trim().min(2).max(200),
    category: z.enum(AGENCY_CATEGORIES),
    scenarios: z.array(zScenario).min(1).max(50),
    scopes: z.array(z.enum(AGENCY_SCOPES)).min(1),
    rateLimitPerMinute: z.number().int().min(1).max(10_000_000).default(60_000),
  }),
  response: { 201: zAgencyView.extend({ apiKey: z.string().meta({ description: 'Bearer key; shown only now, stored as a hash' }) }) },
});
