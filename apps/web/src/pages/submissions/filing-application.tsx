import { Descriptions } from 'antd';
import { formatDate } from '../../format/date.js';
import { formatYuan } from '../../format/money.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BASIS_TYPE_LABELS, CLAIM_KIND_LABELS, PARTY_KIND_LABELS } from '../../i18n/labels.js';
import type { FilingApplication as Application } from './submissions-api.js';

type Party = Application['applicants'][number];

const SMALL = { fontSize: 12, color: 'rgba(0,0,0,0.65)' } as const;

/** One party as the application names them: name and kind, then the ID or credit code, representative, address and phone. */
function PartyLines({ parties, testId }: { parties: readonly Party[]; testId: string }) {
  const { t, lang } = useI18n();
  const sep = lang === 'zh' ? '；' : '; ';
  return (
    <div data-testid={testId}>
      {parties.map((p, i) => (
        <div key={`${p.name}-${i}`} style={{ marginBottom: i < parties.length - 1 ? 8 : 0 }}>
          <strong>{p.name}</strong>
          <span style={{ ...SMALL, marginInlineStart: 6 }}>{PARTY_KIND_LABELS[p.kind][lang]}</span>
          <div style={SMALL}>
            {p.kind === 'person' ? (
              <>
                {t('submission.field.idNumber')} <span className="zx-mono">{p.idNumber}</span>
              </>
            ) : (
              <>
                {t('submission.field.creditCode')} <span className="zx-mono">{p.creditCode}</span>
                {sep}
                {t('submission.field.legalRepresentative')} {p.legalRepresentative}
              </>
            )}
          </div>
          {p.address || p.phone ? (
            <div style={SMALL}>
              {[p.address ? `${t('submission.field.address')} ${p.address}` : null, p.phone ? `${t('submission.field.phone')} ${p.phone}` : null].filter(Boolean).join(sep)}
            </div>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** The enforcement application of an online filing request: what the case is filed from when it is accepted. */
export function FilingApplication({ application: a }: { application: Application }) {
  const { t, lang } = useI18n();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('submission.section.application')}
      style={{ marginBottom: 20 }}
      styles={{ label: { width: 150 } }}
      data-testid="submission-content"
      items={[
        { key: 'cause', label: t('submission.field.cause'), children: a.cause },
        {
          key: 'basis',
          label: t('submission.field.basis'),
          children: (
            <>
              <div>
                {a.basis.issuer} {BASIS_TYPE_LABELS[a.basis.type][lang]} <span className="zx-mono">{a.basis.documentNumber}</span>
              </div>
              <div style={SMALL}>{t('submission.field.basisDates', { effective: formatDate(a.basis.effectiveDate), deadline: formatDate(a.basis.performanceDeadline) })}</div>
            </>
          ),
        },
        { key: 'applicants', label: t('submission.field.applicants'), children: <PartyLines parties={a.applicants} testId="application-applicants" /> },
        { key: 'debtors', label: t('submission.field.debtors'), children: <PartyLines parties={a.debtors} testId="application-debtors" /> },
        {
          key: 'claims',
          label: t('submission.field.claims'),
          children: (
            <div data-testid="application-claims">
              {a.claims.map((c, i) => (
                <div key={i}>
                  {CLAIM_KIND_LABELS[c.kind][lang]}
                  {c.kind !== 'nonMoney' ? <span className="zx-amount" style={{ marginInlineStart: 8 }}>{formatYuan(c.amount)}</span> : null}
                  {c.description ? <span style={{ ...SMALL, marginInlineStart: 8 }}>{c.description}</span> : null}
                </div>
              ))}
            </div>
          ),
        },
      ]}
    />
  );
}
