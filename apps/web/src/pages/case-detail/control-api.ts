import type { actOnControlRoute, downloadCaseDocumentRoute, listCaseControlsRoute, listExpiringControlsRoute, orderControlRoute, previewControlRoute } from '@zhixing/contracts';
import { buildUrl, request } from '../../api/client.js';
import type { Body, Query, Reply } from '../../api/contract-types.js';

/**
 * Typed calls of the property-control routes (控制措施), the same way api/endpoints.ts makes them:
 * types from the contracts' zod schemas without bundling zod, paths typed as the contracts' literal
 * paths so a changed contract fails the type check here.
 */
const PATHS = {
  preview: '/api/v1/cases/:id/controls/preview',
  controls: '/api/v1/cases/:id/controls',
  acts: '/api/v1/cases/:id/controls/:controlId/acts',
  document: '/api/v1/cases/:id/documents/:documentId',
  expiring: '/api/v1/controls/expiring',
} as const satisfies {
  preview: (typeof previewControlRoute)['path'];
  controls: (typeof orderControlRoute | typeof listCaseControlsRoute)['path'];
  acts: (typeof actOnControlRoute)['path'];
  document: (typeof downloadCaseDocumentRoute)['path'];
  expiring: (typeof listExpiringControlsRoute)['path'];
};

export type ControlPreviewBody = Body<typeof previewControlRoute>;
export type ControlPreview = Reply<typeof previewControlRoute>;
export type ControlOrderBody = Body<typeof orderControlRoute>;
export type CaseControlsReply = Reply<typeof listCaseControlsRoute>;
export type CaseControl = CaseControlsReply['controls'][number];
export type CaseDocument = CaseControlsReply['documents'][number];
export type ControlExcess = CaseControlsReply['excess'][number];
export type ControlActBody = Body<typeof actOnControlRoute>;
export type ExpiringControlsQuery = Query<typeof listExpiringControlsRoute>;
export type ExpiringControlsReply = Reply<typeof listExpiringControlsRoute>;
export type ExpiringControl = ExpiringControlsReply['controls'][number];

export const controlApi = {
  /** The over-seizure guard's verdict and the term of an order, before anything is ordered. */
  preview: (caseId: string, body: ControlPreviewBody, signal?: AbortSignal) =>
    request<ControlPreview>('POST', PATHS.preview, { params: { id: caseId }, body, ...(signal ? { signal } : {}) }),
  order: (caseId: string, body: ControlOrderBody) => request<CaseControl>('POST', PATHS.controls, { params: { id: caseId }, body }),
  act: (caseId: string, controlId: string, body: ControlActBody) => request<CaseControl>('POST', PATHS.acts, { params: { id: caseId, controlId }, body }),
  list: (caseId: string) => request<CaseControlsReply>('GET', PATHS.controls, { params: { id: caseId } }),
  /** The .docx is downloaded by the browser itself (a plain link carries the session cookie). */
  documentUrl: (caseId: string, documentId: string) => buildUrl(PATHS.document, { params: { id: caseId, documentId } }),
  expiring: (query: ExpiringControlsQuery = {}) => request<ExpiringControlsReply>('GET', PATHS.expiring, { query }),
};
