/**
 * Open data (issue 5: "monthly statistics per court (filed, closed, closing methods, money realised,
 * voluntary performance) as a page with charts and as CSV"), for one court or the whole city.
 */
import { AppError, invalidField, type MonthlyStatistics, type OpenStatistics } from '@zhixing/contracts';
import { closedByMonth, filedByMonth, findCourt, receiptsByMonth } from '@zhixing/db';
import { CLOSING_METHODS, CLOSING_METHOD_LABELS, daysInMonth, fenToYuanString, type ClosingMethod } from '@zhixing/domain';
import type { ServiceContext } from '../context.js';
import { today } from '../today.js';

const MAX_MONTHS = 36;

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const emptyClosing = (): Record<ClosingMethod, number> => Object.fromEntries(CLOSING_METHODS.map((m) => [m, 0])) as Record<ClosingMethod, number>;

export async function openStatistics(ctx: ServiceContext, q: { courtId?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<OpenStatistics> {
  const { db } = ctx.database;
  const thisMonth = today(ctx.clock).slice(0, 7);
  const to = q.to ?? thisMonth;
  const from = q.from ?? shiftMonth(to, -11);
  if (from > to) throw invalidField('from', '起始月份不能晚于截止月份', 'The first month cannot be after the last');
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw invalidField('from', `一次最多查询${MAX_MONTHS}个月`, `At most ${MAX_MONTHS} months at a time`);
  const court = q.courtId ? await findCourt(db, q.courtId) : null;
  if (q.courtId && !court) throw new AppError('NOT_FOUND');
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  const range = { from: `${from}-01`, to: `${to}-${String(daysInMonth(ty, tm)).padStart(2, '0')}`, courtIds: court ? [court.id] : null };
  const [filed, closed, receipts] = await Promise.all([filedByMonth(db, range), closedByMonth(db, range), receiptsByMonth(db, range)]);

  const rows = new Map<string, MonthlyStatistics & { realisedFen: number; voluntaryFen: number }>();
  for (const month of months) rows.set(month, { month, filed: 0, closed: 0, closing: emptyClosing(), realised: '0.00', voluntaryPayments: 0, voluntaryAmount: '0.00', realisedFen: 0, voluntaryFen: 0 });
  for (const f of filed) rows.get(f.month)!.filed += f.n;
  for (const c of closed) {
    const row = rows.get(c.month)!;
    row.closed += c.n;
    if ((CLOSING_METHODS as readonly string[]).includes(c.method)) row.closing[c.method as ClosingMethod] += c.n;
  }
  for (const r of receipts) {
    const row = rows.get(r.month)!;
    row.realisedFen += r.fen;
    if (r.channel === 'voluntary') {
      row.voluntaryPayments += r.n;
      row.voluntaryFen += r.fen;
    }
  }
  const list = [...rows.values()];
  const sum = (f: (r: (typeof list)[number]) => number) => list.reduce((s, r) => s + f(r), 0);
  const closing = emptyClosing();
  for (const m of CLOSING_METHODS) closing[m] = sum((r) => r.closing[m]);
  return {
    court: court ? { id: court.id, name: court.name, nameEn: court.name_en } : { id: null, name: '全市法院', nameEn: 'All courts of the city' },
    from,
    to,
    partialMonth: months.includes(thisMonth) ? thisMonth : null,
    months: list.map(({ realisedFen, voluntaryFen, ...r }) => ({ ...r, realised: fenToYuanString(realisedFen), voluntaryAmount: fenToYuanString(voluntaryFen) })),
    totals: { filed: sum((r) => r.filed), closed: sum((r) => r.closed), closing, realised: fenToYuanString(sum((r) => r.realisedFen)), voluntaryPayments: sum((r) => r.voluntaryPayments), voluntaryAmount: fenToYuanString(sum((r) => r.voluntaryFen)) },
  };
}

/** RFC 4180 quoting, and a leading quote mark on anything a spreadsheet would run as a formula. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The same figures as CSV: UTF-8 with a BOM (so spreadsheet programs read the Chinese), CRLF lines. */
export async function openStatisticsCsv(ctx: ServiceContext, q: { courtId?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<string> {
  const s = await openStatistics(ctx, q);
  const header = ['月份 Month', '法院 Court', '收案 Filed', '结案 Closed', ...CLOSING_METHODS.map((m) => `${CLOSING_METHOD_LABELS[m].zh} ${CLOSING_METHOD_LABELS[m].en}`), '执行到位金额（元） Realised (yuan)', '自动履行笔数 Voluntary payments', '自动履行金额（元） Voluntary amount (yuan)'];
  const lines = [header, ...s.months.map((m) => [m.month, s.court.name, m.filed, m.closed, ...CLOSING_METHODS.map((k) => m.closing[k]), m.realised, m.voluntaryPayments, m.voluntaryAmount])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
