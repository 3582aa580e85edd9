import { Button, Layout, Segmented, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useSession, useUser } from '../auth/session-context.js';
import { useI18n, type Lang } from '../i18n/i18n-context.js';
import { ROLE_LABELS } from '../i18n/labels.js';

/** User, court and role on the right, with the language switch and logout (always in reach). */
export function ConsoleHeader() {
  const { t, lang, setLang } = useI18n();
  const { logout } = useSession();
  const user = useUser();
  const courtName = lang === 'zh' ? user.court.name : user.court.nameEn;

  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 16, borderBottom: '1px solid #e5e7eb' }}>
      <Space size="middle" wrap style={{ rowGap: 0 }}>
        <Space size={6} aria-label={t('header.currentUser')}>
          <UserOutlined aria-hidden />
          <Typography.Text strong data-testid="header-user">
            {user.displayName}
          </Typography.Text>
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {ROLE_LABELS[user.role][lang]}
          </Tag>
          <Typography.Text type="secondary">{courtName}</Typography.Text>
        </Space>
        <Segmented<Lang>
          aria-label={t('header.language')}
          value={lang}
          onChange={setLang}
          options={[
            { value: 'zh', label: '中文' },
            { value: 'en', label: 'EN' },
          ]}
        />
        <Button icon={<LogoutOutlined />} onClick={() => void logout()}>
          {t('header.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
