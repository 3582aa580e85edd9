import type { CaseListQuery } from '../../api/endpoints.js';
import { STAGE_ORDER, type CaseStage } from '../../i18n/labels.js';

export type CaseSort = NonNullable<CaseListQuery['sort']>;
export type SortOrder = NonNullable<CaseListQuery['order']>;

/** The server's default direction for each sort: soonest deadline first, newest filing or number first. */
export const defaultOrder = (sort: CaseSort): SortOrder => (sort === 'dueDate' ? 'asc' : 'desc');

/** The list's filters live in the address bar, so Back, reload and shared links keep them. */
export interface CaseListFilters {
  q: string;
  courtId: string;
  stage: CaseStage | '';
  handlerId: string;
  overdue: boolean;
  open: boolean;
  sort: CaseSort;
  order: SortOrder;
  page: number;
  pageSize: number;
}

const SORTS = ['dueDate', 'filedOn', 'caseNumber'] as const satisfies readonly CaseSort[];
const ORDERS = ['asc', 'desc'] as const satisfies readonly SortOrder[];
const PAGE_SIZES = [10, 20, 50, 100];

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readFilters(params: URLSearchParams): CaseListFilters {
  const stage = params.get('stage') ?? '';
  const sortParam = params.get('sort') ?? '';
  const sort: CaseSort = SORTS.find((s) => s === sortParam) ?? 'dueDate';
  const orderParam = params.get('order') ?? '';
  const pageSize = positiveInt(params.get('pageSize'), 20);
  return {
    q: params.get('q') ?? '',
    courtId: params.get('courtId') ?? '',
    stage: (STAGE_ORDER as readonly string[]).includes(stage) ? (stage as CaseStage) : '',
    handlerId: params.get('handlerId') ?? '',
    overdue: params.get('overdue') === 'true',
    open: params.get('open') === 'true',
    sort,
    order: ORDERS.find((o) => o === orderParam) ?? defaultOrder(sort),
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
  if (filters.order !== defaultOrder(filters.sort)) params.set('order', filters.order);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== 20) params.set('pageSize', String(filters.pageSize));
  return params;
}

export function toQuery(filters: CaseListFilters): CaseListQuery {
  return {
    page: filters.page,
    pageSize: filters.pageSize,
    sort: filters.sort,
    order: filters.order,
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

/** antd's names for a column's sort direction. */
export type TableOrder = 'ascend' | 'descend';

/** How a sortable column shows the list's order: its direction when the list is sorted by it, else none. */
export function columnOrder(filters: Pick<CaseListFilters, 'sort' | 'order'>, column: CaseSort): TableOrder | null {
  if (filters.sort !== column) return null;
  return filters.order === 'asc' ? 'ascend' : 'descend';
}

/**
 * The sort a click on a column header asks for. A column whose sort is cleared (antd's third click)
 * goes back to the default: soonest deadline first.
 */
export function sortFromColumn(columnKey: unknown, order: TableOrder | null | undefined): Pick<CaseListFilters, 'sort' | 'order'> {
  const sort = SORTS.find((s) => s === columnKey);
  if (!sort || !order) return { sort: 'dueDate', order: defaultOrder('dueDate') };
  return { sort, order: order === 'ascend' ? 'asc' : 'desc' };
}

/** The directions a column offers, its server default first (a first click on 立案日期 shows the newest). */
export const sortDirections = (column: CaseSort): TableOrder[] => (defaultOrder(column) === 'asc' ? ['ascend', 'descend'] : ['descend', 'ascend']);
