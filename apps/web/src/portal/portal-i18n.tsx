import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { PORTAL_MESSAGES, type PortalMessageKey } from './portal-messages.js';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'zhixing.lang';

interface PortalI18n {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: (key: PortalMessageKey, vars?: Readonly<Record<string, string | number>>) => string;
  readonly pick: (zh: string, en: string) => string;
  /** The language's punctuation: `label：value` / `label: value`, `（x）` / ` (x)`, `、` / `, `. */
  readonly punct: { readonly colon: string; readonly paren: (s: string) => string; readonly list: string; readonly comma: string };
}

const Ctx = createContext<PortalI18n | null>(null);

function stored(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Simplified Chinese first; the choice is kept (the same key as the console's) and set on <html lang>. */
export function PortalI18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(stored);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page
    }
  }, []);
  const value = useMemo<PortalI18n>(
    () => ({
      lang,
      setLang,
      t: (key, vars) => {
        let text: string = PORTAL_MESSAGES[key][lang];
        for (const [k, v] of Object.entries(vars ?? {})) text = text.replaceAll(`{${k}}`, String(v));
        return text;
      },
      pick: (zh, en) => (lang === 'zh' ? zh : en),
      punct: lang === 'zh' ? { colon: '：', paren: (x) => `（${x}）`, list: '、', comma: '，' } : { colon: ': ', paren: (x) => ` (${x})`, list: ', ', comma: ', ' },
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function usePortalI18n(): PortalI18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('usePortalI18n outside PortalI18nProvider');
  return v;
}
