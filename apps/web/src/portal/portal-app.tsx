import { lazy, Suspense } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { BrowserRouter, Route, Routes } from 'react-router';
import { THEME } from '../theme.js';
import '../global.css';
import './portal.css';
import { PortalI18nProvider, usePortalI18n } from './portal-i18n.js';
import { PortalLayout } from './portal-layout.js';
import { PortalHome } from './pages/portal-home.js';
import { PartyCasePage } from './pages/party-case-page.js';
import { AffairsHallPage } from './pages/affairs-hall-page.js';
import { SubmissionPage } from './pages/submission-page.js';
import { PartySubmissionPage } from './pages/party-submission-page.js';
import { FollowSubmissionPage } from './pages/follow-submission-page.js';
import { NoticesPage } from './pages/notices-page.js';

// The charts library is loaded with the statistics page only, not by every visitor of the portal.
const StatisticsPage = lazy(() => import('./pages/statistics-page.js').then((m) => ({ default: m.StatisticsPage })));

// A visitor who asks their system for less motion gets none (WCAG 2.3.3): no fades, slides or collapses.
const REDUCED_MOTION = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const PORTAL_THEME = REDUCED_MOTION ? { ...THEME, token: { ...THEME.token, motion: false } } : THEME;

function Shell() {
  const { lang, t } = usePortalI18n();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={PORTAL_THEME}>
      <AntApp>
        <BrowserRouter basename="/portal">
          <PortalLayout>
            <Routes>
              <Route path="/" element={<PortalHome />} />
              <Route path="/case" element={<PartyCasePage />} />
              <Route path="/case/affairs/:kind" element={<PartySubmissionPage />} />
              <Route path="/affairs" element={<AffairsHallPage />} />
              <Route path="/affairs/:kind" element={<SubmissionPage />} />
              <Route path="/follow" element={<FollowSubmissionPage />} />
              <Route path="/follow/:receiptNumber" element={<FollowSubmissionPage />} />
              <Route path="/notices" element={<NoticesPage />} />
              <Route
                path="/statistics"
                element={
                  <Suspense fallback={<Spin description={t('loading')} />}>
                    <StatisticsPage />
                  </Suspense>
                }
              />
              <Route path="*" element={<PortalHome />} />
            </Routes>
          </PortalLayout>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

/** The public portal (`/portal`, its own bundle: only public contracts, no console code). */
export function PortalApp() {
  return (
    <PortalI18nProvider>
      <Shell />
    </PortalI18nProvider>
  );
}
