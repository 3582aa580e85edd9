import { Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { AccountBookOutlined, AlertOutlined, ApiOutlined, BankOutlined, CalculatorOutlined, CalendarOutlined, FieldTimeOutlined, FileAddOutlined, FolderOpenOutlined, InboxOutlined, SafetyCertificateOutlined, StopOutlined, TeamOutlined } from '@ant-design/icons';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useUser } from '../auth/session-context.js';
import { canAdminister, canFileCases, canOpenCredit, canSeeCases, canSeeSubmissions, canSeeWarnings, canVerifyAudit } from '../auth/permissions.js';
import { useI18n } from '../i18n/i18n-context.js';
import { ConsoleHeader } from './console-header.js';

const { Sider, Content } = Layout;

/** Which menu entry a path belongs to: /cases/new is 立案, any other /cases… is 案件. */
function selectedKey(pathname: string): string {
  if (pathname.startsWith('/cases/new')) return '/cases/new';
  for (const key of ['/cases', '/submissions', '/warnings', '/controls/expiring', '/funds', '/credit', '/admin/users', '/admin/calendar', '/admin/agencies', '/admin/institutions', '/audit', '/calculators']) {
    if (pathname.startsWith(key)) return key;
  }
  return '';
}

export function ConsoleLayout() {
  const { t } = useI18n();
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();

  const audit = { key: '/audit', icon: <SafetyCertificateOutlined />, label: t('nav.audit') };
  const calculators = { key: '/calculators', icon: <CalculatorOutlined />, label: t('nav.calculators') };
  // The system administrator manages accounts and the calendar and sees no cases: no case menus.
  const items: MenuProps['items'] = canAdminister(user)
    ? [
        {
          type: 'group',
          key: 'admin',
          label: t('nav.admin'),
          children: [
            { key: '/admin/users', icon: <TeamOutlined />, label: t('nav.users') },
            { key: '/admin/calendar', icon: <CalendarOutlined />, label: t('nav.calendar') },
            { key: '/admin/agencies', icon: <ApiOutlined />, label: t('nav.agencies') },
            { key: '/admin/institutions', icon: <BankOutlined />, label: t('nav.institutions') },
            audit,
          ],
        },
        { type: 'group', key: 'tools', label: t('nav.tools'), children: [calculators] },
      ]
    : [
        ...(canSeeCases(user) ? [{ key: '/cases', icon: <FolderOpenOutlined />, label: t('nav.cases') }] : []),
        ...(canFileCases(user) ? [{ key: '/cases/new', icon: <FileAddOutlined />, label: t('nav.fileCase') }] : []),
        ...(canSeeSubmissions(user) ? [{ key: '/submissions', icon: <InboxOutlined />, label: t('nav.submissions') }] : []),
        ...(canOpenCredit(user) ? [{ key: '/credit', icon: <StopOutlined />, label: t('nav.credit') }] : []),
        ...(canSeeWarnings(user) ? [{ key: '/warnings', icon: <AlertOutlined />, label: t('nav.warnings') }] : []),
        ...(canSeeCases(user) ? [{ key: '/controls/expiring', icon: <FieldTimeOutlined />, label: t('nav.controlsExpiring') }] : []),
        ...(canSeeCases(user) ? [{ key: '/funds', icon: <AccountBookOutlined />, label: t('nav.funds') }] : []),
        ...(canVerifyAudit(user) ? [audit] : []),
        calculators,
      ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="zx-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Sider width={208} breakpoint="lg" collapsedWidth={64} aria-label={t('nav.label')}>
        <div style={{ padding: '18px 16px 14px', color: '#fff' }}>
          <Typography.Text strong style={{ color: '#fff', fontSize: 20, letterSpacing: 2 }}>
            {t('app.brand')}
          </Typography.Text>
          <div style={{ color: 'rgba(255,255,255,0.78)', fontSize: 12, marginTop: 2 }}>{t('app.subtitle')}</div>
        </div>
        <nav aria-label={t('nav.label')}>
          <Menu theme="dark" mode="inline" selectedKeys={[selectedKey(location.pathname)]} items={items} onClick={({ key }) => void navigate(key)} />
        </nav>
      </Sider>
      <Layout>
        <ConsoleHeader />
        <Content id="main" tabIndex={-1} style={{ padding: 24, outline: 'none' }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
