import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { errorText, requestIdOf } from '../api/error-text.js';
import { useI18n } from '../i18n/i18n-context.js';

/** A failed call, explained in the user's language, with the request id to quote to support. */
export function ErrorAlert({ error, action, title }: { error: unknown; action?: ReactNode; title?: string }) {
  const i18n = useI18n();
  const requestId = requestIdOf(error);
  const text = errorText(error, i18n);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title ?? text}
      description={
        title || requestId ? (
          <>
            {title ? <div>{text}</div> : null}
            {requestId ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {i18n.t('error.requestId', { id: requestId })}
              </Typography.Text>
            ) : null}
          </>
        ) : undefined
      }
      action={action}
      style={{ marginBottom: 16 }}
    />
  );
}
