import type { ReactNode } from 'react';
import { Alert, List, Space, Typography } from 'antd';
import { LISTING_GROUND_LABELS, SUBJECT_ROLE_LABELS } from '@zhixing/contracts/labels';
import { formatYuan } from '../format/money.js';
import { usePortalI18n } from './portal-i18n.js';
import type { PortalMessageKey } from './portal-messages.js';
import type { DishonestHit, RestrictedHit, TerminatedHit } from './portal-api.js';

export type Which = 'dishonest' | 'restricted' | 'terminated';
export type Hits = { which: 'dishonest'; items: DishonestHit[] } | { which: 'restricted'; items: RestrictedHit[] } | { which: 'terminated'; items: TerminatedHit[] };

const NONE: Readonly<Record<Which, PortalMessageKey>> = { dishonest: 'noResults', restricted: 'noRestricted', terminated: 'noTerminated' };

/** `label：value` on a line of its own. */
function Line({ label, children, secondary }: { label: PortalMessageKey; children: ReactNode; secondary?: boolean }) {
  const { t, punct } = usePortalI18n();
  return (
    <Typography.Text {...(secondary ? { type: 'secondary' as const } : {})}>
      {t(label)}
      {punct.colon}
      {children}
    </Typography.Text>
  );
}

function Who({ name, idMasked }: { name: string; idMasked: string }) {
  return (
    <Typography.Text strong>
      {name} <span className="zx-portal-amount">{idMasked}</span>
    </Typography.Text>
  );
}

function DishonestItem({ h }: { h: DishonestHit }) {
  const { pick } = usePortalI18n();
  return (
    <Space orientation="vertical" size={2}>
      <Who name={h.name} idMasked={h.idMasked} />
      {h.legalRepresentative && (
        <Line label="legalRepresentative" secondary>
          {h.legalRepresentative}
        </Line>
      )}
      <Line label="court">
        {h.courtName} · {h.caseNumber}
      </Line>
      <Line label="ground">{pick(LISTING_GROUND_LABELS[h.ground].zh, LISTING_GROUND_LABELS[h.ground].en)}</Line>
      <Line label="publishedOn" secondary>
        {h.publishedOn}
      </Line>
    </Space>
  );
}

function RestrictedItem({ h }: { h: RestrictedHit }) {
  const { t, pick } = usePortalI18n();
  return (
    <Space orientation="vertical" size={2}>
      <Who name={h.name} idMasked={h.idMasked} />
      {h.role !== 'debtor' && <Typography.Text type="secondary">{t('boundAs', { role: pick(SUBJECT_ROLE_LABELS[h.role].zh, SUBJECT_ROLE_LABELS[h.role].en), debtor: h.debtorName })}</Typography.Text>}
      <Line label="court">
        {h.courtName} · {h.caseNumber}
      </Line>
      <Line label="publishedOn" secondary>
        {h.publishedOn}
      </Line>
    </Space>
  );
}

/** A 终本 case as its art. 13 publication reads: who, which case on which basis, when, and what is still owed. */
function TerminatedItem({ h }: { h: TerminatedHit }) {
  return (
    <Space orientation="vertical" size={2}>
      <Who name={h.name} idMasked={h.idMasked} />
      {h.legalRepresentative && (
        <Line label="legalRepresentative" secondary>
          {h.legalRepresentative}
        </Line>
      )}
      <Line label="court">
        {h.courtName} · {h.caseNumber}
      </Line>
      <Line label="basisDocumentNumber">{h.basisDocumentNumber}</Line>
      <Line label="filedOn" secondary>
        {h.filedOn}
      </Line>
      <Line label="terminatedOn">{h.terminatedOn}</Line>
      <Line label="claimTotal">
        <span className="zx-portal-amount">{formatYuan(h.claimTotal)}</span>
      </Line>
      <Line label="outstanding">
        <Typography.Text strong className="zx-portal-amount">
          {formatYuan(h.outstanding)}
        </Typography.Text>
      </Line>
    </Space>
  );
}

/** What a list search found, each list with its own fields; a plain sentence when nothing. */
export function PublicListHits({ hits }: { hits: Hits }) {
  const { t } = usePortalI18n();
  if (hits.items.length === 0) return <Alert type="info" showIcon title={t(NONE[hits.which])} />;
  const rows: Array<{ key: string; item: ReactNode }> =
    hits.which === 'dishonest'
      ? hits.items.map((h, i) => ({ key: `${h.caseNumber}-${i}`, item: <DishonestItem h={h} /> }))
      : hits.which === 'restricted'
        ? hits.items.map((h, i) => ({ key: `${h.caseNumber}-${i}`, item: <RestrictedItem h={h} /> }))
        : hits.items.map((h, i) => ({ key: `${h.caseNumber}-${i}`, item: <TerminatedItem h={h} /> }));
  return (
    <List
      header={<Typography.Text strong>{t('resultsCount', { n: hits.items.length })}</Typography.Text>}
      dataSource={rows}
      renderItem={({ item }) => (
        <List.Item>{item}</List.Item>
      )}
    />
  );
}
