/** Dates and times as a citizen reads them, always in China's time (the court's), whatever the phone's zone. */
import type { Lang } from '../portal-i18n.js';

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

function parts(day: string): { year: number; month: number; date: number; weekday: number; d: Date } {
  const d = new Date(`${day}T00:00:00Z`);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay(), d };
}

/** `2026-10-08` → 10月8日（周四） / Thu 8 Oct. */
export function formatDay(day: string, lang: Lang): string {
  const p = parts(day);
  if (lang === 'zh') return `${p.month}月${p.date}日（${WEEKDAYS_ZH[p.weekday]}）`;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(p.d);
}

/** `2026-10-08T09:30` → 2026年10月8日（周四）09:30 / Thu 8 Oct 2026, 09:30. */
export function formatSlot(slot: string, lang: Lang): string {
  const [day = '', time = ''] = slot.split('T');
  return lang === 'zh' ? `${parts(day).year}年${formatDay(day, lang)}${time}` : `${formatDay(day, lang)} ${parts(day).year}, ${time}`;
}

/** An instant → `2026-10-08 14:05` in China Standard Time. */
export function formatInstant(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
