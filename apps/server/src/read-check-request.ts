/**
 * Reading a single check's body in the check listener (agency-check-listener.ts): the documented
 * shape by the fast path below, anything else by JSON.parse and the route's zod schema.
 *
 * The body of a single check in the shape the agency API's documentation gives it
 * (`docs/agency-api.md`: subject, an optional name, scenario), read with one regular expression
 * instead of `JSON.parse` and the zod schema (ADR 0005, "The hot route").
 *
 * It answers only for a body it can read whole and whose value the schema would take unchanged:
 * JSON whitespace only, no escapes, no other keys, a number without spaces to trim, a name without
 * surrounding spaces, an act the platform knows. For everything else it answers `null` and the
 * listener takes the general path (JSON.parse, zCreditCheckRequest), so no body is ever read
 * differently: `read-check-request.test.ts` compares the two on every case it reads.
 */
import { zCreditCheckRequest, zScenario, type CreditCheckRequest } from '@zhixing/contracts';

const W = '[ \\t\\n\\r]*';
/** A JSON string's characters with no escape and no control character (which JSON forbids raw). */
const PLAIN = '[^"\\\\\\u0000-\\u001f]';
const CANONICAL = new RegExp(
  `^${W}\\{${W}"subject"${W}:${W}\\{${W}"kind"${W}:${W}"(person|organisation)"${W},${W}"(idNumber|creditCode)"${W}:${W}"([0-9A-Za-z]{1,40})"${W}\\}${W},` +
    `(?:${W}"name"${W}:${W}(?:(null)|"(${PLAIN}{1,100})")${W},)?` +
    `${W}"scenario"${W}:${W}"([A-Za-z]{1,40})"${W}\\}${W}$`,
);
const KNOWN = new Set<string>(zScenario.options);
type Scenario = CreditCheckRequest['scenario'];
/** What `z.string().trim()` removes: JavaScript's white space and line terminators. */
const PADDED = /^\s|\s$/;

export function readCanonicalCheckRequest(text: string): CreditCheckRequest | null {
  const m = CANONICAL.exec(text);
  if (m === null) return null;
  const [, kind, field, number, nullName, name, scenario] = m as unknown as [string, 'person' | 'organisation', string, string, string | undefined, string | undefined, string];
  if (field !== (kind === 'person' ? 'idNumber' : 'creditCode') || !KNOWN.has(scenario)) return null;
  const subject = kind === 'person' ? { kind, idNumber: number } : { kind, creditCode: number };
  if (name !== undefined) return PADDED.test(name) ? null : { subject, name, scenario: scenario as Scenario };
  if (nullName !== undefined) return { subject, name: null, scenario: scenario as Scenario };
  return { subject, scenario: scenario as Scenario };
}

/** Keys Fastify's JSON parser refuses (secure-json-parse). */
const PROTOTYPE_KEYS = /__proto__|constructor/;

/**
 * The general reading: `JSON.parse` and the route's schema. A prototype key (which Fastify's parser
 * refuses), bad JSON or a value the schema refuses give null: the listener then leaves the body to
 * the Fastify route, the one source of every refusal.
 */
export function readCheckRequest(text: string): CreditCheckRequest | null {
  if (PROTOTYPE_KEYS.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = zCreditCheckRequest.safeParse(json);
  return parsed.success ? parsed.data : null;
}
