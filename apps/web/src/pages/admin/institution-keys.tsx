import { Badge, Button, Form, Input, Radio, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { ApiError } from '../../api/client.js';
import type { AddInstitutionKeyBody, Institution, InstitutionKey } from '../../api/endpoints.js';
import { fieldCheck } from '../../components/field-check.js';
import { formatInstant } from '../../format/date.js';
import { useI18n, type Translate } from '../../i18n/i18n-context.js';

/**
 * The signing keys of an assisting institution (ADR 0008): which one is in force, the form fields
 * of a new key (shared by registration and rotation), and the table of all its keys.
 */
export type SignatureAlgorithm = AddInstitutionKeyBody['alg'];
export type KeyState = 'current' | 'upcoming' | 'ended' | 'revoked';

/** Every algorithm of the contract, SM2 (国密) first; the Record makes a new one fail the type check. */
const ALG_SHORT: Readonly<Record<SignatureAlgorithm, string>> = { 'SM2-SM3': 'SM2', Ed25519: 'Ed25519' };
export const ALGORITHMS = Object.keys(ALG_SHORT) as SignatureAlgorithm[];
export const algShort = (alg: SignatureAlgorithm): string => ALG_SHORT[alg];
const ALG_LABEL_KEY = { 'SM2-SM3': 'institution.alg.sm2', Ed25519: 'institution.alg.ed25519' } as const satisfies Record<SignatureAlgorithm, string>;

/** The contract's rule for key ids (and institution codes), checked as typed. */
export const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

/** A pasted key without its line breaks and spaces; SM2 hex in lower case, as the server compares it. */
export const cleanPublicKey = (alg: SignatureAlgorithm | undefined, text: string | undefined): string => {
  const bare = (text ?? '').replace(/\s+/g, '');
  return alg === 'SM2-SM3' ? bare.toLowerCase() : bare;
};

/** The shape of a public key (the server also checks an SM2 key is a point on the curve). */
export const publicKeyLooksValid = (alg: SignatureAlgorithm, key: string): boolean =>
  alg === 'SM2-SM3' ? /^04[0-9a-f]{128}$/.test(key) : /^[A-Za-z0-9+/]{43}=$/.test(key);

export function keyState(key: InstitutionKey, now: number): KeyState {
  if (key.revokedAt) return 'revoked';
  if (Date.parse(key.validFrom) > now) return 'upcoming';
  if (key.validTo && Date.parse(key.validTo) <= now) return 'ended';
  return 'current';
}

/** Newest first. */
export const sortedKeys = (keys: readonly InstitutionKey[]): InstitutionKey[] => [...keys].sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom));

/** The key answers are checked with now (the newest one in force), and one waiting to take effect. */
export function keysInForce(keys: readonly InstitutionKey[], now: number): { current: InstitutionKey | null; upcoming: InstitutionKey | null } {
  const sorted = sortedKeys(keys);
  return {
    current: sorted.find((k) => keyState(k, now) === 'current') ?? null,
    upcoming: sorted.filter((k) => keyState(k, now) === 'upcoming').at(-1) ?? null,
  };
}

/** An answer time in the largest whole unit: 90 s → 90 秒, 3600 s → 1 小时, 172800 s → 2 天. */
export function formatSla(seconds: number, t: Translate): string {
  if (seconds >= 2 * 86_400 && seconds % 86_400 === 0) return t('institution.sla.days', { n: seconds / 86_400 });
  if (seconds % 3600 === 0) return t('institution.sla.hours', { n: seconds / 3600 });
  if (seconds % 60 === 0) return t('institution.sla.minutes', { n: seconds / 60 });
  return t('institution.sla.seconds', { n: seconds });
}

/** ALREADY_EXISTS names its field in details.field (a taken code or key id), not as a field issue. */
export function takenField(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ALREADY_EXISTS') return null;
  const field = error.body?.details?.['field'];
  return typeof field === 'string' ? field : null;
}

/**
 * Key id, algorithm and public key, under `prefix` in the form (`['key']` when registering, so the
 * server's issue on `key.publicKey` lands on the field). The hint follows the chosen algorithm.
 */
export function KeyFields({ prefix }: { prefix: readonly string[] }) {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const algName = [...prefix, 'alg'];
  const alg = Form.useWatch(algName, form) as SignatureAlgorithm | undefined;
  return (
    <>
      <Form.Item
        name={[...prefix, 'keyId']}
        label={t('institution.keyId')}
        extra={t('institution.keyId.hint')}
        rules={[
          { required: true, whitespace: true, message: t('institution.keyId.required') },
          { pattern: KEY_ID, message: t('institution.keyId.format') },
        ]}
      >
        <Input autoComplete="off" maxLength={64} className="zx-mono" style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item name={algName} label={t('institution.alg')} rules={[{ required: true, message: t('institution.alg.required') }]}>
        <Radio.Group
          optionType="button"
          options={ALGORITHMS.map((a) => ({ value: a, label: t(ALG_LABEL_KEY[a]) }))}
          onChange={() => {
            // A key checked against the other algorithm's shape: check it again.
            if (form.getFieldValue([...prefix, 'publicKey'])) void form.validateFields([[...prefix, 'publicKey']]).catch(() => undefined);
          }}
        />
      </Form.Item>
      <Form.Item
        name={[...prefix, 'publicKey']}
        label={t('institution.publicKey')}
        extra={alg ? t(`institution.publicKey.hint.${alg}`) : `${t('institution.publicKey.hint.SM2-SM3')} ${t('institution.publicKey.hint.Ed25519')}`}
        rules={[
          { required: true, whitespace: true, message: t('institution.publicKey.required') },
          {
            validator: fieldCheck<string>((value) => {
              const key = cleanPublicKey(alg, value);
              if (!alg || key === '') return null;
              return publicKeyLooksValid(alg, key) ? null : t(`institution.publicKey.invalid.${alg}`);
            }),
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          autoComplete="off"
          spellCheck={false}
          className="zx-mono"
          placeholder={alg ? t(`institution.publicKey.placeholder.${alg}`) : undefined}
        />
      </Form.Item>
    </>
  );
}

const STATE_BADGE: Readonly<Record<KeyState, 'success' | 'processing' | 'default' | 'error'>> = { current: 'success', upcoming: 'processing', ended: 'default', revoked: 'error' };

/** All keys of one institution, newest first, with 作废 on every key not yet revoked. */
export function InstitutionKeyTable({ institution, now, onRevoke }: { institution: Institution; now: number; onRevoke?: (key: InstitutionKey) => void }) {
  const { t } = useI18n();
  const columns: TableColumnsType<InstitutionKey> = [
    {
      title: t('institution.key.col.keyId'),
      key: 'keyId',
      render: (_: unknown, k) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <span className="zx-mono">{k.keyId}</span> <Tag style={{ marginInlineStart: 4 }}>{algShort(k.alg)}</Tag>
        </span>
      ),
    },
    {
      title: t('institution.key.col.publicKey'),
      dataIndex: 'publicKey',
      key: 'publicKey',
      render: (v: string) => (
        <Typography.Text className="zx-mono" style={{ fontSize: 12, maxWidth: 220 }} ellipsis={{ tooltip: v }} copyable={{ text: v }}>
          {v}
        </Typography.Text>
      ),
    },
    { title: t('institution.key.col.validFrom'), dataIndex: 'validFrom', key: 'validFrom', render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(v)}</span> },
    {
      title: t('institution.key.col.validTo'),
      dataIndex: 'validTo',
      key: 'validTo',
      render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{v ? formatInstant(v) : t('institution.key.untilReplaced')}</span>,
    },
    {
      title: t('institution.key.col.status'),
      key: 'status',
      render: (_: unknown, k) => {
        const state = keyState(k, now);
        return (
          <div style={{ minWidth: 120, maxWidth: 320 }}>
            <Badge status={STATE_BADGE[state]} text={t(`institution.key.status.${state}`)} />
            {k.revokedAt ? (
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{t('institution.key.revokedAt', { time: formatInstant(k.revokedAt), reason: k.revokedReason ?? '' })}</div>
            ) : state === 'ended' ? (
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.62)' }}>{t('institution.key.endedNote')}</div>
            ) : null}
          </div>
        );
      },
    },
  ];
  if (onRevoke) {
    columns.push({
      title: t('institution.col.action'),
      key: 'action',
      render: (_: unknown, k) =>
        k.revokedAt ? null : (
          <Button size="small" danger onClick={() => onRevoke(k)} aria-label={t('institution.key.revokeFor', { keyId: k.keyId })}>
            {t('institution.key.revoke')}
          </Button>
        ),
    });
  }
  return (
    <section data-testid="institution-keys" aria-label={t('institution.key.listTitle', { name: institution.name })}>
      <Table<InstitutionKey>
        rowKey="keyId"
        size="small"
        columns={columns}
        dataSource={sortedKeys(institution.keys)}
        pagination={false}
        rowClassName={(k) => (k.revokedAt ? 'zx-row-revoked' : '')}
      />
    </section>
  );
}
