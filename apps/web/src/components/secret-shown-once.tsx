import { Alert, App, Button, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';

export interface SecretTexts {
  onceTitle: string;
  once: string;
  label: string;
  copy: string;
  copied: string;
  copyFailed: string;
}

/**
 * A secret the server keeps only as a hash (API token, agency key): shown once, with a warning
 * and a copy button, readable by a screen reader as a read-only text box.
 */
export function SecretShownOnce({ secret, testId, texts }: { secret: string; testId: string; texts: SecretTexts }) {
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(texts.copied);
    } catch {
      void message.warning(texts.copyFailed);
    }
  };
  return (
    <>
      <Alert type="warning" showIcon role="alert" title={texts.onceTitle} description={texts.once} style={{ marginBottom: 16 }} />
      <Typography.Text strong id={`${testId}-label`}>
        {texts.label}
      </Typography.Text>
      <div style={{ display: 'flex', gap: 8, alignItems: 'stretch', margin: '6px 0 16px' }}>
        <div className="zx-mono zx-secret" data-testid={testId} role="textbox" aria-readonly="true" aria-labelledby={`${testId}-label`} tabIndex={0}>
          {secret}
        </div>
        <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ height: 'auto' }}>
          {texts.copy}
        </Button>
      </div>
    </>
  );
}
