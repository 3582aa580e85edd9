/**
 * The portal's one way to the server: `/api/public/v1`, no cookies; a verified party's token
 * (`Bearer zxp_…`) lives in this tab's sessionStorage only, so closing the tab ends the access.
 */
import type {
  ErrorBody,
  OpenPartySessionRequest,
  OpenStatistics,
  PartyCase,
  PartySession,
  PartySubscription,
  PublicNotice,
  SubscribeRequest,
  SubmissionReceipt,
  SubmissionRequest,
  listAppointmentSlotsRoute,
  listPublicCourtsRoute,
  searchConsumptionRestrictionsRoute,
  searchDishonestListRoute,
  searchTerminatedCasesRoute,
} from '@zhixing/contracts';

/** What the server answers, from the contract's zod schema without bundling zod (as api/endpoints.ts does). */
type Out<S> = S extends { _output: infer O } ? O : never;
export type DishonestHit = Out<(typeof searchDishonestListRoute)['response'][200]>['items'][number];
export type RestrictedHit = Out<(typeof searchConsumptionRestrictionsRoute)['response'][200]>['items'][number];
export type PublicCourt = Out<(typeof listPublicCourtsRoute)['response'][200]>['courts'][number];
export type AppointmentSlots = Out<(typeof listAppointmentSlotsRoute)['response'][200]>;
export type TerminatedHit = Out<(typeof searchTerminatedCasesRoute)['response'][200]>['items'][number];
export type { OpenStatistics, PartySubscription, PublicNotice };

/** Which notices, which court (none: every court), which page of 20. */
export interface NoticeQuery {
  readonly kind: PublicNotice['kind'];
  readonly courtId?: string | undefined;
  readonly page: number;
}

/** One court or the city (no courtId), from and to a month (YYYY-MM). */
export interface StatisticsQuery {
  readonly courtId?: string | undefined;
  readonly from: string;
  readonly to: string;
}

const TOKEN_KEY = 'zhixing.portal.token';

export class PortalError extends Error {
  readonly status: number;
  readonly body: ErrorBody | null;
  constructor(status: number, body: ErrorBody | null) {
    super(body?.messageEn ?? `HTTP ${status}`);
    this.name = 'PortalError';
    this.status = status;
    this.body = body;
  }
  get code(): string {
    return this.body?.code ?? 'UNKNOWN';
  }
}

export const partyToken = {
  get: (): string | null => {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY);
    } catch {
      return null;
    }
  },
  set: (token: string | null): void => {
    try {
      if (token) window.sessionStorage.setItem(TOKEN_KEY, token);
      else window.sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // storage unavailable: the access lasts as long as the page
    }
  },
};

async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, lang: 'zh' | 'en', body?: unknown, auth = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': lang === 'zh' ? 'zh-CN' : 'en' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = auth ? partyToken.get() : null;
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), credentials: 'omit' });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) throw new PortalError(res.status, json as ErrorBody | null);
  return json as T;
}

type ListQuery = { name?: string; idFragment?: string; creditCode?: string };
const params = (q: Readonly<Record<string, string | number | undefined>>) =>
  new URLSearchParams(Object.entries(q).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]]))).toString();
const listParams = (q: ListQuery) => params(q);

/** The open statistics as a CSV file (a plain link: the browser downloads it, nothing private in it). */
export const statisticsCsvUrl = (q: StatisticsQuery): string => `/api/public/v1/statistics.csv?${params({ ...q })}`;

export const portalApi = {
  searchDishonestList: (q: ListQuery, lang: 'zh' | 'en') => call<{ items: DishonestHit[] }>('GET', `/api/public/v1/dishonest-list?${listParams(q)}`, lang),
  searchConsumptionRestrictions: (q: ListQuery, lang: 'zh' | 'en') => call<{ items: RestrictedHit[] }>('GET', `/api/public/v1/consumption-restrictions?${listParams(q)}`, lang),
  openPartySession: (body: OpenPartySessionRequest, lang: 'zh' | 'en') => call<PartySession>('POST', '/api/public/v1/party-sessions', lang, body),
  closePartySession: (lang: 'zh' | 'en') => call<{ ended: true }>('DELETE', '/api/public/v1/party-sessions/current', lang, undefined, true),
  partyCase: (lang: 'zh' | 'en') => call<PartyCase>('GET', '/api/public/v1/party/case', lang, undefined, true),
  searchTerminatedCases: (q: ListQuery, lang: 'zh' | 'en') => call<{ items: TerminatedHit[] }>('GET', `/api/public/v1/terminated-cases?${listParams(q)}`, lang),
  notices: (q: NoticeQuery, lang: 'zh' | 'en') => call<{ items: PublicNotice[]; page: number; hasMore: boolean }>('GET', `/api/public/v1/notices?${params({ ...q })}`, lang),
  statistics: (q: StatisticsQuery, lang: 'zh' | 'en') => call<OpenStatistics>('GET', `/api/public/v1/statistics?${params({ ...q })}`, lang),
  subscriptions: (lang: 'zh' | 'en') => call<{ items: PartySubscription[] }>('GET', '/api/public/v1/party/subscriptions', lang, undefined, true),
  subscribe: (body: SubscribeRequest, lang: 'zh' | 'en') => call<PartySubscription>('POST', '/api/public/v1/party/subscriptions', lang, body, true),
  unsubscribe: (id: string, lang: 'zh' | 'en') => call<{ ended: true }>('DELETE', `/api/public/v1/party/subscriptions/${encodeURIComponent(id)}`, lang, undefined, true),
  courts: (lang: 'zh' | 'en') => call<{ courts: PublicCourt[] }>('GET', '/api/public/v1/courts', lang),
  appointmentSlots: (courtId: string, lang: 'zh' | 'en') => call<AppointmentSlots>('GET', `/api/public/v1/courts/${encodeURIComponent(courtId)}/appointment-slots`, lang),
  /** A party logged in on the portal (`asParty`) hands it in on their own case. */
  submit: (body: SubmissionRequest, lang: 'zh' | 'en', asParty = false) => call<SubmissionReceipt>('POST', '/api/public/v1/submissions', lang, body, asParty),
  followSubmission: (receiptNumber: string, lang: 'zh' | 'en') => call<SubmissionReceipt>('GET', `/api/public/v1/submissions/${encodeURIComponent(receiptNumber)}`, lang),
  /** A served document's bytes (the token goes in a header, so the file is fetched, then saved). */
  partyDocument: async (id: string): Promise<Blob> => {
    const res = await fetch(`/api/public/v1/party/documents/${encodeURIComponent(id)}`, { headers: { authorization: `Bearer ${partyToken.get() ?? ''}` }, credentials: 'omit' });
    if (!res.ok) throw new PortalError(res.status, (await res.json().catch(() => null)) as ErrorBody | null);
    return res.blob();
  },
};
