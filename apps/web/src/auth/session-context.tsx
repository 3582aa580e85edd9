import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client.js';
import { api, type LoginBody, type MeReply } from '../api/endpoints.js';

export type SessionUser = Omit<MeReply, 'csrfToken'>;

type SessionState = { status: 'loading' } | { status: 'anonymous'; expired: boolean } | { status: 'signedIn'; user: SessionUser };

export interface Session {
  readonly state: SessionState;
  readonly login: (body: LoginBody) => Promise<void>;
  readonly logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

function adopt(me: MeReply): SessionUser {
  const { csrfToken, ...user } = me;
  setCsrfToken(csrfToken);
  return user;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState((previous) => ({ status: 'anonymous', expired: previous.status === 'signedIn' }));
    });
    let cancelled = false;
    api
      .me()
      .then((me) => {
        if (!cancelled) setState({ status: 'signedIn', user: adopt(me) });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setState({ status: 'anonymous', expired: false });
        if (!(error instanceof ApiError)) console.error(error);
      });
    return () => {
      cancelled = true;
      setUnauthenticatedHandler(null);
    };
  }, []);

  const login = useCallback(async (body: LoginBody) => {
    const me = await api.login(body);
    setState({ status: 'signedIn', user: adopt(me) });
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      setCsrfToken(null);
      setState({ status: 'anonymous', expired: false });
    }
  }, []);

  const value = useMemo<Session>(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The signed-in user; only for pages rendered inside the signed-in layout. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser without a session');
  return state.user;
}
