import { Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { CaseEventsReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { EVENT_ACTION_LABELS, ROLE_LABELS, labelOf } from '../../i18n/labels.js';
import { formatInstant } from '../../format/date.js';
import { ErrorAlert } from '../../components/error-alert.js';

type CaseEvent = CaseEventsReply['items'][number];

/**
 * The trace scrolls inside its card beyond this height: a case runs for years and gathers dozens of
 * acts, and an unbounded column would push every card below it down the page, and move them each
 * time an act is added while the clerk is about to press a button there.
 */
const MAX_HEIGHT = 'min(70vh, 640px)';

/** The case's full trace (全程留痕), newest first: who, in what role, when, what, and under which rule. */
export function EventTimeline({ events, error, loading }: { events: readonly CaseEvent[]; error: unknown; loading: boolean }) {
  const { t, lang, pick } = useI18n();
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq);

  return (
    <Card
      title={t('case.timeline')}
      extra={events.length > 0 ? <Typography.Text type="secondary">{t('case.timeline.total', { count: events.length })}</Typography.Text> : null}
      loading={loading && events.length === 0}
      style={{ marginBottom: 16 }}
    >
      {error ? <ErrorAlert error={error} /> : null}
      {newestFirst.length === 0 && !error ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.timeline.empty')} />
      ) : (
        // A region of its own, reachable by Tab, so the keyboard scrolls it too (WCAG 2.1.1).
        <div role="region" aria-label={t('case.timeline')} tabIndex={0} data-testid="timeline-scroll" style={{ maxHeight: MAX_HEIGHT, overflowY: 'auto', paddingTop: 6, paddingRight: 4 }}>
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
        </div>
      )}
    </Card>
  );
}
