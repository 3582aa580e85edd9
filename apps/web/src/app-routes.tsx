import type { ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession, type SessionUser } from './auth/session-context.js';
import { canAdminister, canFileCases, canOpenCredit, canSeeCases, canSeeSubmissions, canSeeWarnings, canVerifyAudit, homePath, mayOpen } from './auth/permissions.js';
import { useI18n } from './i18n/i18n-context.js';
import { ConsoleLayout } from './layout/console-layout.js';
import { LoginPage } from './pages/login/login-page.js';
import { CaseListPage } from './pages/case-list/case-list-page.js';
import { FileCasePage } from './pages/file-case/file-case-page.js';
import { CaseDetailPage } from './pages/case-detail/case-detail-page.js';
import { WarningsPage } from './pages/warnings/warnings-page.js';
import { ExpiringControlsPage } from './pages/controls/expiring-controls-page.js';
import { FundsPage } from './pages/funds/funds-page.js';
import { CalculatorsPage } from './pages/calculators/calculators-page.js';
import { UsersPage } from './pages/admin/users-page.js';
import { CalendarPage } from './pages/admin/calendar-page.js';
import { AgenciesPage } from './pages/admin/agencies-page.js';
import { InstitutionsPage } from './pages/admin/institutions-page.js';
import { CreditPage } from './pages/credit/credit-page.js';
import { AuditPage } from './pages/audit/audit-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { AssistDeskPage } from './pages/assist-desk/assist-desk-page.js';
import { SubmissionsPage } from './pages/submissions/submissions-page.js';

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

  // The assistance desk is for institutions, not court staff: no login, no console, whatever the session.
  if (/^\/assist-desk\/?$/.test(location.pathname)) {
    return (
      <Routes>
        <Route path="/assist-desk" element={<AssistDeskPage />} />
      </Routes>
    );
  }
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
  const home = homePath(user);
  // The system administrator sees no cases (the server answers 403): a case link takes them to 系统管理.
  const cases = (page: ReactNode) => (canSeeCases(user) ? page : <Navigate to={home} replace />);
  return (
    <Routes>
      <Route path="/login" element={<Navigate to={readFrom(location.state, user) ?? home} replace />} />
      <Route element={<ConsoleLayout />}>
        <Route index element={<Navigate to={home} replace />} />
        <Route path="/cases" element={cases(<CaseListPage />)} />
        <Route path="/cases/new" element={cases(canFileCases(user) ? <FileCasePage /> : <NotFoundPage />)} />
        <Route path="/cases/:id" element={cases(<CaseDetailPage />)} />
        <Route path="/submissions" element={canSeeSubmissions(user) ? <SubmissionsPage /> : <NotFoundPage />} />
        <Route path="/warnings" element={canSeeWarnings(user) ? <WarningsPage /> : <NotFoundPage />} />
        <Route path="/controls/expiring" element={cases(<ExpiringControlsPage />)} />
        <Route path="/funds" element={cases(<FundsPage />)} />
        <Route path="/credit" element={canOpenCredit(user) ? <CreditPage /> : <NotFoundPage />} />
        <Route path="/admin" element={canAdminister(user) ? <Navigate to="/admin/users" replace /> : <NotFoundPage />} />
        <Route path="/admin/users" element={canAdminister(user) ? <UsersPage /> : <NotFoundPage />} />
        <Route path="/admin/calendar" element={canAdminister(user) ? <CalendarPage /> : <NotFoundPage />} />
        <Route path="/admin/agencies" element={canAdminister(user) ? <AgenciesPage /> : <NotFoundPage />} />
        <Route path="/admin/institutions" element={canAdminister(user) ? <InstitutionsPage /> : <NotFoundPage />} />
        <Route path="/audit" element={canVerifyAudit(user) ? <AuditPage /> : <NotFoundPage />} />
        <Route path="/calculators" element={<CalculatorsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Where the user was going before logging in, if it is a page of the console they may open. */
function readFrom(state: unknown, user: SessionUser): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const from = (state as { from?: unknown }).from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/login') && from !== '/' && mayOpen(user, from) ? from : null;
}
