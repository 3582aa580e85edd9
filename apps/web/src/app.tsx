import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { BrowserRouter } from 'react-router';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import { SessionProvider } from './auth/session-context.js';
import { AppRoutes } from './app-routes.js';
import { THEME } from './theme.js';
import './global.css';

function LocalisedShell() {
  const { lang } = useI18n();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <LocalisedShell />
    </I18nProvider>
  );
}
