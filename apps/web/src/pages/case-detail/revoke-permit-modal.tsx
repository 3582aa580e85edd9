import { App, Descriptions, Space, Tag } from 'antd';
import { api, type CreditDecision, type CreditPermit } from '../../api/endpoints.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PERMISSION_REASON_LABELS, SCENARIO_LABELS } from '../../i18n/labels-credit.js';
import { ReasonModal } from '../../components/reason-modal.js';

interface Props {
  decision: CreditDecision;
  permit: CreditPermit;
  onClose: () => void;
  onRevoked: () => void;
  onReload: () => void;
}

/** 撤销准许: which permit, and a reason for the case history; the agencies block again at their next sync. */
export function RevokePermitModal({ decision: d, permit: p, onClose, onRevoked, onReload }: Props) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const name = d.subjects.find((s) => s.id === p.subjectId)?.name ?? '—';
  return (
    <ReasonModal
      name="revokePermit"
      texts={{
        title: t('permit.revokeTitle', { name }),
        hint: t('permit.revokeHint'),
        label: t('permit.revokeReason'),
        placeholder: t('permit.revokeReasonPlaceholder'),
        required: t('permit.revokeReasonRequired'),
        submit: t('permit.revoke'),
        refused: t('permit.cannotRevoke'),
      }}
      summary={
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'reason', label: t('permit.reason'), children: PERMISSION_REASON_LABELS[p.reason][lang] },
            {
              key: 'scenarios',
              label: t('permit.scenarios'),
              children: (
                <Space size={4} wrap>
                  {p.scenarios.map((s) => (
                    <Tag key={s} style={{ marginInlineEnd: 0 }}>
                      {SCENARIO_LABELS[s][lang]}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { key: 'period', label: t('permit.period'), children: t('permit.window', { from: formatDate(p.from), to: formatDate(p.to) }) },
          ]}
        />
      }
      onSubmit={async (reason) => {
        await api.revokePermit(d.id, p.id, reason);
        void message.success(t('permit.revokedDone'));
        onRevoked();
      }}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
