import { Tag } from 'antd';
import { useI18n } from '../../i18n/i18n-context.js';
import type { SubmissionKind, SubmissionStatus } from './submissions-api.js';
import { STATUS_COLOURS, statusKey } from './submission-texts.js';

/** Where a submission stands, in the words of its kind (待立案, 已受理, 已接待, 不予受理…). */
export function SubmissionStatusTag({ kind, status, filed = false, registered = false }: { kind: SubmissionKind; status: SubmissionStatus; filed?: boolean; registered?: boolean }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLOURS[status]} style={{ marginInlineEnd: 0 }} data-testid="submission-status" data-status={status}>
      {t(statusKey(kind, status, { filed, registered }))}
    </Tag>
  );
}
