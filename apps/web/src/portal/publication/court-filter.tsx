import { Select, Typography } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { useCourts } from '../affairs/use-courts.js';

/** The empty value: every court (the whole city). */
export const ALL_COURTS = '';

/**
 * A court to narrow a public page to, or all of them (`allLabel` first). Labelled by a visible
 * `<label for={id}>`; the value is the court's id, or '' for all.
 */
export function CourtFilter({ id, label, allLabel, value, onChange }: { id: string; label: string; allLabel: string; value: string; onChange: (courtId: string) => void }) {
  const { t, pick } = usePortalI18n();
  const { courts, failed } = useCourts();
  return (
    <div className="zx-portal-filter">
      <label htmlFor={id} className="zx-portal-sublabel">
        {label}
      </label>
      <Select<string>
        id={id}
        value={value}
        onChange={onChange}
        loading={!courts && !failed}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: '100%' }}
        options={[{ value: ALL_COURTS, label: allLabel }, ...(courts ?? []).map((c) => ({ value: c.id, label: pick(c.name, c.nameEn) }))]}
      />
      {failed && <Typography.Text type="warning">{t('courtsFailed')}</Typography.Text>}
    </div>
  );
}
