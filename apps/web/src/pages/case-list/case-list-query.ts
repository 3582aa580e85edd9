import type { CaseListQuery } from '../../api/endpoints.js';
import { STAGE_ORDER, type CaseStage } from '../../i18n/labels.js';

export type CaseSort = 'dueDate' | 'filedOn' | 'caseNumber';

/** The list's filters live in the address bar, so Back, reload and shared links keep them. */
export interface CaseListFilters {
  q: string;
  courtId: string;
  stage: CaseStage | '';
  handlerId: string;
  overdue: boolean;
  open: boolean;
  sort: CaseSort;
  page: number;
  pageSize: number;
}

const SORTS: readonly CaseSort[] = ['dueDate', 'filedOn', 'caseNumber'];
const PAGE_SIZES = [10, 20, 50, 100];

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readFilters(params: URLSearchParams): CaseListFilters {
  const stage = params.get('stage') ?? '';
  const sort = params.get('sort') ?? 'dueDate';
  const pageSize = positiveInt(params.get('pageSize'), 20);
  return {
    q: params.get('q') ?? '',
    courtId: params.get('courtId') ?? '',
    stage: (STAGE_ORDER as readonly string[]).includes(stage) ? (stage as CaseStage) : '',
    handlerId: params.get('handlerId') ?? '',
    overdue: params.get('overdue') === 'true',
    open: params.get('open') === 'true',
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as CaseSort) : 'dueDate',
    page: positiveInt(params.get('page'), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

export function writeFilters(filters: CaseListFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.courtId) params.set('courtId', filters.courtId);
  if (filters.stage) params.set('stage', filters.stage);
  if (filters.handlerId) params.set('handlerId', filters.handlerId);
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.open) params.set('open', 'true');
  if (filters.sort !== 'dueDate') params.set('sort', filters.sort);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== 20) params.set('pageSize', String(filters.pageSize));
  return params;
}

export function toQuery(filters: CaseListFilters): CaseListQuery {
  return {
    page: filters.page,
    pageSize: filters.pageSize,
    sort: filters.sort,
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.courtId ? { courtId: filters.courtId } : {}),
    ...(filters.stage ? { stage: filters.stage } : {}),
    ...(filters.handlerId ? { handlerId: filters.handlerId } : {}),
    ...(filters.overdue ? { overdue: 'true' as const } : {}),
    ...(filters.open ? { open: 'true' as const } : {}),
  };
}

export const hasNarrowingFilters = (f: CaseListFilters): boolean => Boolean(f.q.trim() || f.courtId || f.stage || f.handlerId || f.overdue || f.open);

export { PAGE_SIZES };
