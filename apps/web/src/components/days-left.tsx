import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';
import { daysLeftText, urgencyOf } from '../i18n/correction-texts.js';

const COLOURS = { overdue: 'red', soon: 'gold', inTime: 'default' } as const;

/** Days left to decide: 3 or fewer in amber, overdue in red (the words say it too, not only the colour). */
export function DaysLeft({ daysLeft }: { daysLeft: number }) {
  const i18n = useI18n();
  const urgency = urgencyOf(daysLeft);
  return (
    <Tag color={COLOURS[urgency]} style={{ marginInlineEnd: 0, marginTop: 2 }} data-testid="days-left" data-urgency={urgency}>
      {daysLeftText(daysLeft, i18n)}
    </Tag>
  );
}
