import { useState } from 'react';
import { Alert, App, Button, Card, Empty, Flex, Form, Modal, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, type CaseDetailReply, type UsersReply } from '../../api/endpoints.js';
import { isVersionConflict } from '../../api/error-text.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ACTION_LABELS, type ActionType } from '../../i18n/labels.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { reportFormError } from '../../components/server-errors.js';
import { ActionFields, ACTION_HINTS } from './action-fields.js';
import { toAction, type ActionValues } from './action-values.js';
import type { MessageKey } from '../../i18n/messages.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';

/** Acts that change a case's path get the primary colour; the rest stay quiet. */
const PRIMARY: ReadonlySet<ActionType> = new Set(['assignHandler', 'serveNotice', 'startInvestigation', 'startDisposal', 'startDisbursement']);

/** The case's path first, then the acts that pause, resume or stretch it. */
const ACTION_GROUPS = [
  { key: 'path', label: 'case.actions.path', types: ['assignHandler', 'serveNotice', 'startInvestigation', 'startDisposal', 'startDisbursement', 'close'] },
  { key: 'other', label: 'case.actions.other', types: ['stay', 'defer', 'resume', 'requestExtension', 'approveExtension', 'rejectExtension'] },
] as const satisfies readonly { key: string; label: MessageKey; types: readonly ActionType[] }[];

/** Every act the server may offer sits in a group (a new one fails the type check here instead of vanishing). */
type Ungrouped = Exclude<ActionType, (typeof ACTION_GROUPS)[number]['types'][number]>;
type Assert<T extends true> = T;
export type EveryActionGrouped = Assert<[Ungrouped] extends [never] ? true : false>;

function defaultsFor(type: ActionType): ActionValues {
  const today = dayjs();
  switch (type) {
    case 'serveNotice':
      return { servedOn: today };
    case 'close':
      return { on: today, method: 'performed' };
    case 'stay':
    case 'defer':
      return { since: today };
    case 'resume':
      return { on: today };
    case 'requestExtension':
      return { months: 3, requestedOn: today };
    case 'assignHandler':
    case 'startInvestigation':
    case 'startDisposal':
    case 'startDisbursement':
    case 'approveExtension':
    case 'rejectExtension':
      return {};
  }
}

interface Props {
  detail: CaseDetailReply;
  users: UsersReply['items'];
  onChanged: (detail: CaseDetailReply) => void;
  onReload: () => void;
}

export function CaseActions({ detail, users, onChanged, onReload }: Props) {
  const { t, lang, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  useRevalidateOnLanguage(form);
  const [open, setOpen] = useState<ActionType | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const start = (type: ActionType) => {
    setError(null);
    setOpen(type);
  };

  const submit = async (values: ActionValues) => {
    if (!open) return;
    setSubmitting(true);
    setError(null);
    try {
      const updated = await api.actOnCase(detail.id, { action: toAction(open, values), expectedVersion: detail.version });
      void message.success(t('action.done', { action: ACTION_LABELS[open][lang] }));
      setOpen(null);
      onChanged(updated);
    } catch (caught) {
      reportFormError(form, caught, setError, ['action']);
    } finally {
      setSubmitting(false);
    }
  };

  const actions = detail.allowedActions;

  const renderAction = (a: CaseDetailReply['allowedActions'][number]) => {
    const type = a.type;
    const label = ACTION_LABELS[type][lang];
    if (a.allowed) {
      return (
        <Button key={type} type={PRIMARY.has(type) ? 'primary' : 'default'} onClick={() => start(type)}>
          {label}
        </Button>
      );
    }
    const reason = pick(a.reasonZh, a.reasonEn) || t('case.actions.notNow');
    // A disabled button gets no pointer or focus events: the wrapper carries the tooltip and the focus.
    return (
      <Tooltip key={type} title={reason}>
        <span tabIndex={0} aria-label={`${label}: ${reason}`} style={{ display: 'inline-block', cursor: 'not-allowed' }}>
          <Button disabled style={{ pointerEvents: 'none' }} aria-hidden>
            {label}
          </Button>
        </span>
      </Tooltip>
    );
  };

  return (
    <Card title={t('case.actions')} style={{ marginBottom: 16 }}>
      {actions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('case.actions.none')} />
      ) : (
        ACTION_GROUPS.map((group) => {
          const inGroup = actions.filter((a) => (group.types as readonly ActionType[]).includes(a.type));
          if (inGroup.length === 0) return null;
          return (
            <div key={group.key} role="group" aria-label={t(group.label)} style={{ marginBottom: 12 }}>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginBottom: 6 }}>
                {t(group.label)}
              </Typography.Text>
              <Flex wrap gap={8}>
                {inGroup.map((a) => renderAction(a))}
              </Flex>
            </div>
          );
        })
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '12px 0 0' }}>
        {t('case.actions.note')}
      </Typography.Paragraph>

      <Modal
        open={open !== null}
        title={open ? ACTION_LABELS[open][lang] : ''}
        okText={t('action.submit')}
        cancelText={t('common.cancel')}
        confirmLoading={submitting}
        onOk={() => form.submit()}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        width={560}
      >
        {open ? <Alert type="info" showIcon title={t(ACTION_HINTS[open])} style={{ marginBottom: 16 }} /> : null}
        {error && isVersionConflict(error) ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title={t('action.conflict')}
            action={
              <Button
                size="small"
                onClick={() => {
                  setOpen(null);
                  onReload();
                }}
              >
                {t('common.refresh')}
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        ) : error ? (
          <ErrorAlert error={error} />
        ) : null}
        <Form<ActionValues>
          key={open ?? 'none'}
          form={form}
          layout="vertical"
          initialValues={open ? defaultsFor(open) : {}}
          onFinish={(values) => void submit(values)}
          disabled={submitting}
          onKeyDown={(event) => {
            // Enter in a date field would send the act before the date is picked (stack-notes.md).
            if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
          }}
        >
          {open ? <ActionFields type={open} detail={detail} users={users} /> : null}
        </Form>
      </Modal>
    </Card>
  );
}
