import { useState } from 'react';
import type { FormInstance } from 'antd';
import { reportFormError } from '../components/server-errors.js';

/**
 * A dialog's submission: `submitting` while the act runs, and the server's refusal — its field
 * issues put on the form's fields, anything else kept in `error` for the dialog's alert.
 */
export function useFormSubmit(form: FormInstance) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (act: () => Promise<void>): Promise<void> => {
    setSubmitting(true);
    setError(null);
    try {
      await act();
    } catch (caught) {
      reportFormError(form, caught, setError);
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, error, run };
}
