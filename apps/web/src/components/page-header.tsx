import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page title (the one h1), a sentence saying what the page is for, and the page's main buttons. */
export function PageHeader({ title, description, extra }: { title: ReactNode; description?: ReactNode; extra?: ReactNode }) {
  return (
    <div className="zx-page-header">
      <div style={{ minWidth: 0 }}>
        <h1>{title}</h1>
        {description ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {description}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? <div>{extra}</div> : null}
    </div>
  );
}
