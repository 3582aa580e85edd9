/**
 * A document a request to this institution rests on (the ruling, the notice of assistance), as
 * issued — the institution checks it against the hash in the request.
 */
import { AppError, type AssistEnvelope } from '@zhixing/contracts';
import { findAssistRequestEnvelope } from '@zhixing/db';
import type { ServiceContext } from '../context.js';
import { deskInstitution } from './desk-institution.js';

export async function deskDocument(ctx: ServiceContext, authorization: string | undefined, requestId: string, sha256: string): Promise<{ filename: string; body: Buffer }> {
  const institution = await deskInstitution(ctx, authorization);
  const request = await findAssistRequestEnvelope(ctx.database.db, requestId);
  const sent = request?.envelope as AssistEnvelope | undefined;
  const named = sent && sent.to === `institution:${institution.code}` && 'documents' in sent.body ? sent.body.documents.find((d) => d.sha256 === sha256) : undefined;
  if (!named) throw new AppError('NOT_FOUND', { zh: '该请求没有此文书', en: 'The request names no such document' });
  const doc = await ctx.database.db.selectFrom('case_documents').select(['content', 'number', 'title']).where('sha256', '=', sha256).executeTakeFirst();
  if (!doc) throw new AppError('NOT_FOUND', { zh: '该文书为电子协助查询通知，无单独文件', en: 'This is an electronic inquiry notice with no separate file' });
  return { filename: `${doc.number}${doc.title}.docx`, body: doc.content };
}
