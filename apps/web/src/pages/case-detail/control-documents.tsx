import { Button, List, Tag, Tooltip, Typography } from 'antd';
import { PROPERTY_KINDS } from '@zhixing/contracts/labels';
import { FileWordOutlined } from '@ant-design/icons';
import { formatDate } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { controlApi, type CaseControl, type CaseDocument } from './control-api.js';

const KIND_COLORS: Readonly<Record<CaseDocument['kind'], string>> = { controlRuling: 'geekblue', assistanceNotice: 'cyan', distributionPlan: 'purple' };

/** The rulings and notices of assistance the controls issued, newest first, each downloadable as issued (.docx). */
export function ControlDocuments({ caseId, documents, controls }: { caseId: string; documents: readonly CaseDocument[]; controls: ReadonlyMap<string, CaseControl> }) {
  const { t, lang } = useI18n();
  if (documents.length === 0) return null;
  const sorted = [...documents].sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.number.localeCompare(b.number, 'zh'));
  return (
    <div data-testid="control-documents">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('control.documents', { total: documents.length })}
      </Typography.Title>
      <List<CaseDocument>
        size="small"
        bordered
        dataSource={sorted}
        renderItem={(d) => {
          const control = d.controlId ? controls.get(d.controlId) : undefined;
          return (
            <List.Item
              actions={[
                <Button key="download" type="link" size="small" icon={<FileWordOutlined />} href={controlApi.documentUrl(caseId, d.id)} download aria-label={t('control.doc.downloadFor', { number: d.number })}>
                  {t('control.doc.download')}
                </Button>,
              ]}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', flexWrap: 'wrap', minWidth: 0 }}>
                {/* The kind in the reader's language; the document's own (Chinese) title on hover. */}
                <Tooltip title={d.title}>
                  <Tag color={KIND_COLORS[d.kind]} style={{ marginInlineEnd: 0 }}>
                    {t(`control.doc.${d.kind}`)}
                  </Tag>
                </Tooltip>
                <Typography.Text strong>{d.number}</Typography.Text>
                {control ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {PROPERTY_KINDS[control.propertyKind][lang]} <span className="zx-mono">{control.propertyRef}</span>
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  {t('control.doc.issuedOn', { date: formatDate(d.issuedOn) })}
                </Typography.Text>
              </div>
            </List.Item>
          );
        }}
      />
    </div>
  );
}
