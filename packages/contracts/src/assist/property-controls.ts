/**
 * Property controls (控制措施) in the staff API (issue 4, ADR 0010): the over-seizure guard's verdict
 * before an order (民事诉讼法 (2023) art. 253 ¶1, 查封规定 art. 19), the order itself with its ruling
 * and notice of assistance, the acts on a control in force (release, renew, deduct), the case's
 * controls with the excess to release, its documents, and the court's expiry calendar. Money is
 * integer fen.
 */
import { z } from 'zod';
import { CONTROL_ACTS, OVER_SEIZURE_OVERRIDES, PROPERTY_KIND_LIST, type OverSeizureOverride, type PropertyKind } from '@zhixing/domain';
import { defineRoute, CASE_READER_ROLES } from '../route.js';
import { zCivilDate, zIdParams, zUuid } from '../common.js';

const zFen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const zPositiveFen = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Amount in fen (1/100 yuan), a whole number' });
const OVERRIDE_GROUNDS = Object.keys(OVER_SEIZURE_OVERRIDES) as [OverSeizureOverride, ...OverSeizureOverride[]];

/** Who may order controls, and who may record an override of the guard (an authorised officer: the judge in charge or above). */
export const CONTROL_ORDER_ROLES = ['judge', 'officer'] as const;
export const CONTROL_OVERRIDE_ROLES = ['judge'] as const;

export const zControlOrderBody = z.strictObject({
  propertyId: zUuid.meta({ description: 'A property record the case\'s inquiry found' }),
  amountFen: zPositiveFen.optional().meta({ description: 'Divisible property (deposits, funds, shares): the amount to hold; absent = what the guard allows' }),
  termMonths: z.number().int().min(1).max(36).optional().meta({ description: 'Absent = the longest lawful term (民诉法解释 art. 485)' }),
  override: z
    .strictObject({
      ground: z.enum(OVERRIDE_GROUNDS),
      note: z.string().trim().min(5).max(1000).meta({ description: 'Why: what makes the item indivisible and why there is no other property (recorded in the case history)' }),
    })
    .optional()
    .meta({ description: 'Only to hold more than the guard allows (查封规定 art. 19); judges only' }),
});

export const zControlTermView = z.object({
  months: z.number().int(),
  startsOn: zCivilDate,
  expiresOn: zCivilDate,
  renewBy: zCivilDate,
  remindOn: z.array(zCivilDate),
});

export const zGuardView = z.object({
  verdict: z.enum(['within', 'reduce', 'exceeds']),
  reason: z.enum(['alreadyCovered', 'clearlyExceeds']).nullable(),
  outstandingFen: zFen.meta({ description: 'Claim and enforcement fee still owed (查封规定 art. 19)' }),
  coveredFen: zFen.meta({ description: 'What the case\'s controls in force already hold' }),
  neededFen: zFen,
  proposedFen: zFen.meta({ description: 'What this order would hold, valued for this case' }),
  allowedFen: zFen.nullable().meta({ description: 'reduce: the most a divisible item may be held for' }),
  excessFen: zFen.nullable(),
  overrides: z.array(z.enum(OVERRIDE_GROUNDS)).meta({ description: 'The lawful overrides that could justify an exceeding order' }),
});

export const zControlPreview = z.object({
  propertyId: zUuid,
  act: z.enum(CONTROL_ACTS),
  divisible: z.boolean(),
  guard: zGuardView,
  term: zControlTermView,
  /** Whether the order can be submitted as it stands (without an override). */
  allowed: z.boolean(),
  /** Problems that stop the order whatever the guard says (no controlling institution, property not controllable…). */
  problems: z.array(z.object({ code: z.string(), messageZh: z.string(), messageEn: z.string() })),
});

export const previewControlRoute = defineRoute({
  operationId: 'previewControl',
  method: 'POST',
  path: '/api/v1/cases/:id/controls/preview',
  summary: 'What an order on this property would hold, the over-seizure guard\'s verdict and the term — before anything is ordered',
  tags: ['property control'],
  access: { roles: CONTROL_ORDER_ROLES },
  params: zIdParams,
  body: zControlOrderBody.omit({ override: true }),
  response: { 200: zControlPreview },
});

export const CONTROL_STATES = ['requested', 'inEffect', 'waiting', 'refused', 'failed', 'released', 'lapsed', 'exhausted'] as const;
export const CONTROL_PENDING_ACTS = ['release', 'renew', 'deduct'] as const;

export const zCaseControl = z.object({
  id: zUuid,
  propertyId: zUuid,
  propertyKind: z.enum(PROPERTY_KIND_LIST as [PropertyKind, ...PropertyKind[]]),
  propertyDescription: z.string(),
  propertyRef: z.string(),
  institutionName: z.string(),
  act: z.enum(CONTROL_ACTS),
  state: z.enum(CONTROL_STATES),
  amountFen: zFen.nullable().meta({ description: 'Asked' }),
  heldFen: zFen.nullable().meta({ description: 'Confirmed by the institution' }),
  deductedFen: zFen,
  valueFen: zFen.meta({ description: 'What it is worth to this case (for the guard)' }),
  controlRef: z.string().nullable(),
  queueAhead: z.number().int().nullable(),
  termMonths: z.number().int(),
  startsOn: zCivilDate.nullable(),
  expiresOn: zCivilDate.nullable(),
  renewBy: zCivilDate.nullable(),
  daysToRenew: z.number().int().nullable().meta({ description: 'Calendar days from today to the renewal date (negative: past)' }),
  override: z.object({ ground: z.enum(OVERRIDE_GROUNDS), note: z.string() }).nullable(),
  rulingNumber: z.string(),
  pendingAct: z.enum(CONTROL_PENDING_ACTS).nullable(),
  orderedAt: z.iso.datetime(),
});

export const zCaseDocument = z.object({
  id: zUuid,
  kind: z.enum(['controlRuling', 'assistanceNotice', 'distributionPlan']),
  number: z.string(),
  title: z.string(),
  issuedOn: zCivilDate,
  sha256: z.string(),
  controlId: zUuid.nullable(),
});

export const orderControlRoute = defineRoute({
  operationId: 'orderControl',
  method: 'POST',
  path: '/api/v1/cases/:id/controls',
  summary: 'Order a freeze, seal or impound of one item of property: the ruling and notice are issued and the signed request queued to the institution',
  description:
    'Refused with 422 `RULE_VIOLATION` (`details.rule` `CONTROL_OVER_SEIZURE`, `CONTROL_REDUCE`) when the guard forbids it and no lawful override is recorded; an override is recorded by a judge only (403 otherwise).',
  tags: ['property control'],
  access: { roles: CONTROL_ORDER_ROLES },
  params: zIdParams,
  body: zControlOrderBody,
  response: { 201: zCaseControl },
});

export const zControlParams = z.object({ id: zUuid, controlId: zUuid });

export const zControlActBody = z.discriminatedUnion('act', [
  z.strictObject({ act: z.literal('release'), amountFen: zPositiveFen.optional().meta({ description: 'A divisible freeze: release only part' }), reason: z.string().trim().min(2).max(500) }),
  z.strictObject({ act: z.literal('renew'), termMonths: z.number().int().min(1).max(36).optional() }),
  z.strictObject({ act: z.literal('deduct'), amountFen: zPositiveFen }),
]);

export const actOnControlRoute = defineRoute({
  operationId: 'actOnControl',
  method: 'POST',
  path: '/api/v1/cases/:id/controls/:controlId/acts',
  summary: 'Release (whole or part), renew or deduct a control in force: the ruling and notice are issued and the request queued',
  tags: ['property control'],
  access: { roles: CONTROL_ORDER_ROLES },
  params: zControlParams,
  body: zControlActBody,
  response: { 202: zCaseControl },
});

export const listCaseControlsRoute = defineRoute({
  operationId: 'listCaseControls',
  method: 'GET',
  path: '/api/v1/cases/:id/controls',
  summary: 'The case\'s controls, what they hold against what is owed, the excess to release (查封规定 art. 19 ¶2) and the documents issued',
  tags: ['property control'],
  access: { roles: CASE_READER_ROLES },
  params: zIdParams,
  response: {
    200: z.object({
      outstandingFen: zFen,
      coveredFen: zFen,
      excess: z.array(z.object({ controlId: zUuid, release: z.enum(['whole', 'part']), amountFen: zFen.nullable() })),
      controls: z.array(zCaseControl),
      documents: z.array(zCaseDocument),
    }),
  },
});

export const downloadCaseDocumentRoute = defineRoute({
  operationId: 'downloadCaseDocument',
  method: 'GET',
  path: '/api/v1/cases/:id/documents/:documentId',
  summary: 'A ruling or notice of assistance as issued (.docx, byte for byte the file whose hash the request carried)',
  tags: ['property control'],
  access: { roles: CASE_READER_ROLES },
  params: z.object({ id: zUuid, documentId: zUuid }),
  response: { 200: z.any().meta({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }) },
});

export const listExpiringControlsRoute = defineRoute({
  operationId: 'listExpiringControls',
  method: 'GET',
  path: '/api/v1/controls/expiring',
  summary: 'The seizure expiry calendar: controls in force in the courts in scope whose term ends in the window (default the next 60 days, at most 366)',
  tags: ['property control'],
  access: { roles: CASE_READER_ROLES },
  querystring: z.strictObject({ from: zCivilDate.optional(), to: zCivilDate.optional() }),
  response: {
    200: z.object({
      from: zCivilDate,
      to: zCivilDate,
      controls: z.array(
        z.object({
          id: zUuid,
          caseId: zUuid,
          caseNumber: z.string(),
          act: z.enum(CONTROL_ACTS),
          propertyKind: z.enum(PROPERTY_KIND_LIST as [PropertyKind, ...PropertyKind[]]),
          propertyDescription: z.string(),
          institutionName: z.string(),
          heldFen: zFen.nullable(),
          expiresOn: zCivilDate,
          renewBy: zCivilDate,
          daysToRenew: z.number().int(),
          pendingAct: z.enum(CONTROL_PENDING_ACTS).nullable(),
        }),
      ),
    }),
  },
});
