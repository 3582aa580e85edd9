import { useState } from 'react';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import { FileWordOutlined, PrinterOutlined } from '@ant-design/icons';
import { printFilingNoticeRoute } from '@zhixing/contracts';
import type { IssuedQueryCodeReply } from '../api/endpoints.js';
import { ApiError, downloadByPost } from '../api/client.js';
import { ErrorAlert } from './error-alert.js';
import { useI18n } from '../i18n/i18n-context.js';
import { PARTY_ROLE_LABELS } from '../i18n/labels.js';

/**
 * The parties' portal query codes, shown this once (issue 5): only their hashes are kept, so the clerk
 * prints them for the filing notices now. A lost code is replaced from the parties card.
 */
export function QueryCodesModal({ caseId, caseNumber, codes, onClose }: { caseId: string; caseNumber: string; codes: readonly IssuedQueryCodeReply[]; onClose: () => void }) {
  const { t, lang } = useI18n();
  const [error, setError] = useState<unknown>(null);
  // The filing notice with the code printed on it, built by the server from the code sent back (never kept there).
  const downloadNotice = (c: IssuedQueryCodeReply) => {
    setError(null);
    downloadByPost(printFilingNoticeRoute.path, { params: { id: caseId, partyId: c.partyId }, body: { queryCode: c.code }, fallbackName: 'filing-notice.docx' }).catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, null)));
  };
  return (
    <Modal
      open
      title={t('queryCode.title', { caseNumber })}
      onCancel={onClose}
      width={760}
      footer={[
        <Button key="print" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('queryCode.print')}
        </Button>,
        <Button key="done" type="primary" onClick={onClose}>
          {t('queryCode.done')}
        </Button>,
      ]}
    >
      <Alert type="warning" showIcon title={t('queryCode.onceTitle')} description={t('queryCode.once')} style={{ marginBottom: 16 }} />
      {error ? <ErrorAlert error={error} /> : null}
      <Table<IssuedQueryCodeReply>
        rowKey="partyId"
        size="small"
        pagination={false}
        dataSource={[...codes]}
        columns={[
          { title: t('party.role'), key: 'role', render: (_: unknown, c) => PARTY_ROLE_LABELS[c.partyRole][lang] },
          { title: t('party.name'), dataIndex: 'name', key: 'name' },
          {
            title: t('queryCode.code'),
            key: 'code',
            render: (_: unknown, c) => (
              <Typography.Text strong className="zx-mono" data-testid="query-code" copyable={{ text: c.code }}>
                {c.code}
              </Typography.Text>
            ),
          },
          {
            title: t('queryCode.notice'),
            key: 'notice',
            render: (_: unknown, c) => (
              <Button type="link" size="small" icon={<FileWordOutlined />} onClick={() => downloadNotice(c)} aria-label={t('queryCode.noticeFor', { name: c.name })}>
                {t('queryCode.noticeDownload')}
              </Button>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('queryCode.where')}
      </Typography.Paragraph>
    </Modal>
  );
}
