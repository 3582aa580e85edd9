import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { usePortalI18n } from '../portal-i18n.js';
import { AFFAIRS_KINDS } from '../affairs/affairs-kinds.js';
import { KindLink } from '../affairs/kind-link.js';

/** 执行事务大厅 (`/affairs`): choose what to hand in. */
export function AffairsHallPage() {
  const { t } = usePortalI18n();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 24 }}>
          {t('hallTitle')}
        </Typography.Title>
        <Typography.Paragraph>{t('hallIntro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('hallChoose')}
        </Typography.Paragraph>
      </div>
      <nav aria-label={t('hallChoose')} className="zx-portal-affairs">
        {AFFAIRS_KINDS.map((kind) => (
          <KindLink key={kind} kind={kind} to={`/affairs/${kind}`} headingLevel={2} />
        ))}
      </nav>
      <Link to="/follow">{t('followCta')}</Link>
    </Space>
  );
}
