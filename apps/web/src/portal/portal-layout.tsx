import type { ReactNode } from 'react';
import { Button, Typography } from 'antd';
import { Link, NavLink } from 'react-router';
import { usePortalI18n } from './portal-i18n.js';

/** Header with the site's name and the language switch, the main landmark, the footer (WCAG: landmarks, skip link). */
export function PortalLayout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = usePortalI18n();
  return (
    <div className="zx-portal">
      <a className="zx-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="zx-portal-header">
        <div className="zx-portal-bar">
          <Link to="/" className="zx-portal-brand">
            <span className="zx-portal-emblem" aria-hidden="true">
              执
            </span>
            <span>
              <span className="zx-portal-name">{t('siteName')}</span>
              <span className="zx-portal-tagline">{t('siteTagline')}</span>
            </span>
          </Link>
          <Button type="default" size="small" lang={lang === 'zh' ? 'en' : 'zh-CN'} title={t('switchLanguageLabel')} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('switchLanguage')}
          </Button>
        </div>
        <nav className="zx-portal-nav" aria-label={t('navLabel')}>
          <NavLink to="/" end>
            {t('navHome')}
          </NavLink>
          <NavLink to="/affairs">{t('navAffairs')}</NavLink>
          <NavLink to="/follow">{t('navFollow')}</NavLink>
          <NavLink to="/notices">{t('navNotices')}</NavLink>
          <NavLink to="/statistics">{t('navStatistics')}</NavLink>
        </nav>
      </header>
      <main id="main" className="zx-portal-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="zx-portal-footer">
        <Typography.Text type="secondary">{t('footer')}</Typography.Text>
      </footer>
    </div>
  );
}
