import type { Dayjs } from 'dayjs';
import type { CaseActionInput } from '@zhixing/contracts';
import { toCivilDate } from '../../format/date.js';
import type { ActionType, ClosingMethod, StayGround } from '../../i18n/labels.js';

/** One form serves every act; field names follow the act's schema so server issues map back. */
export interface ActionValues {
  handlerId?: string;
  servedOn?: Dayjs;
  reason?: string;
  method?: ClosingMethod;
  on?: Dayjs;
  checklist?: Partial<Record<ChecklistItem, boolean>>;
  ground?: string;
  /** The stay's statutory ground (required by the form; older clients may omit it). */
  groundCode?: StayGround;
  since?: Dayjs;
  until?: Dayjs;
  months?: number;
  requestedOn?: Dayjs;
}

/** The 终本 checklist (终本规定 art. 1), in the contract's words. */
export const CHECKLIST_ITEMS = [
  'consumptionRestrictionIssued',
  'dishonestListingDecided',
  'investigationExhausted',
  'applicantInterviewed',
  'whereaboutsSearched',
] as const satisfies readonly (keyof NonNullable<Extract<CaseActionInput, { type: 'close' }>['checklist']>)[];
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

const date = (value: Dayjs | undefined): string => toCivilDate(value) ?? '';
const text = (value: string | undefined): string => (value ?? '').trim();

export function toAction(type: ActionType, v: ActionValues): CaseActionInput {
  switch (type) {
    case 'assignHandler':
      return { type, handlerId: v.handlerId ?? '' };
    case 'serveNotice':
      return { type, servedOn: date(v.servedOn) };
    case 'startInvestigation':
    case 'startDisbursement':
    case 'approveExtension':
      return { type };
    case 'startDisposal':
    case 'rejectExtension':
      return { type, reason: text(v.reason) };
    case 'close': {
      const method = v.method ?? 'performed';
      const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, v.checklist?.[item] === true]));
      return { type, method, reason: text(v.reason), on: date(v.on), ...(method === 'terminationForNow' ? { checklist } : {}) };
    }
    case 'stay':
      return { type, ground: text(v.ground), since: date(v.since), ...(v.groundCode ? { groundCode: v.groundCode } : {}) };
    case 'defer':
      return { type, ground: text(v.ground), since: date(v.since), until: date(v.until) };
    case 'resume':
      return { type, on: date(v.on) };
    case 'requestExtension':
      return { type, months: v.months ?? 3, reason: text(v.reason), requestedOn: date(v.requestedOn) };
  }
}
