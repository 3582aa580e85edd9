import { App, Button, Collapse, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, type CaseDetailReply, type IdentityDocument } from '../../api/endpoints.js';
import { formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DOCUMENT_TYPE_LABELS } from '../../i18n/labels-credit.js';
import { ReasonModal } from '../../components/reason-modal.js';

type Party = CaseDetailReply['parties'][number];

/** A person party's travel documents bound now, each with 解除绑定, and 绑定证件. */
export function PartyDocumentsCell({ party, documents, onBind, onUnbind }: { party: Party; documents: readonly IdentityDocument[]; onBind?: (() => void) | undefined; onUnbind?: ((doc: IdentityDocument) => void) | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Space orientation="vertical" size={2} data-testid="party-documents">
      {documents.length === 0 && !onBind ? <span>{t('document.none')}</span> : null}
      {documents.map((doc) => (
        <span key={doc.id} style={{ whiteSpace: 'nowrap' }} title={t('document.boundBy', { name: doc.boundBy.displayName, date: formatInstant(doc.boundAt) })}>
          {DOCUMENT_TYPE_LABELS[doc.docType][lang]}
          <span className="zx-mono" style={{ marginInlineStart: 6 }}>
            {doc.docNumberMasked}
          </span>
          {onUnbind ? (
            <Button type="link" size="small" onClick={() => onUnbind(doc)} aria-label={t('document.unbindFor', { type: DOCUMENT_TYPE_LABELS[doc.docType][lang], number: doc.docNumberMasked })}>
              {t('document.unbind')}
            </Button>
          ) : null}
        </span>
      ))}
      {onBind ? (
        <Button type="link" size="small" icon={<PlusOutlined />} style={{ paddingInline: 0 }} onClick={onBind} aria-label={t('document.bindFor', { name: party.name })}>
          {t('document.bind')}
        </Button>
      ) : null}
    </Space>
  );
}

/** Documents once bound and since unbound: when, why, and by whom they had been bound. */
export function UnboundDocuments({ documents }: { documents: readonly IdentityDocument[] }) {
  const { t, lang } = useI18n();
  if (documents.length === 0) return null;
  return (
    <Collapse
      ghost
      size="small"
      style={{ marginTop: 8 }}
      items={[
        {
          key: 'history',
          label: t('document.history', { n: documents.length }),
          children: (
            <Space orientation="vertical" size={4}>
              {documents.map((doc) => (
                <Typography.Text key={doc.id} type="secondary" style={{ fontSize: 13 }}>
                  {doc.partyName} · {DOCUMENT_TYPE_LABELS[doc.docType][lang]} <span className="zx-mono">{doc.docNumberMasked}</span> ·{' '}
                  {t('document.boundBy', { name: doc.boundBy.displayName, date: formatInstant(doc.boundAt) })} ·{' '}
                  {t('document.unboundItem', { date: doc.unboundAt ? formatInstant(doc.unboundAt) : '—', reason: doc.unboundReason ?? '—' })}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 解除绑定 with a reason for the case history. */
export function UnbindDocumentModal({ caseId, doc, onClose, onUnbound, onReload }: { caseId: string; doc: IdentityDocument; onClose: () => void; onUnbound: () => void; onReload: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const type = DOCUMENT_TYPE_LABELS[doc.docType][lang];
  return (
    <ReasonModal
      name="unbindDocument"
      texts={{
        title: t('document.unbindTitle', { type, number: doc.docNumberMasked }),
        hint: t('document.unbindHint'),
        label: t('document.unbindReason'),
        placeholder: t('document.unbindReasonPlaceholder'),
        required: t('document.unbindReasonRequired'),
        submit: t('document.unbindSubmit'),
        refused: t('document.unbind'),
      }}
      summary={<Typography.Text>{t('common.nameWithRole', { name: doc.partyName, role: `${type} ${doc.docNumberMasked}` })}</Typography.Text>}
      onSubmit={async (reason) => {
        await api.unbindDocument(caseId, doc.partyId, doc.id, reason);
        void message.success(t('document.unboundDone'));
        onUnbound();
      }}
      onClose={onClose}
      onReload={onReload}
    />
  );
}
