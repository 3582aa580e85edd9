import { z } from 'zod';
import { CLOSING_REASON_CODES, STAY_GROUNDS } from '@zhixing/domain';
import { zCivilDate, zClosingMethod, zUuid } from '../common.js';

const reason = z.string().trim().min(1).max(2000);

/** The statutory ground of a stay of enforcement (中止执行). */
export const zStayGround = z.enum(STAY_GROUNDS);

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
  z.object({
    type: z.literal('stay'),
    ground: reason.meta({ description: 'The reason the stay ruling states (free text)' }),
    since: zCivilDate,
    groundCode: zStayGround.optional().meta({
      description:
        'The statutory ground: applicantAgreesToDefer, thirdPartyObjection, partyDied, partyTerminated, otherCircumstances (民事诉讼法 art. 267 ¶1 items 1–5), trialSupervision (art. 217), bankruptcy (民诉法解释 art. 511). trialSupervision and bankruptcy give the dishonest listings a removal due date (失信规定 art. 10 ¶1 item 5). Optional for older clients: without it the ground is read from the text.',
    }),
  }),
  z.object({ type: z.literal('defer'), ground: reason, since: zCivilDate, until: zCivilDate }),
  z.object({ type: z.literal('resume'), on: zCivilDate }),
  z.object({ type: z.literal('requestExtension'), months: z.number().int().min(1).max(12), reason, requestedOn: zCivilDate }),
  z.object({ type: z.literal('approveExtension') }),
  z.object({ type: z.literal('rejectExtension'), reason }),
]);
export type CaseActionInput = z.infer<typeof zCaseAction>;
