import type { Dayjs } from 'dayjs';
import type { FileCaseBody } from '../../api/endpoints.js';
import { normaliseYuan } from '../../format/money.js';
import { toCivilDate } from '../../format/date.js';
import type { BasisType, CaseType, ClaimKind, PartyKind } from '../../i18n/labels.js';

/** The filing form's values; names mirror FileCaseRequest so server issues land on the right field. */
export interface PartyValues {
  kind: PartyKind;
  name?: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

export interface ClaimValues {
  kind: ClaimKind;
  amount?: string;
  description?: string;
}

export interface FileCaseValues {
  caseType: CaseType;
  filedOn: Dayjs;
  /** When the application arrived; the server takes the filing date when it is left out. */
  receivedOn?: Dayjs | null;
  cause: string;
  handlerId?: string;
  basis: {
    type: BasisType;
    issuer: string;
    documentNumber: string;
    effectiveDate: Dayjs;
    performanceDeadline?: Dayjs | null;
  };
  applicants: PartyValues[];
  debtors: PartyValues[];
  claims: ClaimValues[];
}

type PartyInput = FileCaseBody['applicants'][number];
type ClaimInput = FileCaseBody['claims'][number];

const text = (value: string | undefined): string => (value ?? '').trim();
/** Optional text: left out when blank (the contract wants 1+ characters when present). */
const optional = <K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> =>
  text(value) ? ({ [key]: text(value) } as Record<K, string>) : {};

function toParty(p: PartyValues): PartyInput {
  if (p.kind === 'person') {
    return { kind: 'person', name: text(p.name), idNumber: text(p.idNumber).toUpperCase(), ...optional('address', p.address), ...optional('phone', p.phone) };
  }
  return {
    kind: 'organisation',
    name: text(p.name),
    creditCode: text(p.creditCode).toUpperCase(),
    legalRepresentative: text(p.legalRepresentative),
    ...optional('address', p.address),
    ...optional('phone', p.phone),
  };
}

function toClaim(c: ClaimValues): ClaimInput {
  if (c.kind === 'nonMoney') return { kind: 'nonMoney', description: text(c.description) };
  return { kind: c.kind, amount: normaliseYuan(text(c.amount)), ...optional('description', c.description) };
}

export function toFileCaseBody(v: FileCaseValues): FileCaseBody {
  return {
    caseType: v.caseType,
    filedOn: toCivilDate(v.filedOn) ?? undefined,
    ...(v.receivedOn ? { receivedOn: toCivilDate(v.receivedOn) ?? undefined } : {}),
    cause: text(v.cause),
    basis: {
      type: v.basis.type,
      issuer: text(v.basis.issuer),
      documentNumber: text(v.basis.documentNumber),
      effectiveDate: toCivilDate(v.basis.effectiveDate) ?? '',
      performanceDeadline: toCivilDate(v.basis.performanceDeadline),
    },
    applicants: v.applicants.map(toParty),
    debtors: v.debtors.map(toParty),
    claims: v.claims.map(toClaim),
    ...(v.handlerId ? { handlerId: v.handlerId } : {}),
  };
}

/** Sum of the money claims as a yuan string, computed in fen with BigInt (never floats). */
export function sumClaims(claims: readonly (ClaimValues | undefined)[] | undefined): string {
  let fen = 0n;
  for (const c of claims ?? []) {
    if (!c || c.kind === 'nonMoney') continue;
    const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text(c.amount).replace(/,/g, ''));
    if (!m) continue;
    fen += BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
  }
  const fraction = (fen % 100n).toString().padStart(2, '0');
  return `${fen / 100n}.${fraction}`;
}
