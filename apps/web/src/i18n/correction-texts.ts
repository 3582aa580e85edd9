import type { Correction } from '../api/endpoints.js';
import type { I18n } from './i18n-context.js';
import { CORRECTION_GROUND_LABELS } from './labels-credit.js';
import { itemNumber } from './credit-texts.js';

type Texts = Pick<I18n, 't' | 'lang'>;

/** 纠正申请 or 复议申请. */
export const correctionKindText = (c: Pick<Correction, 'kind'>, { t }: Texts): string => t(c.kind === 'correction' ? 'correction.kind.correction' : 'correction.kind.reconsideration');

/** The ground with its item of 失信规定 art. 11 (「第一项：…」), or the exit restriction disputed. */
export function correctionGroundText(ground: Correction['ground'], { t, lang }: Texts): string {
  if (ground === 'exitRestriction') return t('correction.ground.exitRestriction');
  const label = CORRECTION_GROUND_LABELS[ground];
  return t('correction.groundItem', { item: itemNumber(label.item, lang), label: label[lang] });
}

/** Where it stands; a reconsideration upheld quashes the decision (撤销), a correction upheld is 理由成立. */
export function correctionStatusText(c: Pick<Correction, 'kind' | 'status'>, { t }: Texts): string {
  switch (c.status) {
    case 'pending':
      return t('correction.status.pending');
    case 'granted':
      return t(c.kind === 'reconsideration' ? 'correction.status.quashed' : 'correction.status.granted');
    case 'dismissed':
      return t('correction.status.dismissed');
  }
}

export const CORRECTION_STATUS_COLOURS: Readonly<Record<Correction['status'], string>> = { pending: 'blue', granted: 'green', dismissed: 'default' };

/** How urgent a pending one is: overdue (red), 3 days or fewer (amber), or in time. */
export type Urgency = 'overdue' | 'soon' | 'inTime';
export const urgencyOf = (daysLeft: number): Urgency => (daysLeft < 0 ? 'overdue' : daysLeft <= 3 ? 'soon' : 'inTime');

/** 剩 N 天 / 今日到期 / 已超期 N 天. */
export function daysLeftText(daysLeft: number, { t }: Texts): string {
  if (daysLeft < 0) return t('correction.overdueDays', { n: -daysLeft });
  if (daysLeft === 0) return t('correction.dueToday');
  return daysLeft === 1 ? t('correction.oneDayLeft') : t('correction.daysLeft', { n: daysLeft });
}
