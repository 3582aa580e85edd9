import { Tag } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';
import { STAGE_LABELS, type CaseStage } from '../i18n/labels.js';

const COLOURS: Readonly<Record<CaseStage, string>> = {
  filed: 'default',
  assigned: 'geekblue',
  notified: 'blue',
  investigating: 'cyan',
  disposing: 'purple',
  disbursing: 'gold',
  closed: 'green',
};

export function StageTag({ stage }: { stage: CaseStage }) {
  const { lang } = useI18n();
  return (
    <Tag color={COLOURS[stage]} style={{ marginInlineEnd: 0 }}>
      {STAGE_LABELS[stage][lang]}
    </Tag>
  );
}
