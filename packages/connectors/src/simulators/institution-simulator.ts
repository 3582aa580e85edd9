/**
 * A reference institution of one category: it checks the court's signed request, answers an
 * inquiry with deterministic synthetic holdings, carries out controls on them (what it holds
 * frozen, sealed, deducted), signs its reply, and can be switched into the faults a real
 * connection shows (slow, down, error, duplicate, reordered, tampered signature). An institution
 * can run it against its own implementation as a conformance kit (docs/assist-protocol.md).
 */
import { randomUUID } from 'node:crypto';
import type { AssistEnvelope, AssistSubject, ControlRequest, ControlResult, Holding, InquiryResult } from '@zhixing/contracts';
import { INSTITUTION_CATEGORIES, PROPERTY_KINDS, categorySupports, civilDateOf, type InstitutionCategory, type PropertyKind } from '@zhixing/domain';
import { signEnvelope, type Signer, type UnsignedEnvelope } from '../protocol/sign-envelope.js';
import { verifyEnvelope, type KeyLookup } from '../protocol/verify-envelope.js';
import { seededRandom, syntheticHoldings } from './synthetic-holdings.js';

export const SIMULATOR_FAULTS = ['slow', 'down', 'error', 'duplicate', 'reorder', 'tamper'] as const;
export type SimulatorFault = (typeof SIMULATOR_FAULTS)[number];

/** The connection is down: the transport answers 503 (push) or nothing (pull). */
export class SimulatorDownError extends Error {
  constructor(code: string) {
    super(`institution ${code} is not reachable`);
    this.name = 'SimulatorDownError';
  }
}

/** One reply to deliver, and after how long (latency, or a fault's doing). */
export interface Delivery {
  readonly envelope: AssistEnvelope;
  readonly delayMs: number;
}

export interface SimulatorOptions {
  readonly category: InstitutionCategory;
  readonly code: string;
  /** The institution's signing key. */
  readonly signer: Signer;
  /** The courts' registered keys, to check requests with. */
  readonly courtKeys: KeyLookup;
  readonly now?: () => Date;
  /** Typical answer time, ms: each reply takes between min and max (deterministic per request). */
  readonly latencyMs?: { readonly min: number; readonly max: number };
}

interface HeldControl {
  readonly ref: string;
  readonly act: ControlRequest['act'];
  readonly propertyRef: string;
  amountFen: number;
  expiresOn: string | null;
  live: boolean;
}

const SLOW_FACTOR = 20;

function addMonths(date: Date, months: number): string {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export class InstitutionSimulator {
  readonly party: string;
  readonly category: InstitutionCategory;
  readonly #options: SimulatorOptions;
  readonly #faults = new Set<SimulatorFault>();
  /** Replies already given, by idempotency key: a request asked again is answered, not redone. */
  readonly #answered = new Map<string, AssistEnvelope['body']>();
  readonly #holdings = new Map<string, Holding[]>();
  readonly #controls = new Map<string, HeldControl>();
  #controlSeq = 0;
  /** Requests handled (each once, however often asked). */
  executed = 0;

  constructor(options: SimulatorOptions) {
    this.#options = options;
    this.category = options.category;
    this.party = `institution:${options.code}`;
  }

  setFaults(faults: Iterable<SimulatorFault>): void {
    this.#faults.clear();
    for (const f of faults) this.#faults.add(f);
  }

  get faults(): readonly SimulatorFault[] {
    return [...this.#faults];
  }

  /** The controls this institution holds now (for tests and the conformance report). */
  controls(): ReadonlyArray<Readonly<HeldControl>> {
    return [...this.#controls.values()];
  }

  /**
   * Takes one request as it arrived (any JSON) and gives the replies to deliver. Throws
   * {@link SimulatorDownError} when switched down.
   */
  handle(message: unknown): Delivery[] {
    if (this.#faults.has('down')) throw new SimulatorDownError(this.#options.code);
    const now = this.#options.now?.() ?? new Date();
    const checked = verifyEnvelope(message, this.#options.courtKeys, { now, expectedTo: this.party });
    const request = message as Partial<AssistEnvelope>;
    const delay = this.#delay(typeof request.messageId === 'string' ? request.messageId : 'x');
    if (!checked.ok) {
      // A message we cannot trust is answered with a signed rejection when we can tell whom to
      // answer, and otherwise dropped.
      if (typeof request.messageId !== 'string' || typeof request.from !== 'string') return [];
      const code = checked.error.code === 'ASSIST_MALFORMED' ? 'MALFORMED' : checked.error.code === 'ASSIST_KEY_UNKNOWN' ? 'KEY_UNKNOWN' : 'SIGNATURE_INVALID';
      return [{ envelope: this.#reply(request.messageId, request.from, now, { type: 'rejection', code, message: checked.error.messageZh }), delayMs: delay }];
    }
    const e = checked.value;
    if (e.body.type !== 'inquiry' && e.body.type !== 'control') {
      return [{ envelope: this.#reply(e.messageId, e.from, now, { type: 'rejection', code: 'MALFORMED', message: '本机构只受理查询和控制请求' }), delayMs: delay }];
    }
    const key = e.idempotencyKey ?? e.messageId;
    let body = this.#answered.get(key);
    if (!body) {
      body = this.#faults.has('error') ? { type: 'rejection', code: 'NOT_SUPPORTED', message: '系统繁忙，请稍后重试（模拟故障）' } : this.#execute(e.body, now);
      // An error is not remembered: a retry after the fault is lifted is carried out.
      if (!this.#faults.has('error')) {
        this.#answered.set(key, body);
        this.executed += 1;
      }
    }
    let reply = this.#reply(e.messageId, e.from, now, body);
    if (this.#faults.has('tamper')) reply = { ...reply, signature: { ...reply.signature, value: tampered(reply.signature.value) } };
    const first = { envelope: reply, delayMs: delay };
    return this.#faults.has('duplicate') ? [first, { envelope: reply, delayMs: delay + 1 }] : [first];
  }

  #delay(messageId: string): number {
    const { min, max } = this.#options.latencyMs ?? { min: 0, max: 0 };
    const random = seededRandom(`${this.#options.code}:${messageId}`);
    let ms = min + Math.floor(random() * (max - min + 1));
    if (this.#faults.has('slow')) ms = ms * SLOW_FACTOR + 1000;
    // Reordered: some replies are held back long enough to arrive after later ones.
    if (this.#faults.has('reorder') && random() < 0.5) ms += 50 + Math.floor(random() * 200);
    return ms;
  }

  #reply(inReplyTo: string, to: string, now: Date, body: AssistEnvelope['body']): AssistEnvelope {
    const unsigned: UnsignedEnvelope = { protocol: 'zx-assist/1', messageId: randomUUID(), from: this.party, to, issuedAt: now.toISOString(), inReplyTo, body };
    return signEnvelope(unsigned, this.#options.signer);
  }

  #holdingsOf(subject: AssistSubject): Holding[] {
    const id = subject.kind === 'person' ? subject.idNumber : subject.creditCode;
    let h = this.#holdings.get(id);
    if (!h) {
      h = syntheticHoldings(this.category, this.#options.code, subject);
      this.#holdings.set(id, h);
    }
    return h;
  }

  #execute(body: Extract<AssistEnvelope['body'], { type: 'inquiry' | 'control' }>, now: Date): AssistEnvelope['body'] {
    const holdings = this.#holdingsOf(body.subject);
    if (body.type === 'inquiry') {
      const result: InquiryResult = { type: 'inquiryResult', holdings: holdings.map((h) => this.#asSeen(h)) };
      return result;
    }
    if (!categorySupports(this.category, body.act) || !(INSTITUTION_CATEGORIES[this.category].reports as readonly PropertyKind[]).includes(body.property.kind)) {
      return { type: 'rejection', code: 'NOT_SUPPORTED', message: `本机构（${INSTITUTION_CATEGORIES[this.category].zh}）不办理对${PROPERTY_KINDS[body.property.kind].zh}的${body.act}` };
    }
    const holding = holdings.find((h) => h.ref === body.property.ref);
    if (!holding) return this.#result(body, 'refused', { reason: `未找到财产 ${body.property.ref}` });
    return this.#control(body, holding, now);
  }

  /** A holding as an inquiry shows it: the balance left after deductions, our own controls listed. */
  #asSeen(h: Holding): Holding {
    const ours = [...this.#controls.values()].filter((c) => c.live && c.propertyRef === h.ref);
    if (ours.length === 0) return h;
    return { ...h, encumbrances: [...h.encumbrances, ...ours.map((c) => ({ kind: 'courtControl' as const, holder: `本机构登记 ${c.ref}`, amountFen: c.amountFen }))].slice(0, 50) };
  }

  #result(body: ControlRequest, outcome: ControlResult['outcome'], rest: Partial<Omit<ControlResult, 'type' | 'act' | 'outcome'>>): ControlResult {
    return { type: 'controlResult', act: body.act, outcome, ...rest };
  }

  #control(body: ControlRequest, holding: Holding, now: Date): AssistEnvelope['body'] {
    // An institution in China dates its acts in China Standard Time (between 00:00 and 08:00 CST the
    // UTC date is still yesterday's).
    const today = civilDateOf(now.getTime());
    const frozenHere = (ref: string) => [...this.#controls.values()].filter((c) => c.live && c.propertyRef === ref && c.act === 'freeze').reduce((s, c) => s + c.amountFen, 0);
    switch (body.act) {
      case 'freeze': {
        const balance = holding.balanceFen ?? holding.valuation?.amountFen ?? 0;
        const available = Math.max(0, balance - frozenHere(holding.ref));
        const wanted = body.amountFen ?? available;
        if (available === 0) return this.#result(body, 'refused', { reason: '账户无可冻结余额' });
        const amountFen = Math.min(wanted, available);
        const c = this.#newControl(body, holding, amountFen, now);
        return this.#result(body, amountFen < wanted ? 'partial' : 'done', { controlRef: c.ref, amountFen, effectiveOn: today, expiresOn: c.expiresOn ?? undefined });
      }
      case 'seal':
      case 'impound': {
        const ahead = holding.encumbrances.filter((x) => x.kind === 'courtControl').length + [...this.#controls.values()].filter((c) => c.live && c.propertyRef === holding.ref).length;
        const c = this.#newControl(body, holding, holding.valuation?.amountFen ?? 0, now);
        // Property already held by another court: this control waits its turn (查封规定 art. 26).
        return ahead > 0 ? this.#result(body, 'waiting', { controlRef: c.ref, queueAhead: ahead }) : this.#result(body, 'done', { controlRef: c.ref, effectiveOn: today, expiresOn: c.expiresOn ?? undefined });
      }
      case 'deduct': {
        const c = body.controlRef ? this.#controls.get(body.controlRef) : undefined;
        if (!c || !c.live || c.act !== 'freeze') return { type: 'rejection', code: 'UNKNOWN_REQUEST', message: `没有可扣划的冻结 ${body.controlRef ?? '（未给出）'}` };
        const amountFen = body.amountFen ?? c.amountFen;
        if (amountFen > c.amountFen) return { type: 'rejection', code: 'AMOUNT_MISMATCH', message: `扣划金额 ${amountFen} 分超过冻结金额 ${c.amountFen} 分` };
        c.amountFen -= amountFen;
        if (holding.balanceFen !== undefined) holding.balanceFen -= amountFen;
        if (c.amountFen === 0) c.live = false;
        return this.#result(body, 'done', { controlRef: c.ref, amountFen, effectiveOn: today });
      }
      case 'release':
      case 'renew': {
        const c = body.controlRef ? this.#controls.get(body.controlRef) : undefined;
        if (!c || !c.live) return { type: 'rejection', code: 'UNKNOWN_REQUEST', message: `没有在效的控制措施 ${body.controlRef ?? '（未给出）'}` };
        if (body.act === 'release') {
          c.live = false;
          return this.#result(body, 'done', { controlRef: c.ref, amountFen: c.amountFen, effectiveOn: today });
        }
        c.expiresOn = addMonths(new Date(`${c.expiresOn ?? today}T00:00:00Z`), body.termMonths ?? 12);
        return this.#result(body, 'done', { controlRef: c.ref, effectiveOn: today, expiresOn: c.expiresOn });
      }
    }
  }

  #newControl(body: ControlRequest, holding: Holding, amountFen: number, now: Date): HeldControl {
    this.#controlSeq += 1;
    const c: HeldControl = { ref: `${this.#options.code}-C${String(this.#controlSeq).padStart(6, '0')}`, act: body.act, propertyRef: holding.ref, amountFen, expiresOn: addMonths(new Date(`${civilDateOf(now.getTime())}T00:00:00Z`), body.termMonths ?? 12), live: true };
    this.#controls.set(c.ref, c);
    return c;
  }
}

/** A signature with one bit changed: what a man in the middle, or a broken gateway, produces. */
function tampered(b64: string): string {
  const bytes = Buffer.from(b64, 'base64');
  const i = bytes.length - 2;
  bytes[i] = (bytes[i] ?? 0) ^ 0x04;
  return bytes.toString('base64');
}
