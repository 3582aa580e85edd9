import { z } from 'zod';
import { defineRoute } from '../route.js';
import { zAgencyView } from './register-agency.js';

export const listAgenciesRoute = defineRoute({
  operationId: 'listAgencies',
  method: 'GET',
  path: '/api/v1/agencies',
  summary: 'Registered agencies (keys are never shown again)',
  tags: ['agencies'],
  access: { roles: ['admin', 'bureau_chief', 'president', 'city_supervisor'] },
  response: { 200: z.object({ items: z.array(zAgencyView) }) },
});
