import { useState } from 'react';
import { Alert, Button, Card, List, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { PartyCase } from '@zhixing/contracts';
import { usePortalI18n } from './portal-i18n.js';
import { portalApi } from './portal-api.js';

/** The documents served on the parties, each downloadable exactly as issued (.docx). */
export function DocumentsCard({ documents }: { documents: PartyCase['documents'] }) {
  const { t } = usePortalI18n();
  const [failed, setFailed] = useState(false);
  const download = async (d: PartyCase['documents'][number]) => {
    setFailed(false);
    try {
      const url = URL.createObjectURL(await portalApi.partyDocument(d.id));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${d.number}${d.title}.docx`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  };
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 18 }}>
        {t('documents')}
      </Typography.Title>
      {failed && <Alert type="error" showIcon title={t('errorGeneric')} style={{ marginBottom: 12 }} />}
      {documents.length === 0 ? (
        <Typography.Text type="secondary">{t('noDocuments')}</Typography.Text>
      ) : (
        <List
          dataSource={documents}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button key="download" icon={<DownloadOutlined />} onClick={() => void download(d)} aria-label={t('downloadDocument', { number: d.number })}>
                  {t('download')}
                </Button>,
              ]}
            >
              <List.Item.Meta title={`${d.number} ${d.title}`} description={d.issuedOn} />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
