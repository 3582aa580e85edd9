/**
 * The open statistics' three charts (recharts), each with its figures as a table (chart-card.tsx).
 * Colours are dark enough on white for graphics (WCAG 1.4.11, ≥ 3:1; all here ≥ 5:1), and the two
 * series of a chart differ by more than colour: bars side by side with a legend, lines solid and dashed.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CLOSING_METHOD_LABELS } from '../../i18n/labels.js';
import { formatYuan } from '../../format/money.js';
import { usePortalI18n } from '../portal-i18n.js';
import type { OpenStatistics } from '../portal-api.js';
import { ChartCard } from './chart-card.js';
import { axisMonth } from './months.js';

type ClosingMethod = keyof OpenStatistics['totals']['closing'];
const CLOSING_METHODS = Object.keys(CLOSING_METHOD_LABELS) as ClosingMethod[];

/** Blue 6.7:1, orange 5.2:1, teal 5.5:1 on white; blue/orange stay apart for red–green colour blindness. */
const COLOURS = { filed: '#1d4ed8', closed: '#c2410c', closing: '#1d4ed8', realised: '#0f766e', voluntary: '#c2410c' } as const;
const AXIS = { fontSize: 12, fill: '#374151' } as const;
const HEIGHT = 260;
/** Legends in the order the series are drawn (recharts sorts them by name otherwise, which differs by language). */
const SERIES = ['filed', 'closed', 'realised', 'voluntary'];
const SERIES_ORDER = (item: { dataKey?: unknown }): number => SERIES.indexOf(String(item.dataKey));

/** What every chart needs: the figures, the court and range in words, how months are labelled. */
function useChartWords(s: OpenStatistics) {
  const { t, lang, pick } = usePortalI18n();
  const court = pick(s.court.name, s.court.nameEn);
  const monthCell = (month: string) => (month === s.partialMonth ? t('statsPartialRow', { month }) : month);
  const axis = s.months.map((m, i) => axisMonth(m.month, lang, i === 0, m.month === s.partialMonth));
  return { t, lang, monthCell, axis, range: { court, from: s.from, to: s.to } };
}

/** Money is drawn, never computed with: a yuan string becomes a number only to place a point. */
const plotted = (yuan: string): number => Number(yuan);

export function FiledClosedChart({ s }: { s: OpenStatistics }) {
  const { t, monthCell, axis, range } = useChartWords(s);
  const data = s.months.map((m, i) => ({ label: axis[i], month: m.month, filed: m.filed, closed: m.closed }));
  const peak = s.months.reduce((best, m) => (m.filed > best.filed ? m : best), s.months[0] ?? { month: s.to, filed: 0 });
  const summary = t('chartFiledClosedSummary', { ...range, filed: s.totals.filed, closed: s.totals.closed, peakMonth: peak.month, peak: peak.filed });
  const title = t('chartFiledClosed');
  return (
    <ChartCard
      testId="chart-filed-closed"
      title={title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={10} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip />
            <Legend itemSorter={SERIES_ORDER} />
            {(['filed', 'closed'] as const).map((key) => (
              <Bar key={key} dataKey={key} name={t(key === 'filed' ? 'statsFiled' : 'statsClosed')} fill={COLOURS[key]} isAnimationActive={false}>
                {data.map((d) => (
                  <Cell key={d.month} fillOpacity={d.month === s.partialMonth ? 0.45 : 1} stroke={COLOURS[key]} strokeDasharray={d.month === s.partialMonth ? '3 2' : undefined} />
                ))}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={{
        columns: [t('statsMonth'), t('statsFiled'), t('statsClosed')],
        fields: ['filed', 'closed'],
        rows: [
          ...s.months.map((m) => ({ key: m.month, partial: m.month === s.partialMonth, cells: [monthCell(m.month), m.filed, m.closed] })),
          { key: 'total', total: true, cells: [t('statsTotal'), s.totals.filed, s.totals.closed] },
        ],
      }}
    />
  );
}

export function ClosingChart({ s }: { s: OpenStatistics }) {
  const { t, lang, range } = useChartWords(s);
  const label = (m: ClosingMethod) => (lang === 'zh' ? CLOSING_METHOD_LABELS[m].zh : CLOSING_METHOD_LABELS[m].en);
  const data = CLOSING_METHODS.map((m) => ({ method: m, label: label(m), n: s.totals.closing[m] }));
  const list = data.map((d) => `${d.label} ${t('statsCases', { n: d.n })}`).join(lang === 'zh' ? '、' : ', ');
  const title = t('chartClosing');
  return (
    <ChartCard
      testId="chart-closing"
      title={title}
      summary={s.totals.closed === 0 ? t('chartClosingNone') : t('chartClosingSummary', { ...range, list })}
      chart={
        s.totals.closed === 0 ? null : (
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 0, right: 32, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={AXIS} />
              <YAxis type="category" dataKey="label" tick={AXIS} width={lang === 'zh' ? 112 : 150} />
              <Tooltip />
              <Bar dataKey="n" name={t('statsCount')} fill={COLOURS.closing} isAnimationActive={false}>
                <LabelList dataKey="n" position="right" fill="#111827" fontSize={12} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )
      }
      table={{ columns: [t('statsMethod'), t('statsCount')], fields: ['count'], rows: data.map((d) => ({ key: d.method, cells: [d.label, d.n] })) }}
    />
  );
}

export function MoneyChart({ s }: { s: OpenStatistics }) {
  const { t, lang, monthCell, axis, range } = useChartWords(s);
  const compact = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { notation: 'compact', maximumFractionDigits: 1 });
  const data = s.months.map((m, i) => ({ label: axis[i], month: m.month, realised: plotted(m.realised), voluntary: plotted(m.voluntaryAmount) }));
  const title = t('chartMoney');
  const summary = t('chartMoneySummary', { ...range, realised: formatYuan(s.totals.realised), voluntary: formatYuan(s.totals.voluntaryAmount), payments: s.totals.voluntaryPayments });
  return (
    <ChartCard
      testId="chart-money"
      title={title}
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <LineChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 12, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={10} />
            <YAxis tick={AXIS} width={56} tickFormatter={(v: number) => `¥${compact.format(v)}`} />
            <Tooltip formatter={(v) => formatYuan(typeof v === 'number' ? v.toFixed(2) : String(v))} />
            <Legend itemSorter={SERIES_ORDER} />
            <Line dataKey="realised" name={t('statsRealised')} stroke={COLOURS.realised} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
            <Line dataKey="voluntary" name={t('statsVoluntaryAmount')} stroke={COLOURS.voluntary} strokeWidth={2} strokeDasharray="6 3" dot={{ r: 3 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      }
      table={{
        columns: [t('statsMonth'), t('statsRealised'), t('statsVoluntaryPayments'), t('statsVoluntaryAmount')],
        fields: ['realised', 'voluntaryPayments', 'voluntaryAmount'],
        rows: [
          ...s.months.map((m) => ({ key: m.month, partial: m.month === s.partialMonth, cells: [monthCell(m.month), formatYuan(m.realised), m.voluntaryPayments, formatYuan(m.voluntaryAmount)] })),
          { key: 'total', total: true, cells: [t('statsTotal'), formatYuan(s.totals.realised), s.totals.voluntaryPayments, formatYuan(s.totals.voluntaryAmount)] },
        ],
      }}
    />
  );
}
