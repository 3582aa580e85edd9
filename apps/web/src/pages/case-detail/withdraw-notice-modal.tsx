import { App, Descriptions } from 'antd';
import { api, type CaseNotice } from '../../api/endpoints.js';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { ReasonModal } from '../../components/reason-modal.js';

interface Props {
  caseId: string;
  notice: CaseNotice;
  onClose: () => void;
  onWithdrawn: (notice: CaseNotice) => void;
  onReload: () => void;
}

/** 撤回公告: which notice, and the reason for the case log; it leaves the public portal at once. */
export function WithdrawNoticeModal({ caseId, notice: n, onClose, onWithdrawn, onReload }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <ReasonModal
      name="withdrawNotice"
      maxLength={500}
      texts={{
        title: t('notices.withdraw.title'),
        hint: t('notices.withdraw.hint'),
        label: t('notices.withdraw.reason'),
        placeholder: t('notices.withdraw.placeholder'),
        required: t('notices.withdraw.required'),
        submit: t('notices.withdraw.submit'),
        refused: t('notices.withdraw.refused'),
      }}
      summary={
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            { key: 'kind', label: t('notices.col.kind'), children: t(n.kind === 'reward' ? 'notices.kind.reward' : 'notices.kind.auction') },
            { key: 'title', label: t('notices.col.content'), children: n.title },
            { key: 'debtor', label: t('notices.col.debtor'), children: n.debtor.name },
            { key: 'publishOn', label: t('notices.col.period'), children: t('notices.period.from', { date: formatDate(n.publishOn) }) },
          ]}
        />
      }
      onSubmit={async (reason) => {
        const withdrawn = await api.withdrawNotice(caseId, n.id, reason);
        void message.success(t('notices.withdraw.done'));
        onWithdrawn(withdrawn);
      }}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
