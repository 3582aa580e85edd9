import { useState } from 'react';
import { Alert, Button, Descriptions, Modal, Typography } from 'antd';
import type { issueDeskKeyRoute } from '@zhixing/contracts';
import { request } from '../../api/client.js';
import type { Institution } from '../../api/endpoints.js';
import { SecretShownOnce } from '../../components/secret-shown-once.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { Out } from '../../api/contract-types.js';

type DeskKeyReply = Out<(typeof issueDeskKeyRoute)['response'][201]>;

/** Typed as the contract's literal path, so a changed contract fails the type check here. */
const DESK_KEY_PATH = '/api/v1/institutions/:id/desk-key' as const satisfies (typeof issueDeskKeyRoute)['path'];
/** Where the institution's staff work: outside the console, reached with the key alone. */
export const DESK_PATH = '/assist-desk';

/**
 * 签发工作台密钥 for an institution that is not networked (传统查控). First a confirmation — a new key
 * ends any earlier one at once — then the key, shown once with a copy button, and the desk's
 * address to hand over with it. Once issued, a stray click or Esc does not close the dialog.
 */
export function DeskKeyModal({ institution, onClose, onIssued }: { institution: Institution; onClose: () => void; onIssued: () => void }) {
  const { t } = useI18n();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [issued, setIssued] = useState<DeskKeyReply | null>(null);
  const address = `${window.location.origin}${DESK_PATH}`;

  const issue = async () => {
    setSubmitting(true);
    setError(null);
    try {
      setIssued(await request<DeskKeyReply>('POST', DESK_KEY_PATH, { params: { id: institution.id }, body: {} }));
      onIssued();
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Modal
      open
      title={issued ? t('deskKey.issuedTitle', { name: institution.name }) : t('deskKey.title', { name: institution.name })}
      onCancel={onClose}
      maskClosable={!issued}
      keyboard={!issued}
      destroyOnHidden
      width={660}
      footer={
        issued
          ? [
              <Button key="close" type="primary" onClick={onClose}>
                {t('deskKey.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" danger loading={submitting} onClick={() => void issue()}>
                {t('deskKey.submit')}
              </Button>,
            ]
      }
    >
      {issued ? (
        <>
          <SecretShownOnce
            secret={issued.deskKey}
            testId="issued-desk-key"
            texts={{ onceTitle: t('deskKey.onceTitle'), once: t('deskKey.once'), label: t('deskKey.value'), copy: t('deskKey.copy'), copied: t('token.copied'), copyFailed: t('deskKey.copyFailed') }}
          />
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'address',
                label: t('deskKey.address'),
                children: (
                  <div>
                    <Typography.Text className="zx-mono" copyable={{ text: address }} data-testid="desk-address">
                      {address}
                    </Typography.Text>
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{t('deskKey.address.hint')}</div>
                  </div>
                ),
              },
              { key: 'issuedAt', label: t('deskKey.issuedAt'), children: formatInstant(issued.issuedAt) },
            ]}
          />
        </>
      ) : (
        <>
          <Typography.Paragraph type="secondary">{t('deskKey.intro')}</Typography.Paragraph>
          <Alert type="warning" showIcon title={t('deskKey.replaceTitle')} description={t('deskKey.replace')} style={{ marginBottom: 16 }} />
          {error ? <ErrorAlert error={error} title={t('deskKey.failed')} /> : null}
        </>
      )}
    </Modal>
  );
}
