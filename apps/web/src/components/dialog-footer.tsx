import type { ReactNode } from 'react';
import { Button } from 'antd';
import { useI18n } from '../i18n/i18n-context.js';

/** The footer of every form dialog: cancel, and the submitting button that runs the form. */
export function DialogFooter({ onCancel, onSubmit, submitting, danger = false, disabled = false, children }: { onCancel: () => void; onSubmit: () => void; submitting: boolean; danger?: boolean; disabled?: boolean; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" danger={danger} loading={submitting} disabled={disabled} onClick={onSubmit}>
        {children}
      </Button>
    </>
  );
}
