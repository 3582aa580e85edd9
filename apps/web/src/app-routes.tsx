import { Flex, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from './auth/session-context.js';
import { canFileCases, canSeeWarnings } from './auth/permissions.js';
import { useI18n } from './i18n/i18n-context.js';
import { ConsoleLayout } from './layout/console-layout.js';
import { LoginPage } from './pages/login/login-page.js';
import { CaseListPage } from './pages/case-list/case-list-page.js';
import { FileCasePage } from './pages/file-case/file-case-page.js';
import { CaseDetailPage } from './pages/case-detail/case-detail-page.js';
import { WarningsPage } from './pages/warnings/warnings-page.js';
import { CalculatorsPage } from './pages/calculators/calculators-page.js';
import { NotFoundPage } from './pages/not-found-page.js';

function FullPageSpinner() {
  const { t } = useI18n();
  return (
    <Flex align="center" justify="center" style={{ height: '100vh' }}>
      <Spin size="large" description={t('common.loading')}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </Flex>
  );
}

export function AppRoutes() {
  const { state } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'anonymous') {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage expired={state.expired} />} />
        <Route path="*" element={<Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />} />
      </Routes>
    );
  }

  const { user } = state;
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={readFrom(location.state) ?? '/cases'} replace />} />
      <Route element={<ConsoleLayout />}>
        <Route index element={<Navigate to="/cases" replace />} />
        <Route path="/cases" element={<CaseListPage />} />
        <Route path="/cases/new" element={canFileCases(user) ? <FileCasePage /> : <NotFoundPage />} />
        <Route path="/cases/:id" element={<CaseDetailPage />} />
        <Route path="/warnings" element={canSeeWarnings(user) ? <WarningsPage /> : <NotFoundPage />} />
        <Route path="/calculators" element={<CalculatorsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

function readFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const from = (state as { from?: unknown }).from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') ? from : null;
}
