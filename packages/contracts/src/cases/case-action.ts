import { z } from 'zod';
import { CLOSING_REASON_CODES } from '@zhixing/domain';
import { zCivilDate, zClosingMethod, zUuid } from '../common.js';

const reason = z.string().trim().min(1).max(2000);

/** The acts on a case (mirrors the domain's CaseAction; the domain decides whether each is lawful now). */
export const zCaseAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('assignHandler'), handlerId: zUuid }),
  z.object({ type: z.literal('serveNotice'), servedOn: zCivilDate }),
  z.object({ type: z.literal('startInvestigation') }),
  z.object({ type: z.literal('startDisposal'), reason }),
  z.object({ type: z.literal('startDisbursement') }),
  z.object({
    type: z.literal('close'),
    method: zClosingMethod,
    reason,
    on: zCivilDate,
    checklist: z
      .object({
        consumptionRestrictionIssued: z.boolean(),
        dishonestListingDecided: z.boolean(),
        investigationExhausted: z.boolean(),
        applicantInterviewed: z.boolean(),
        whereaboutsSearched: z.boolean(),
      })
      .partial()
      .optional(),
    reasonCode: z.enum(CLOSING_REASON_CODES).optional().meta({ description: 'limitationObjectionUpheld: the debtor\'s objection that the 2-year application period had run was upheld (民诉法解释 art. 481)' }),
  }),
  z.object({ type: z.literal('stay'), ground: reason, since: zCivilDate }),
  z.object({ type: z.literal('defer'), ground: reason, since: zCivilDate, until: zCivilDate }),
  z.object({ type: z.literal('resume'), on: zCivilDate }),
  z.object({ type: z.literal('requestExtension'), months: z.number().int().min(1).max(12), reason, requestedOn: zCivilDate }),
  z.object({ type: z.literal('approveExtension') }),
  z.object({ type: z.literal('rejectExtension'), reason }),
]);
export type CaseActionInput = z.infer<typeof zCaseAction>;
