import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { CaseEventsReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { EVENT_ACTION_LABELS, ROLE_LABELS, labelOf } from '../../i18n/labels.js';
import { formatInstant } from '../../format/date.js';
import { ErrorAlert } from '../../components/error-alert.js';

type CaseEvent = CaseEventsReply['items'][number];

/** The case's full trace (全程留痕), newest first: who, in what role, when, what, and under which rule. */
export function EventTimeline({ events, error, loading }: { events: readonly CaseEvent[]; error: unknown; loading: boolean }) {
  const { t, lang, pick } = useI18n();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);

  return (
    <Card title={t('case.timeline')} loading={loading && events.length === 0} style={{ marginBottom: 16 }}>
      {error ? <ErrorAlert error={error} /> : null}
      {newestFirst.length === 0 && !error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.timeline.empty')} />
      ) : (
        <Timeline
          items={newestFirst.map((e, index) => {
            const who = e.actor.role === 'system' ? t('event.system') : t('common.nameWithRole', { name: e.actor.displayName ?? '—', role: ROLE_LABELS[e.actor.role][lang] });
            const summary = pick(e.summaryZh, e.summaryEn);
            return {
              key: e.seq,
              color: index === 0 ? 'blue' : 'gray',
              content: (
                <div data-testid="timeline-event">
                  <Space size={6} wrap>
                    <Tag color={index === 0 ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                      {labelOf(EVENT_ACTION_LABELS, e.action, lang)}
                    </Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatInstant(e.occurredAt)}
                    </Typography.Text>
                  </Space>
                  {summary ? <div style={{ marginTop: 4 }}>{summary}</div> : null}
                  <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)', marginTop: 2 }}>{t('event.by', { who })}</div>
                  {e.legalBasis ? (
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>{t('event.legalBasis', { basis: e.legalBasis })}</div>
                  ) : null}
                </div>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
