/**
 * The assistance protocol between the courts and the institutions that inquire into and control a
 * debtor's property (点对点查控), version 1: JSON envelopes, every one signed (docs/assist-protocol.md).
 * - A control rests on a ruling and a notice of assistance (民事诉讼法 (2023) art. 253 ¶2); an
 *   inquiry on an electronic notice of assistance in inquiry (网络查询冻结规定 art. 3). The request
 *   names them, with the hash of each file.
 * - The officer is one whose credentials were registered with the institution beforehand (art. 2).
 * - The documents carry the court's electronic seal (art. 4): here the envelope's signature, by a
 *   key the institution holds for the court; replies are signed by the institution's key.
 * - A request carries an idempotency key, a reply the id of the request it answers. Money is
 *   integer fen, never a float.
 */
import { z } from 'zod';
import { INSTITUTION_ACTS, PROPERTY_KIND_LIST, type InstitutionAct, type PropertyKind } from '@zhixing/domain';
import { zCivilDate } from '../common.js';

export const ASSIST_PROTOCOL = 'zx-assist/1';
export const SIGNATURE_ALGORITHMS = ['SM2-SM3', 'Ed25519'] as const;
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const zFen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).meta({ description: 'Amount in fen (1/100 yuan), a whole number' });

export const zAssistParty = z
  .string()
  .regex(/^(court|institution):[A-Za-z0-9_.-]{1,64}$/)
  .meta({ description: '`court:<court code>` or `institution:<institution code>`', example: 'court:210211' });

export const zAssistSignature = z.object({
  alg: z.enum(SIGNATURE_ALGORITHMS).meta({ description: 'SM2-SM3: GB/T 32918.2 with SM3 and the default identity 1234567812345678, DER-encoded; Ed25519: RFC 8032' }),
  keyId: text(64).meta({ description: 'Which of the sender\'s registered keys signed (keys rotate)' }),
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(400).meta({ description: 'The signature, base64' }),
});

export const zAssistSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: text(100), idNumber: text(40) }),
  z.object({ kind: z.literal('organisation'), name: text(200), creditCode: text(40) }),
]);

export const LEGAL_DOCUMENT_KINDS = ['ruling', 'assistanceNotice', 'inquiryNotice'] as const;

export const zAssistDocument = z.object({
  kind: z.enum(LEGAL_DOCUMENT_KINDS).meta({ description: 'ruling 执行裁定书, assistanceNotice 协助执行通知书, inquiryNotice 协助查询通知书' }),
  number: text(100),
  issuedOn: zCivilDate,
  sha256: z.string().regex(/^[0-9a-f]{64}$/).meta({ description: 'SHA-256 of the document file as served, so the institution can check the copy it is shown' }),
});

const zRequestCommon = {
  court: z.object({ id: text(20), name: text(100) }),
  caseNumber: text(60),
  officer: z.object({ name: text(50), badgeNumber: text(40).meta({ description: '执行公务证号' }) }),
  documents: z.array(zAssistDocument).min(1).max(5),
  subject: zAssistSubject,
};

export const zPropertyKind = z.enum(PROPERTY_KIND_LIST as [PropertyKind, ...PropertyKind[]]);

export const zInquiryRequest = z.object({
  type: z.literal('inquiry'),
  ...zRequestCommon,
});

export type ControlRequestAct = Exclude<InstitutionAct, 'inquire'>;
export const CONTROL_REQUEST_ACTS = INSTITUTION_ACTS.filter((a): a is ControlRequestAct => a !== 'inquire') as [ControlRequestAct, ...ControlRequestAct[]];

export const zControlRequest = z.object({
  type: z.literal('control'),
  act: z.enum(CONTROL_REQUEST_ACTS),
  ...zRequestCommon,
  property: z.object({ kind: zPropertyKind, ref: text(80).meta({ description: 'Account, certificate or registration number at the institution' }) }),
  amountFen: zFen.optional().meta({ description: 'freeze / deduct: the amount; absent for a whole item' }),
  termMonths: z.number().int().min(1).max(36).optional().meta({ description: 'freeze / seal / impound / renew: the term (民诉法解释 art. 485)' }),
  controlRef: text(80).optional().meta({ description: 'release / renew / deduct: the institution\'s reference of the control acted on' }),
});

export const ENCUMBRANCE_KINDS = ['mortgage', 'pledge', 'courtControl', 'other'] as const;

export const zHolding = z.object({
  kind: zPropertyKind,
  ref: text(80),
  description: text(300),
  balanceFen: zFen.optional().meta({ description: 'Deposits, funds, cash values: the balance' }),
  valuation: z.object({ amountFen: zFen, basis: text(200) }).optional().meta({ description: 'Other property: a reference value and what it rests on' }),
  encumbrances: z
    .array(
      z.object({
        kind: z.enum(ENCUMBRANCE_KINDS),
        holder: text(200).meta({ description: 'The mortgagee, pledgee or the court holding a control' }),
        amountFen: zFen.optional(),
        caseNumber: text(60).optional(),
        since: zCivilDate.optional(),
        registeredSeq: z.number().int().min(1).optional().meta({ description: 'Order of registration among controls (查封规定 art. 26)' }),
      }),
    )
    .max(50),
});

export const zInquiryResult = z.object({
  type: z.literal('inquiryResult'),
  holdings: z.array(zHolding).max(500),
});

export const CONTROL_OUTCOMES = ['done', 'partial', 'waiting', 'refused'] as const;

export const zControlResult = z.object({
  type: z.literal('controlResult'),
  act: z.enum(CONTROL_REQUEST_ACTS),
  outcome: z.enum(CONTROL_OUTCOMES).meta({ description: 'done; partial (less than asked, e.g. a lower balance); waiting (轮候, behind `queueAhead` controls); refused (see `reason`)' }),
  controlRef: text(80).optional(),
  amountFen: zFen.optional().meta({ description: 'What was actually frozen or deducted' }),
  effectiveOn: zCivilDate.optional(),
  expiresOn: zCivilDate.optional(),
  queueAhead: z.number().int().min(0).optional(),
  reason: text(300).optional(),
});

export const REJECTION_CODES = ['SIGNATURE_INVALID', 'KEY_UNKNOWN', 'MALFORMED', 'DOCUMENT_INVALID', 'NOT_SUPPORTED', 'UNKNOWN_REQUEST', 'AMOUNT_MISMATCH'] as const;

export const zRejection = z.object({
  type: z.literal('rejection'),
  code: z.enum(REJECTION_CODES),
  message: text(500),
});

export const zAssistBody = z.discriminatedUnion('type', [zInquiryRequest, zControlRequest, zInquiryResult, zControlResult, zRejection]);

export const zAssistEnvelope = z
  .object({
    protocol: z.literal(ASSIST_PROTOCOL),
    messageId: z.uuid(),
    from: zAssistParty,
    to: zAssistParty,
    issuedAt: z.iso.datetime({ offset: true }),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/).optional().meta({ description: 'Requests: the same act asked twice carries the same key, and is done once' }),
    inReplyTo: z.uuid().optional().meta({ description: 'Replies: the messageId of the request answered' }),
    body: zAssistBody,
    signature: zAssistSignature,
  })
  .superRefine((e, ctx) => {
    const isRequest = e.body.type === 'inquiry' || e.body.type === 'control';
    if (isRequest && !e.idempotencyKey) ctx.addIssue({ code: 'custom', path: ['idempotencyKey'], message: '请求须带幂等键 / a request must carry an idempotency key' });
    if (!isRequest && !e.inReplyTo) ctx.addIssue({ code: 'custom', path: ['inReplyTo'], message: '答复须注明所答复的请求 / a reply must name the request it answers' });
  });

export type AssistEnvelope = z.infer<typeof zAssistEnvelope>;
export type AssistBody = z.infer<typeof zAssistBody>;
export type AssistSignature = z.infer<typeof zAssistSignature>;
export type AssistSubject = z.infer<typeof zAssistSubject>;
export type InquiryRequest = z.infer<typeof zInquiryRequest>;
export type ControlRequest = z.infer<typeof zControlRequest>;
export type InquiryResult = z.infer<typeof zInquiryResult>;
export type ControlResult = z.infer<typeof zControlResult>;
export type Holding = z.infer<typeof zHolding>;
