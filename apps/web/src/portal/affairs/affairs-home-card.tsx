import { Button, Card, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { usePortalI18n } from '../portal-i18n.js';

/** The affairs hall on the front page: hand something in, or track what was handed in. */
export function AffairsHomeCard() {
  const { t } = usePortalI18n();
  const navigate = useNavigate();
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
        {t('hallTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('hallHomeIntro')}</Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={() => void navigate('/affairs')}>
          {t('hallEnter')}
        </Button>
        <Button onClick={() => void navigate('/follow')}>{t('followTitle')}</Button>
      </Space>
    </Card>
  );
}
