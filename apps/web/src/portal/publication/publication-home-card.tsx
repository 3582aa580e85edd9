import { Card, Space, Typography } from 'antd';
import { BarChartOutlined, NotificationOutlined, RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { usePortalI18n } from '../portal-i18n.js';

/** On the front page: what the court publishes, the notices and the open statistics. */
export function PublicationHomeCard() {
  const { t } = usePortalI18n();
  const links = [
    { to: '/notices', icon: <NotificationOutlined aria-hidden />, label: t('openNotices') },
    { to: '/statistics', icon: <BarChartOutlined aria-hidden />, label: t('openStatistics') },
  ];
  return (
    <Card>
      <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }} id="publication-title">
        {t('publicationTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('publicationIntro')}</Typography.Paragraph>
      <nav aria-labelledby="publication-title">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {links.map((l) => (
            <Link key={l.to} to={l.to} className="zx-portal-affair zx-portal-publication-link">
              {l.icon}
              <span className="zx-portal-affair-text zx-portal-affair-title">{l.label}</span>
              <RightOutlined aria-hidden className="zx-portal-affair-arrow" />
            </Link>
          ))}
        </Space>
      </nav>
    </Card>
  );
}
