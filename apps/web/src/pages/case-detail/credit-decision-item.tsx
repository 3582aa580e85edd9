import type { ReactNode } from 'react';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { api, type Correction, type CreditDecision, type CreditPermit } from '../../api/endpoints.js';
import { formatDate, formatInstant } from '../../format/date.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { MEASURE_KIND_LABELS, SUBJECT_ROLE_LABELS } from '../../i18n/labels-credit.js';
import { DueDate } from '../../components/due-date.js';
import { CreditStatusTag } from '../../components/credit-status-tag.js';
import { endingGroundText, groundText, monthsText, periodText, publishText } from '../../i18n/credit-texts.js';
import { CreditPermits } from './credit-permits.js';
import { CreditCorrectionsList } from './credit-corrections-list.js';

type Subject = CreditDecision['subjects'][number];

/** 善意文明执行意见 para. 17(2) releases a replaced former legal representative or principal officer only. */
const RELEASABLE_ROLES: ReadonlySet<Subject['role']> = new Set(['legalRepresentative', 'principalOfficer']);

const KIND_COLOURS = { dishonestListing: 'volcano', consumptionRestriction: 'blue', exitRestriction: 'purple' } as const;

/**
 * Whom the decision binds: role, name and the masked identifier; a released person struck through
 * (the note says so in words too). A replaced former officer can be released on their own.
 */
function Subjects({ subjects, onLift }: { subjects: CreditDecision['subjects']; onLift?: ((subject: Subject) => void) | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Space orientation="vertical" size={2}>
      {subjects.map((s) => (
        <span key={s.id} data-testid="credit-subject">
          <span style={s.liftedAt ? { textDecoration: 'line-through', color: 'rgba(0,0,0,0.55)' } : undefined}>
            <Tag style={{ marginInlineEnd: 6 }}>{SUBJECT_ROLE_LABELS[s.role][lang]}</Tag>
            {s.name}
            <span className="zx-mono" style={{ marginInlineStart: 8, whiteSpace: 'nowrap' }}>
              {s.idNumberMasked ?? s.creditCode ?? '—'}
            </span>
          </span>
          {s.liftedAt ? <span style={{ marginInlineStart: 6, color: 'rgba(0,0,0,0.65)' }}>{t('credit.subject.lifted', { date: formatInstant(s.liftedAt) })}</span> : null}
          {onLift && !s.liftedAt && RELEASABLE_ROLES.has(s.role) ? (
            <Button size="small" type="link" onClick={() => onLift(s)} aria-label={t('lift.buttonFor', { name: s.name })}>
              {t('lift.button')}
            </Button>
          ) : null}
        </span>
      ))}
    </Space>
  );
}

interface ItemProps {
  decision: CreditDecision;
  actions: ReactNode;
  /** Correction requests and reconsiderations about this decision that the user's court can see. */
  corrections?: readonly Correction[];
  /** Given when the user may release one bound person from this (consumption) restriction. */
  onLift?: ((subject: Subject) => void) | undefined;
  onRevokePermit?: ((permit: CreditPermit) => void) | undefined;
  onDecideCorrection?: ((c: Correction) => void) | undefined;
}

/** One decision on the case page: what it is, where it stands, whom it binds, and what may be done with it. */
export function CreditDecisionItem({ decision: d, actions, corrections = [], onLift, onRevokePermit, onDecideCorrection }: ItemProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const listing = d.kind === 'dishonestListing';
  const removal = d.removal;
  const keyFacts = [
    { key: 'debtor', label: t('credit.form.debtor'), children: d.debtor.name },
    { key: 'decisionDate', label: t('credit.decisionDate'), children: d.approvedAt ? formatDate(d.decisionDate) : t('credit.notSignedYet') },
    { key: 'publishOn', label: t('credit.term.publishOn'), children: publishText(d, i18n) },
    { key: 'period', label: t('credit.term.period'), children: periodText(d, i18n) },
    ...(d.kind !== 'exitRestriction' && d.gracePeriodMonths > 0 ? [{ key: 'grace', label: t('credit.form.grace'), children: monthsText(d.gracePeriodMonths, i18n) }] : []),
    {
      key: 'basis',
      label: t('credit.form.basis'),
      children: d.onApplicantRequest ? t('credit.basis.applicant') : d.exOfficioReason ? t('credit.basis.exOfficioWith', { reason: d.exOfficioReason }) : t('credit.basis.exOfficio'),
    },
    { key: 'proposedBy', label: t('credit.proposedBy'), children: t('common.labelWithDate', { label: d.proposedBy?.displayName ?? '—', date: formatInstant(d.proposedAt) }) },
    ...(d.approvedBy && d.approvedAt
      ? [{ key: 'approvedBy', label: t(d.status === 'rejected' ? 'credit.refusedBy' : 'credit.signedBy'), children: t('common.labelWithDate', { label: d.approvedBy.displayName, date: formatInstant(d.approvedAt) }) }]
      : []),
    ...(d.relistBarredUntil ? [{ key: 'relist', label: t('credit.relistBarredUntil'), children: formatDate(d.relistBarredUntil) }] : []),
  ];
  // Long texts each on a line of their own, below the key facts.
  const details = [
    ...(d.ground ? [{ key: 'ground', label: t('credit.form.ground'), children: groundText(d.ground, i18n) }] : []),
    ...(d.rejectedReason ? [{ key: 'rejected', label: t('credit.review.reason'), children: d.rejectedReason }] : []),
    { key: 'subjects', label: t('credit.subjects'), children: <Subjects subjects={d.subjects} onLift={onLift} /> },
    ...(d.permits.length > 0 ? [{ key: 'permits', label: t('permit.list'), children: <CreditPermits decision={d} onRevoke={onRevokePermit} /> }] : []),
    ...(corrections.length > 0 ? [{ key: 'corrections', label: t('correction.onCase'), children: <CreditCorrectionsList corrections={corrections} onDecide={onDecideCorrection} /> }] : []),
    ...(removal
      ? [
          ...(removal.ground ? [{ key: 'endGround', label: t(listing ? 'credit.end.removalGround' : 'credit.end.liftingGround'), children: endingGroundText(removal.ground, d.kind, i18n) }] : []),
          ...(removal.arisenOn ? [{ key: 'arisenOn', label: t('credit.end.arisenOn'), children: formatDate(removal.arisenOn) }] : []),
          ...(removal.dueOn && !removal.removedAt
            ? [{ key: 'dueOn', label: t(listing ? 'credit.end.removeBy' : 'credit.end.liftBy'), children: <DueDate date={removal.dueOn} overdue={removal.overdue} /> }]
            : []),
          ...(removal.removedAt ? [{ key: 'removedAt', label: t(listing ? 'credit.end.removedAt' : 'credit.end.liftedAt'), children: formatInstant(removal.removedAt) }] : []),
          ...(removal.note ? [{ key: 'note', label: t('credit.end.note'), children: removal.note }] : []),
        ]
      : []),
    {
      key: 'facts',
      label: t('credit.form.facts'),
      children: (
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 2, expandable: 'collapsible', symbol: (expanded) => t(expanded ? 'credit.collapse' : 'credit.expand') }}>
          {d.facts}
        </Typography.Paragraph>
      ),
    },
    { key: 'legalBasis', label: t('credit.legalBasis'), children: <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.65)' }}>{d.legalBasis}</span> },
  ];

  return (
    <Card
      size="small"
      type="inner"
      data-testid="credit-decision"
      style={{ marginBottom: 12, ...(removal?.overdue ? { borderColor: '#b91c1c' } : {}) }}
      title={
        <Space size={8} wrap style={{ rowGap: 4, fontWeight: 'normal' }}>
          <Tag color={KIND_COLOURS[d.kind]} style={{ marginInlineEnd: 0, fontWeight: 600 }}>
            {MEASURE_KIND_LABELS[d.kind][lang]}
          </Tag>
          <CreditStatusTag decision={d} />
          <span className="zx-mono">{d.documentNumber}</span>
        </Space>
      }
      extra={
        <Space size={4} wrap>
          <Button type="link" size="small" icon={<FileWordOutlined />} href={api.creditDocumentUrl(d.id)} download aria-label={t('credit.downloadFor', { number: d.documentNumber })}>
            {t('credit.download')}
          </Button>
          {actions}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={keyFacts} />
      <Descriptions size="small" column={1} items={details} />
    </Card>
  );
}
