import { Space, Tag } from 'antd';
import { formatDate } from '../format/date.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A due date; overdue ones in red with the 已超期 tag (colour is never the only signal). */
export function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  const { t } = useI18n();
  if (!date) return <span aria-label={t('common.none')}>—</span>;
  if (!overdue) return <span style={{ whiteSpace: 'nowrap' }}>{formatDate(date)}</span>;
  return (
    <Space size={4} wrap>
      <span className="zx-overdue" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(date)}
      </span>
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        {t('deadline.overdueTag')}
      </Tag>
    </Space>
  );
}
