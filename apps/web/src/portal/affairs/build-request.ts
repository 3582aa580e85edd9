/** The form's values as the body of `POST /api/public/v1/submissions` (trimmed; empty optional fields left out). */
import type { SubmissionRequest } from '@zhixing/contracts';
import type { Attachment } from './read-attachment.js';
import type { PropertyClueType, SubmissionKind, SubmitterRole } from './affairs-kinds.js';

interface PartyValues {
  kind?: 'person' | 'organisation';
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
}

/** The form's values: named as the request's fields, so the server's field errors land on them. */
export interface AffairsFormValues {
  submitter: { name?: string; phone?: string; idNumber?: string; role?: SubmitterRole };
  courtId?: string;
  caseNumber?: string;
  propertyType?: PropertyClueType;
  description?: string;
  location?: string;
  urgent?: boolean;
  /** The reward notice a property clue answers (from the notice's 提供财产线索, not a field of the form). */
  rewardNoticeId?: string;
  objectionType?: 'act' | 'outsider';
  request?: string;
  reasons?: string;
  subject?: 'staff' | 'act' | 'other';
  staffName?: string;
  content?: string;
  slot?: string;
  topic?: string;
  application?: {
    cause?: string;
    basis?: { type?: string; issuer?: string; documentNumber?: string; effectiveDate?: string; performanceDeadline?: string };
    applicants?: PartyValues[];
    debtors?: PartyValues[];
    claims?: Array<{ amount?: string }>;
  };
  attachments?: Attachment[];
}

type Req<K extends SubmissionKind> = Extract<SubmissionRequest, { kind: K }>;

const text = (v: string | undefined): string => (v ?? '').trim();
/** An optional field: present only when something was written. */
const opt = <K extends string>(key: K, v: string | undefined): Partial<Record<K, string>> => (text(v) ? ({ [key]: text(v) } as Record<K, string>) : {});

function party(p: PartyValues | undefined): Req<'filingRequest'>['application']['applicants'][number] {
  if (p?.kind === 'organisation') return { kind: 'organisation', name: text(p.name), creditCode: text(p.creditCode).toUpperCase(), legalRepresentative: text(p.legalRepresentative), ...opt('address', p.address) };
  return { kind: 'person', name: text(p?.name), idNumber: text(p?.idNumber).toUpperCase(), ...opt('address', p?.address) };
}

/** `onCase`: a logged-in party's submission on their own case (the case comes from the session). */
export function buildRequest(kind: SubmissionKind, v: AffairsFormValues, onCase: boolean): SubmissionRequest {
  const submitter: SubmissionRequest['submitter'] = { name: text(v.submitter.name), phone: text(v.submitter.phone), role: v.submitter.role ?? 'public', ...opt('idNumber', v.submitter.idNumber) };
  const attachments = (v.attachments ?? []).map((a) => ({ fileName: a.fileName, contentBase64: a.contentBase64 }));
  const where = onCase ? {} : { ...opt('courtId', v.courtId), ...opt('caseNumber', v.caseNumber) };
  switch (kind) {
    case 'filingRequest': {
      const a = v.application ?? {};
      const b = a.basis ?? {};
      return {
        kind,
        courtId: text(v.courtId),
        submitter,
        application: {
          cause: text(a.cause),
          basis: { type: b.type as Req<'filingRequest'>['application']['basis']['type'], issuer: text(b.issuer), documentNumber: text(b.documentNumber), effectiveDate: text(b.effectiveDate), performanceDeadline: text(b.performanceDeadline) || null },
          applicants: [party(a.applicants?.[0])],
          debtors: [party(a.debtors?.[0])],
          claims: [{ kind: 'principal', amount: text(a.claims?.[0]?.amount) }],
        },
        attachments,
      };
    }
    case 'propertyClue':
      return { kind, ...where, submitter, propertyType: v.propertyType ?? 'other', description: text(v.description), ...opt('location', v.location), urgent: v.urgent === true, ...opt('rewardNoticeId', v.rewardNoticeId), attachments };
    case 'objection':
      return { kind, ...where, submitter, objectionType: v.objectionType ?? 'act', request: text(v.request), reasons: text(v.reasons), attachments };
    case 'complaint':
      return { kind, ...where, submitter, subject: v.subject ?? 'other', ...(v.subject === 'staff' ? opt('staffName', v.staffName) : {}), content: text(v.content), attachments };
    case 'appointment':
      return { kind, ...where, submitter, slot: v.slot ?? '', topic: text(v.topic), attachments };
  }
}
