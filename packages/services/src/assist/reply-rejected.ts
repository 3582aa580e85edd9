/** A reply that does not fit its request: refused with a protocol code and the reason (ADR 0009 step 4). */
export class ReplyRejected extends Error {
  readonly code: string;
  readonly reason: string;

  constructor(code: string, reason: string) {
    super(reason);
    this.code = code;
    this.reason = reason;
  }
}
