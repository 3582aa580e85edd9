import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Radio, Select, Spin, Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { portalApi, type AppointmentSlots } from '../portal-api.js';
import { formatDay } from './format-time.js';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  courtId: string | undefined;
}

/**
 * A free half-hour in the court's affairs hall over the next ten working days: the day from a
 * select, then the time; full times are shown but cannot be chosen.
 */
export function SlotPicker({ id, value, onChange, courtId }: Props) {
  const { t, lang } = usePortalI18n();
  const [data, setData] = useState<AppointmentSlots | null>(null);
  const [failed, setFailed] = useState(false);
  const [day, setDay] = useState<string | undefined>(undefined);
  // Another court: its seats differ, so a time chosen at the first one is chosen no more.
  const shownCourt = useRef(courtId);
  const change = useRef(onChange);
  change.current = onChange;
  useEffect(() => {
    if (shownCourt.current !== courtId) change.current?.(undefined);
    shownCourt.current = courtId;
    setData(null);
    setFailed(false);
    if (!courtId) return;
    let live = true;
    portalApi.appointmentSlots(courtId, lang).then(
      (d) => {
        if (!live) return;
        setData(d);
        setDay((current) => current ?? d.slots.find((s) => s.free > 0)?.slot.slice(0, 10));
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [courtId, lang]);
  const days = useMemo(() => [...new Set((data?.slots ?? []).map((s) => s.slot.slice(0, 10)))], [data]);
  const times = (data?.slots ?? []).filter((s) => s.slot.startsWith(`${day ?? '-'}T`));
  if (!courtId) return <Typography.Text type="secondary">{t('appointmentChooseCourtFirst')}</Typography.Text>;
  if (failed) return <Alert type="warning" showIcon title={t('slotsFailed')} />;
  if (!data) return <Spin size="small" description={t('loading')} />;
  const timeGroup = `${id ?? 'slot'}-time-label`;
  return (
    <div>
      <label htmlFor={id} className="zx-portal-sublabel">
        {t('appointmentDay')}
      </label>
      <Select<string>
        id={id}
        value={day}
        style={{ width: '100%', marginBottom: 12 }}
        onChange={(d) => {
          setDay(d);
          onChange?.(undefined);
        }}
        options={days.map((d) => ({ value: d, label: formatDay(d, lang) }))}
      />
      <span id={timeGroup} className="zx-portal-sublabel">
        {t('appointmentTime')}
      </span>
      {times.every((s) => s.free === 0) && <Typography.Paragraph type="secondary">{t('noSlots')}</Typography.Paragraph>}
      <Radio.Group
        aria-labelledby={timeGroup}
        value={value}
        onChange={(e) => onChange?.(e.target.value as string)}
        optionType="button"
        className="zx-portal-slots"
        options={times.map((s) => ({
          value: s.slot,
          disabled: s.free === 0,
          label: s.free === 0 ? t('slotFull', { time: s.slot.slice(11) }) : t('slotFree', { time: s.slot.slice(11), n: s.free }),
        }))}
      />
    </div>
  );
}
