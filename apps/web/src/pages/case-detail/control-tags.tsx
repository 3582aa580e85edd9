import { Space, Tag, Tooltip } from 'antd';
import { formatDate } from '../../format/date.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';
import type { CaseControl } from './control-api.js';
import { CONTROL_STATE_COLORS, RENEW_URGENCY_COLORS, renewUrgency } from './control-values.js';

/** A control's state in words: in force reads as what was done (已冻结 / 已查封 / 已扣押). */
export function controlStateText(c: Pick<CaseControl, 'state' | 'act'>, t: Translate): string {
  return c.state === 'inEffect' ? t(`control.state.inEffect.${c.act}`) : t(`control.state.${c.state}`);
}

/** The state as a coloured tag, with the act the institution still has to answer (办理中) beside it. */
export function ControlStateTag({ control: c }: { control: Pick<CaseControl, 'state' | 'act' | 'pendingAct' | 'queueAhead' | 'override'> }) {
  const { t } = useI18n();
  const state = (
    <Tag color={CONTROL_STATE_COLORS[c.state]} style={{ marginInlineEnd: 0 }} data-testid="control-state">
      {controlStateText(c, t)}
    </Tag>
  );
  return (
    <Space size={4} wrap style={{ minWidth: 96 }}>
      {c.state === 'waiting' && c.queueAhead !== null ? <Tooltip title={t('control.queueAhead', { n: c.queueAhead })}>{state}</Tooltip> : state}
      {c.pendingAct ? (
        <Tooltip title={t(`control.pending.${c.pendingAct}`)}>
          <Tag color="processing" style={{ marginInlineEnd: 0 }} data-testid="control-pending">
            {t('control.pending')}
          </Tag>
        </Tooltip>
      ) : null}
      {c.override ? (
        <Tooltip title={t('control.overrideNote', { note: c.override.note })}>
          <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
            {t('control.override')}
          </Tag>
        </Tooltip>
      ) : null}
    </Space>
  );
}

/** The renewal date and the days left to it: red within 7 days, orange within 30 (the words say it too). */
export function RenewBy({ renewBy, daysToRenew }: { renewBy: string | null; daysToRenew: number | null }) {
  const { t } = useI18n();
  if (!renewBy) return <span>—</span>;
  if (daysToRenew === null) return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(renewBy)}</span>;
  const urgency = renewUrgency(daysToRenew);
  const text = daysToRenew < 0 ? t('control.renew.overdue', { days: -daysToRenew }) : daysToRenew === 0 ? t('control.renew.today') : t('control.renew.days', { days: daysToRenew });
  return (
    <div style={{ whiteSpace: 'nowrap' }}>
      <div>{formatDate(renewBy)}</div>
      <Tag color={RENEW_URGENCY_COLORS[urgency]} style={{ marginInlineEnd: 0, marginTop: 2 }} data-testid="renew-days" data-urgency={urgency}>
        {text}
      </Tag>
    </div>
  );
}
