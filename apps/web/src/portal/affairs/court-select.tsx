import { Select, type SelectProps } from 'antd';
import { usePortalI18n } from '../portal-i18n.js';
import { useCourts } from './use-courts.js';

/** One of the city's courts, by name in the page's language (as a Form.Item's control: id, value, onChange come from it). */
export function CourtSelect(props: Omit<SelectProps<string>, 'options'>) {
  const { t, pick } = usePortalI18n();
  const { courts, failed } = useCourts();
  return (
    <Select<string>
      {...props}
      loading={!courts && !failed}
      placeholder={failed ? t('courtsFailed') : t('chooseCourtPlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
      options={(courts ?? []).map((c) => ({ value: c.id, label: pick(c.name, c.nameEn) }))}
    />
  );
}
