import { Card, Steps } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { STAGE_LABELS, STAGE_ORDER } from '../../i18n/labels.js';
import { formatDate } from '../../format/date.js';

/** Where the case stands on its statutory path 立案→分案→执行通知→财产调查→财产处置→执行款发放→结案. */
export function CaseProgress({ detail }: { detail: CaseDetailReply }) {
  const { t, lang } = useI18n();
  const current = Math.max(0, STAGE_ORDER.indexOf(detail.stage));
  const closed = detail.stage === 'closed';
  const status = closed ? 'finish' : detail.suspension ? 'wait' : 'process';

  return (
    <Card style={{ marginBottom: 16 }} styles={{ body: { overflowX: 'auto' } }}>
      <Steps
        size="small"
        current={current}
        status={status}
        aria-label={t('case.progress')}
        items={STAGE_ORDER.map((stage, index) => ({
          title: STAGE_LABELS[stage][lang],
          content:
            index === 0
              ? formatDate(detail.filedOn)
              : stage === 'closed' && detail.closedOn
                ? formatDate(detail.closedOn)
                : index === current && !closed
                  ? detail.suspension
                    ? t('case.progress.suspended')
                    : t('case.progress.current')
                  : undefined,
        }))}
      />
    </Card>
  );
}
