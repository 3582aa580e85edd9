import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { api, type CaseDetailReply, type IdentityDocument, type RevealIdReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canBindDocuments, canFileCases } from '../../auth/permissions.js';
import { useLoad } from '../../hooks/use-load.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '../../i18n/labels.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useRevalidateOnLanguage } from '../../hooks/use-revalidate-on-language.js';
import { BindDocumentModal } from './bind-document-modal.js';
import { PartyDocumentsCell, UnboundDocuments, UnbindDocumentModal } from './party-documents.js';
import { QueryCodeButton } from './query-code-button.js';

type Party = CaseDetailReply['parties'][number];
type DocumentDialog = { type: 'bind'; party: Party } | { type: 'unbind'; doc: IdentityDocument };

/**
 * The parties with ID numbers masked. Reading a full number is a separate, audited act
 * (architecture.md "Reads of sensitive data"): the clerk states a purpose and is told it is recorded.
 * A person's travel documents are bound here, so checks by passport find the same person.
 */
export function PartiesCard({ detail, canReveal }: { detail: CaseDetailReply; canReveal: boolean }) {
  const { t, lang } = useI18n();
  const [target, setTarget] = useState<Party | null>(null);
  const [revealed, setRevealed] = useState<RevealIdReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ purpose: string }>();
  useRevalidateOnLanguage(form);
  const user = useUser();
  const mayBind = canBindDocuments(user);
  // Query codes are the case's own court's business (the server refuses anyone else).
  const mayIssueCodes = canFileCases(user) && user.court.id === detail.court.id;
  const persons = detail.parties.some((p) => p.kind === 'person');
  const documents = useLoad(() => (persons ? api.listIdentityDocuments(detail.id) : Promise.resolve({ items: [] })), [detail.id, persons]);
  const [documentDialog, setDocumentDialog] = useState<DocumentDialog | null>(null);
  const allDocuments = documents.data?.items ?? [];
  const documentsChanged = () => {
    setDocumentDialog(null);
    documents.reload();
  };

  const close = () => {
    setTarget(null);
    setRevealed(null);
    setError(null);
  };

  const reveal = async ({ purpose }: { purpose: string }) => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      setRevealed(await api.revealPartyId(detail.id, target.id, purpose.trim()));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const columns: TableColumnsType<Party> = [
    { title: t('party.role'), dataIndex: 'partyRole', key: 'partyRole', render: (_: unknown, p) => <Tag color={p.partyRole === 'applicant' ? 'blue' : 'volcano'}>{PARTY_ROLE_LABELS[p.partyRole][lang]}</Tag> },
    { title: t('party.name'), dataIndex: 'name', key: 'name', render: (_: unknown, p) => <Typography.Text strong>{p.name}</Typography.Text> },
    { title: t('party.kind'), dataIndex: 'kind', key: 'kind', render: (_: unknown, p) => PARTY_KIND_LABELS[p.kind][lang] },
    {
      title: t('party.identity'),
      key: 'identity',
      render: (_: unknown, p) =>
        p.kind === 'person' ? (
          <span>
            <span className="zx-mono" style={{ whiteSpace: 'nowrap' }}>{p.idNumberMasked ?? '—'}</span>
            {canReveal && p.idNumberMasked ? (
              <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setTarget(p)} aria-label={t('party.reveal.buttonFor', { name: p.name })}>
                {t('party.reveal.button')}
              </Button>
            ) : null}
          </span>
        ) : (
          <span className="zx-mono">{p.creditCode ?? '—'}</span>
        ),
    },
    ...(persons
      ? [
          {
            title: t('document.column'),
            key: 'documents',
            render: (_: unknown, p: Party) =>
              p.kind === 'person' ? (
                <PartyDocumentsCell
                  party={p}
                  documents={allDocuments.filter((d) => d.partyId === p.id && d.unboundAt === null)}
                  onBind={mayBind && p.idNumberMasked ? () => setDocumentDialog({ type: 'bind', party: p }) : undefined}
                  onUnbind={mayBind ? (doc) => setDocumentDialog({ type: 'unbind', doc }) : undefined}
                />
              ) : (
                '—'
              ),
          },
        ]
      : []),
    ...(mayIssueCodes ? [{ title: t('queryCode.column'), key: 'queryCode', render: (_: unknown, p: Party) => <QueryCodeButton detail={detail} party={p} /> }] : []),
    { title: t('party.legalRepresentative'), dataIndex: 'legalRepresentative', key: 'legalRepresentative', render: (v: string | null) => v ?? '—' },
    // Address and phone only when some party has one: empty columns only squeeze the rest.
    ...(detail.parties.some((p) => p.address)
      ? [{ title: t('party.address'), dataIndex: 'address', key: 'address', render: (v: string | null) => v ?? '—' }]
      : []),
    ...(detail.parties.some((p) => p.phone) ? [{ title: t('party.phone'), dataIndex: 'phone', key: 'phone', render: (v: string | null) => v ?? '—' }] : []),
  ];

  return (
    <Card title={t('case.parties')} style={{ marginBottom: 16 }}>
      <Table<Party> rowKey="id" size="small" columns={columns} dataSource={detail.parties} pagination={false} scroll={{ x: 'max-content' }} />
      {documents.error ? <ErrorAlert error={documents.error} title={t('document.loadFailed')} /> : null}
      <UnboundDocuments documents={allDocuments.filter((d) => d.unboundAt !== null)} />
      {documentDialog?.type === 'bind' ? <BindDocumentModal caseId={detail.id} party={documentDialog.party} onClose={() => setDocumentDialog(null)} onBound={documentsChanged} /> : null}
      {documentDialog?.type === 'unbind' ? (
        <UnbindDocumentModal caseId={detail.id} doc={documentDialog.doc} onClose={() => setDocumentDialog(null)} onUnbound={documentsChanged} onReload={documents.reload} />
      ) : null}
      <Modal
        open={target !== null}
        title={t('party.reveal.title', { name: target?.name ?? '' })}
        onCancel={close}
        destroyOnHidden
        footer={
          revealed
            ? [
                <Button key="done" type="primary" onClick={close}>
                  {t('common.done')}
                </Button>,
              ]
            : [
                <Button key="cancel" onClick={close}>
                  {t('common.cancel')}
                </Button>,
                <Button key="ok" type="primary" danger loading={busy} onClick={() => form.submit()}>
                  {t('party.reveal.confirm')}
                </Button>,
              ]
        }
      >
        {revealed ? (
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: t('party.name'), children: target?.name },
              { key: 'id', label: t('party.idNumber'), children: <span className="zx-mono" data-testid="revealed-id">{revealed.idNumber ?? revealed.creditCode ?? '—'}</span> },
            ]}
          />
        ) : (
          <>
            <Alert type="warning" showIcon title={t('party.reveal.warningTitle')} description={t('party.reveal.warning')} style={{ marginBottom: 16 }} />
            {error ? <ErrorAlert error={error} /> : null}
            <Form form={form} layout="vertical" onFinish={(v) => void reveal(v)} disabled={busy}>
              <Form.Item
                name="purpose"
                label={t('party.reveal.purpose')}
                rules={[
                  { required: true, whitespace: true, message: t('party.reveal.purposeRequired') },
                  { min: 2, message: t('party.reveal.purposeRequired') },
                  { max: 200 },
                ]}
              >
                <Input.TextArea rows={2} showCount maxLength={200} placeholder={t('party.reveal.purposePlaceholder')} />
              </Form.Item>
            </Form>
          </>
        )}
      </Modal>
    </Card>
  );
}
