/**
 * Reads one HTTP/1.1 request for the single check off a connection's bytes, for the check's front
 * (agency-check-front.ts): only the narrow form an agency's HTTP client sends, so that anything it
 * takes every HTTP parser reads the same way (RFC 9112), and everything else is left to Node's parser.
 *
 * Taken: the request line `POST /api/agency/v1/checks HTTP/1.1`; at most 8 KiB of header lines, each
 * a token, a colon and visible ASCII (no line folding, no bare CR or LF, no byte above 0x7E, no name
 * twice); a `Host`; one `Content-Length` of 1 to 4096 without a leading zero; no `Transfer-Encoding`,
 * `Expect` or `Upgrade`; `Connection` absent or `keep-alive`. Bytes that may yet become such a request
 * (cut short by a read: a request line's beginning, a head without its end, a body not all there) are
 * `'partial'`. Anything else — another request, a request Node would refuse — is `null`: the front then
 * hands the connection, from this request on, to Node's HTTP server.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface CheckMessage {
  /** The header fields, names in lower case (as Node gives them). */
  headers: IncomingHttpHeaders & { 'content-type': string; authorization?: string };
  bodyStart: number;
  /** Where the next request on the connection starts. */
  end: number;
}

const REQUEST_LINE = Buffer.from('POST /api/agency/v1/checks HTTP/1.1\r\n', 'latin1');
const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const MAX_HEAD_BYTES = 8192;
/** A check request is about a hundred bytes; anything near this is not one, and Fastify says why. */
export const MAX_CHECK_BODY_BYTES = 4096;
/** field-name ":" OWS field-value OWS, the name a token and the value visible ASCII (RFC 9110 §5.1, §5.5). */
const FIELD = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*((?:[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?)[ \t]*$/;
const LENGTH = /^[1-9][0-9]{0,3}$/;
const REFUSED_FIELDS = new Set(['transfer-encoding', 'expect', 'upgrade']);

/** The check request starting at `at`; 'partial' if the bytes so far may become one; null when the front must leave it to Node. */
export function readCheckMessage(buf: Buffer, at: number): CheckMessage | 'partial' | null {
  const line = Math.min(REQUEST_LINE.length, buf.length - at);
  if (buf.compare(REQUEST_LINE, 0, line, at, at + line) !== 0) return null;
  if (line < REQUEST_LINE.length) return 'partial';
  const fieldsStart = at + REQUEST_LINE.length;
  // (the request line's CRLF and the blank line's: a head with no fields has no Host, and is refused)
  const headEnd = buf.indexOf(HEAD_END, fieldsStart - 2);
  if (headEnd < 0) return buf.length - at <= MAX_HEAD_BYTES ? 'partial' : null;
  if (headEnd - at > MAX_HEAD_BYTES || headEnd < fieldsStart) return null;
  const headers: Record<string, string> = {};
  for (const line of buf.toString('latin1', fieldsStart, headEnd).split('\r\n')) {
    const m = FIELD.exec(line);
    if (m === null) return null;
    const name = m[1]!.toLowerCase();
    if (name in headers || REFUSED_FIELDS.has(name)) return null;
    headers[name] = m[2]!;
  }
  const length = headers['content-length'];
  const connection = headers.connection;
  const type = headers['content-type'];
  if (headers.host === undefined || type === undefined || length === undefined || !LENGTH.test(length) || (connection !== undefined && connection.toLowerCase() !== 'keep-alive')) return null;
  const bodyStart = headEnd + HEAD_END.length;
  const end = bodyStart + Number(length);
  if (Number(length) > MAX_CHECK_BODY_BYTES) return null;
  if (end > buf.length) return 'partial';
  return { headers: headers as CheckMessage['headers'], bodyStart, end };
}
