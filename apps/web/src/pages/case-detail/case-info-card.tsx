import { Card, Descriptions, Tag } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BASIS_TYPE_LABELS, CASE_TYPE_LABELS, CLOSING_METHOD_LABELS } from '../../i18n/labels.js';
import { formatDate } from '../../format/date.js';
import { Money } from '../../components/money.js';

export function CaseInfoCard({ detail }: { detail: CaseDetailReply }) {
  const { t, lang } = useI18n();
  const b = detail.basis;
  return (
    <Card title={t('case.info')} style={{ marginBottom: 16 }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'court', label: t('case.court'), children: lang === 'zh' ? detail.court.name : detail.court.nameEn },
          { key: 'caseType', label: t('fileCase.caseType'), children: CASE_TYPE_LABELS[detail.caseType][lang] },
          { key: 'cause', label: t('fileCase.cause'), children: detail.cause },
          { key: 'handler', label: t('cases.col.handler'), children: detail.handler?.displayName ?? <Tag>{t('cases.unassigned')}</Tag> },
          { key: 'receivedOn', label: t('fileCase.receivedOn'), children: formatDate(detail.receivedOn) },
          { key: 'filedOn', label: t('fileCase.filedOn'), children: formatDate(detail.filedOn) },
          { key: 'claimTotal', label: t('case.claimTotal'), children: <Money value={detail.claimTotal} /> },
          { key: 'lastActionOn', label: t('case.lastActionOn'), children: formatDate(detail.lastActionOn) },
          {
            key: 'applicationLimit',
            label: t('case.applicationLimit'),
            children: (
              <span>
                {formatDate(detail.applicationLimit.end)}
                {detail.applicationLimit.pastLimit ? (
                  <Tag color="orange" style={{ marginInlineStart: 6 }}>
                    {t('case.applicationLimit.past')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { key: 'nonLitigation', label: t('case.nonLitigation'), children: detail.nonLitigation ? t('common.yes') : t('common.no') },
          ...(detail.closingMethod
            ? [{ key: 'closing', label: t('case.closingMethod'), children: t('common.labelWithDate', { label: CLOSING_METHOD_LABELS[detail.closingMethod][lang], date: formatDate(detail.closedOn) }) }]
            : []),
        ]}
      />
      <Descriptions
        title={t('fileCase.section.basis')}
        size="small"
        style={{ marginTop: 16 }}
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'type', label: t('basis.type'), children: BASIS_TYPE_LABELS[b.type][lang] },
          { key: 'issuer', label: t('basis.issuer'), children: b.issuer },
          { key: 'documentNumber', label: t('basis.documentNumber'), children: b.documentNumber },
          { key: 'effectiveDate', label: t('basis.effectiveDate'), children: formatDate(b.effectiveDate) },
          { key: 'performanceDeadline', label: t('basis.performanceDeadline'), children: formatDate(b.performanceDeadline) },
        ]}
      />
    </Card>
  );
}
