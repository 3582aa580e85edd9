import { useState } from 'react';
import { App, Button } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { api, type CaseDetailReply, type IssuedQueryCodeReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { QueryCodesModal } from '../../components/query-codes-modal.js';
import { ApiError } from '../../api/client.js';

type Party = CaseDetailReply['parties'][number];

/** Issues a party a new portal query code after a confirmation (the old code and its sessions stop). */
export function QueryCodeButton({ detail, party }: { detail: CaseDetailReply; party: Party }) {
  const { t, pick } = useI18n();
  const { modal, message } = App.useApp();
  const [issued, setIssued] = useState<IssuedQueryCodeReply | null>(null);
  const reissue = () =>
    modal.confirm({
      title: t('queryCode.reissueTitle', { name: party.name }),
      content: t('queryCode.reissueWarning'),
      okText: t('queryCode.reissueConfirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          setIssued(await api.reissueQueryCode(detail.id, party.id));
        } catch (caught) {
          void message.error(caught instanceof ApiError && caught.body ? pick(caught.body.messageZh, caught.body.messageEn) : String(caught));
        }
      },
    });
  return (
    <>
      <Button size="small" icon={<KeyOutlined />} onClick={() => void reissue()} aria-label={t('queryCode.reissueFor', { name: party.name })}>
        {t('queryCode.reissue')}
      </Button>
      {issued ? <QueryCodesModal caseId={detail.id} caseNumber={detail.caseNumber} codes={[issued]} onClose={() => setIssued(null)} /> : null}
    </>
  );
}
