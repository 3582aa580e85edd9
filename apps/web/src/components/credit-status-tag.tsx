import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';
import type { DecisionStatus, MeasureKind } from '../i18n/labels-credit.js';
import { STATUS_COLOURS, statusText } from '../i18n/credit-texts.js';

/** Where a credit decision stands: 待院长签发, 宽限期至 …, 已发布, 已删除 / 已解除, 不予签发. */
export function CreditStatusTag({ decision }: { decision: { kind: MeasureKind; status: DecisionStatus; publishOn: string | null } }) {
  const i18n = useI18n();
  return (
    <Tag color={STATUS_COLOURS[decision.status]} style={{ marginInlineEnd: 0 }} data-testid="credit-status">
      {statusText(decision, i18n)}
    </Tag>
  );
}
