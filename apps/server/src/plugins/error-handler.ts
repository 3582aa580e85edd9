/**
 * One error shape for every failure: `{ code, message, messageZh, messageEn, details?, requestId }`
 * (architecture.md). Bad input of any shape is a 4xx naming the problem; anything unexpected is a
 * generic 500 with the request id and no internals (style-by-example anti-pattern 4).
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_CODES, splitBilingual, type ErrorBody, type ErrorCode, type FieldIssue } from '@zhixing/contracts';
import { appErrorFrom } from '@zhixing/services';

/** What an error answer needs of its request (a Fastify request, or the check listener's own). */
export interface ErrorContext {
  readonly headers: IncomingHttpHeaders;
  readonly id: string;
}

function prefersEnglish(request: ErrorContext): boolean {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim());
}

export function errorBody(request: ErrorContext, code: ErrorCode, zh?: string, en?: string, details?: Record<string, unknown>): ErrorBody {
  const spec = ERROR_CODES[code];
  const messageZh = zh ?? spec.zh;
  const messageEn = en ?? spec.en;
  return { code, message: prefersEnglish(request) ? messageEn : messageZh, messageZh, messageEn, ...(details ? { details } : {}), requestId: request.id };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, code: ErrorCode, zh?: string, en?: string, details?: Record<string, unknown>) {
  return reply.code(ERROR_CODES[code].status).type('application/json; charset=utf-8').send(errorBody(request, code, zh, en, details));
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_BODY',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_BODY',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues: FieldIssue[] = error.validation.map((v) => {
        const { zh, en } = splitBilingual(v.message ?? 'invalid');
        return { in: where, path: v.instancePath.split('/').filter(Boolean), messageZh: zh, messageEn: en };
      });
      const first = issues[0];
      const field = first && first.path.length ? first.path.join('.') : where;
      return sendError(request, reply, 'VALIDATION_FAILED', `${field}：${first?.messageZh ?? '无效'}`, `${field}: ${first?.messageEn ?? 'invalid'}`, { issues });
    }
    const known = appErrorFrom(error);
    if (known) return sendError(request, reply, known.code, known.messageZh, known.messageEn, known.details);
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) return sendError(request, reply, mapped);
    if (error instanceof SyntaxError || (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500)) {
      return sendError(request, reply, 'MALFORMED_BODY', undefined, undefined, { reason: error.message.slice(0, 200) });
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'INTERNAL');
  });
}
