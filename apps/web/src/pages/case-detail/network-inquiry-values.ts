import type { getCasePropertiesRoute, startInquiryRoute } from '@zhixing/contracts';
import { INSTITUTION_CATEGORIES } from '@zhixing/contracts/labels';
import type { CaseDetailReply, CaseProperty, Institution, InquiryRequest } from '../../api/endpoints.js';
import type { SessionUser } from '../../auth/session-context.js';
import { formatYuan } from '../../format/money.js';
import type { Lang } from '../../i18n/i18n-context.js';

/**
 * The plain values behind the 网络查控 card: who may start an inquiry, whom it would ask, how far
 * the requests have come, and amounts in fen shown as yuan.
 */
type Role = SessionUser['role'];

/** Starting an inquiry is the handler's act (the contract's roles); reading it is every case reader's. */
const INQUIRY_START_ROLES = ['judge', 'officer'] as const;
export const canStartInquiry = (user: SessionUser): boolean => (INQUIRY_START_ROLES as readonly Role[]).includes(user.role);

type RolesOf<R> = R extends { access: { roles: infer L } } ? (L extends readonly (infer E)[] ? E : never) : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Fails the type check when the contract's role list changes. */
export type InquiryRolesMatchContract = Assert<Same<(typeof INQUIRY_START_ROLES)[number], RolesOf<typeof startInquiryRoute>>>;
export type PropertiesReadersMatchContract = Assert<Same<Exclude<Role, 'admin'>, RolesOf<typeof getCasePropertiesRoute>>>;

export type RequestState = InquiryRequest['state'];
export type EncumbranceKind = CaseProperty['encumbrances'][number]['kind'];

/** The tag colour of each state (the Record makes a new state fail the type check). */
export const REQUEST_STATE_COLORS: Readonly<Record<RequestState, string>> = {
  queued: 'default',
  sent: 'blue',
  answered: 'green',
  failed: 'red',
  timedOut: 'orange',
};

export const ENCUMBRANCE_COLORS: Readonly<Record<EncumbranceKind, string>> = {
  mortgage: 'orange',
  pledge: 'gold',
  courtControl: 'volcano',
  other: 'default',
};

/** Institutions the server will ask: networked (not manual), in service, and able to inquire (as startInquiry filters them). */
export const inquiringInstitutions = (items: readonly Institution[]): Institution[] =>
  items.filter((i) => i.retiredAt === null && i.acts.includes('inquire') && (INSTITUTION_CATEGORIES[i.category].acts as readonly string[]).includes('inquire'));

/** Debtors the server can ask about: a person with an ID number, an organisation with a credit code. */
export const inquirableDebtors = (detail: CaseDetailReply): CaseDetailReply['parties'] =>
  detail.parties.filter((p) => p.partyRole === 'debtor' && (p.kind === 'person' ? p.idNumberMasked !== null : p.creditCode !== null));

/** A case closed other than by 终结本次执行程序 takes no more inquiries (a 终本 case is inquired into periodically). */
export const inquiryClosed = (detail: CaseDetailReply): boolean => detail.stage === 'closed' && detail.closingMethod !== 'terminationForNow';

export interface RequestCounts {
  readonly total: number;
  readonly answered: number;
  readonly pending: number;
  readonly failed: number;
}

export function countRequests(requests: readonly InquiryRequest[]): RequestCounts {
  let answered = 0;
  let pending = 0;
  let failed = 0;
  for (const r of requests) {
    switch (r.state) {
      case 'answered':
        answered += 1;
        break;
      case 'queued':
      case 'sent':
        pending += 1;
        break;
      case 'failed':
      case 'timedOut':
        failed += 1;
        break;
    }
  }
  return { total: requests.length, answered, pending, failed };
}

/** Newest first, then by institution and debtor, so one day's requests stay together. */
export const sortRequests = (requests: readonly InquiryRequest[]): InquiryRequest[] =>
  [...requests].sort(
    (a, b) => b.createdAt.slice(0, 16).localeCompare(a.createdAt.slice(0, 16)) || a.institutionName.localeCompare(b.institutionName, 'zh') || a.subjectName.localeCompare(b.subjectName, 'zh'),
  );

/** The category of a request's institution in the chosen language; the server's Chinese label when the institution is unknown here. */
export function categoryOf(request: InquiryRequest, institutions: ReadonlyMap<string, Institution>, lang: Lang): string {
  const institution = institutions.get(request.institutionId);
  return institution ? INSTITUTION_CATEGORIES[institution.category][lang] : request.categoryLabel;
}

/** An integer amount of fen as yuan (¥1,234.56), without going through a float. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return formatYuan(null);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return formatYuan(`${sign}${(abs - cents) / 100}.${String(cents).padStart(2, '0')}`);
}
