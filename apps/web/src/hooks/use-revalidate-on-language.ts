import { useEffect, useRef } from 'react';
import type { FormInstance } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * Field errors are text made when the field was checked; after a language switch, check the
 * fields that show one again so their messages come back in the new language.
 */
export function useRevalidateOnLanguage(form: FormInstance): void {
  const { lang } = useI18n();
  const previous = useRef(lang);
  useEffect(() => {
    if (previous.current === lang) return;
    previous.current = lang;
    const withErrors = form.getFieldsError().filter((f) => f.errors.length > 0).map((f) => f.name);
    if (withErrors.length > 0) form.validateFields(withErrors).catch(() => undefined);
  }, [form, lang]);
}
