import { DatePicker, Descriptions, Form, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, type AddInstitutionKeyBody, type Institution } from '../../api/endpoints.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { fieldCheck } from '../../components/field-check.js';
import { keepEnterInDatePicker } from '../../components/keep-enter-in-date-picker.js';
import { formatInstant } from '../../format/date.js';
import { useFormSubmit } from '../../hooks/use-form-submit.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { KeyFields, algShort, cleanPublicKey, keysInForce, takenField, type SignatureAlgorithm } from './institution-keys.js';
import { DialogFooter } from '../../components/dialog-footer.js';

/** Names mirror the request body, so the server's issues (publicKey, validFrom) land on their fields. */
interface KeyValues {
  keyId?: string;
  alg?: SignatureAlgorithm;
  publicKey?: string;
  validFrom?: Dayjs | null;
}

/**
 * 更换密钥: a new signing key of an institution, in force from now or a later moment; the keys
 * open until then end there (the server closes them), so the old key is listed as ended.
 */
export function AddInstitutionKeyModal({ institution, onClose, onAdded }: { institution: Institution; onClose: () => void; onAdded: (institution: Institution, keyId: string) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<KeyValues>();
  useRevalidateOnLanguage(form);
  const { submitting, error, run } = useFormSubmit(form);
  const { current } = keysInForce(institution.keys, Date.now());
  const lastAlg = current?.alg ?? [...institution.keys].sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom))[0]?.alg ?? 'SM2-SM3';

  const submit = (v: KeyValues) =>
    run(async () => {
      if (!v.alg) return;
      const keyId = (v.keyId ?? '').trim();
      const body: AddInstitutionKeyBody = {
        keyId,
        alg: v.alg,
        publicKey: cleanPublicKey(v.alg, v.publicKey),
        ...(v.validFrom ? { validFrom: v.validFrom.toISOString() } : {}),
      };
      try {
        onAdded(await api.addInstitutionKey(institution.id, body), keyId);
      } catch (caught) {
        if (takenField(caught) !== 'keyId') throw caught;
        form.setFields([{ name: 'keyId', errors: [t('institution.keyId.taken')] }]);
        form.scrollToField('keyId', { focus: true });
      }
    });

  return (
    <Modal
      open
      title={t('institution.rotateTitle', { name: institution.name })}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      footer={
        <DialogFooter onCancel={onClose} onSubmit={() => form.submit()} submitting={submitting}>
          {t('institution.rotateSubmit')}
        </DialogFooter>
      }
    >
      <Typography.Paragraph type="secondary">{t('institution.rotateIntro')}</Typography.Paragraph>
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'current',
            label: t('institution.rotateCurrent'),
            children: current ? (
              <span>
                <span className="zx-mono">{current.keyId}</span> · {algShort(current.alg)} · {t('institution.key.since', { time: formatInstant(current.validFrom) })}
              </span>
            ) : (
              <Typography.Text type="secondary">{t('institution.key.none')}</Typography.Text>
            ),
          },
        ]}
      />
      {error ? <ErrorAlert error={error} title={t('institution.rotateFailed')} /> : null}
      <Form<KeyValues>
        form={form}
        name="addInstitutionKey"
        preserve={false}
        layout="vertical"
        requiredMark
        disabled={submitting}
        initialValues={{ alg: lastAlg }}
        onKeyDown={keepEnterInDatePicker}
        onFinish={(v) => void submit(v)}
      >
        <KeyFields prefix={[]} />
        <Form.Item
          name="validFrom"
          label={t('institution.validFrom')}
          extra={t('institution.validFrom.hint')}
          rules={[{ validator: fieldCheck<Dayjs | null>((value) => (value && value.isBefore(dayjs().subtract(1, 'minute')) ? t('institution.validFrom.past') : null)) }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            placeholder={t('institution.validFrom.placeholder')}
            disabledDate={(day) => day.isBefore(dayjs().startOf('day'))}
            style={{ width: 240 }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
