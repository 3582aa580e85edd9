import { Button, Card, Descriptions, Space, Tag, Typography, type DescriptionsProps } from 'antd';
import { useHref, useNavigate } from 'react-router';
import { formatYuan } from '../../format/money.js';
import { usePortalI18n } from '../portal-i18n.js';
import type { PortalMessageKey } from '../portal-messages.js';
import type { PublicNotice } from '../portal-api.js';
import { formatInstant } from '../affairs/format-time.js';

type AuctionTerms = NonNullable<PublicNotice['auction']>;

const PROPERTY_WORDS: Readonly<Record<AuctionTerms['propertyKind'], PortalMessageKey>> = {
  movable: 'propertyMovable',
  realEstate: 'propertyRealEstate',
  otherRight: 'propertyOtherRight',
};

/** The form of the affairs hall a reward notice's 提供财产线索 opens: a property clue on its case, registered against it. */
export const clueFormPath = (n: PublicNotice): string => `/affairs/propertyClue?${new URLSearchParams({ caseNumber: n.caseNumber, rewardNoticeId: n.id }).toString()}`;

/** 提供财产线索: a link (it goes to another page), looking like the card's main button. */
function ProvideClueLink({ notice }: { notice: PublicNotice }) {
  const { t } = usePortalI18n();
  const navigate = useNavigate();
  const to = clueFormPath(notice);
  const href = useHref(to);
  return (
    <Button
      type="primary"
      href={href}
      aria-label={t('provideClueFor', { case: notice.caseNumber })}
      onClick={(e) => {
        e.preventDefault();
        void navigate(to);
      }}
    >
      {t('provideClue')}
    </Button>
  );
}

/**
 * One notice in force, readable on a phone: what it is, on whose property and which case, the
 * reward or the auction's prices and bidding time, its dates and legal basis.
 */
export function NoticeCard({ notice: n }: { notice: PublicNotice }) {
  const { t, pick, punct } = usePortalI18n();
  const titleId = `notice-${n.id}`;
  const title = n.kind === 'reward' ? pick(n.title, t('rewardTitle', { name: n.debtor.name })) : n.title;
  const common: DescriptionsProps['items'] = [
    { key: 'debtor', label: t('debtor'), children: `${n.debtor.name} ${n.debtor.idMasked}`.trim() },
    { key: 'case', label: t('caseNumber'), children: n.caseNumber },
    { key: 'court', label: t('court'), children: pick(n.court.name, n.court.nameEn) },
    { key: 'publishOn', label: t('noticePublishOn'), children: n.publishOn },
  ];
  let terms: DescriptionsProps['items'] = [];
  if (n.reward) {
    const r = n.reward;
    terms = [
      {
        key: 'amount',
        label: t('rewardAmount'),
        children: (
          <Typography.Text strong className="zx-portal-amount zx-portal-notice-figure">
            {r.terms.kind === 'fixed' ? formatYuan(r.terms.amount) : t('rewardPercent', { percent: r.terms.percent })}
          </Typography.Text>
        ),
      },
      { key: 'conditions', label: t('rewardConditions'), children: <span className="zx-portal-prewrap">{r.conditions}</span> },
      { key: 'endsOn', label: t('noticeEndsOn'), children: n.endsOn ?? t('noticeNoEnd') },
    ];
  }
  if (n.auction) {
    const a = n.auction;
    terms = [
      {
        key: 'startingPrice',
        label: t('auctionStartingPrice'),
        children: (
          <Typography.Text strong className="zx-portal-amount zx-portal-notice-figure">
            {formatYuan(a.startingPrice)}
          </Typography.Text>
        ),
      },
      { key: 'valuation', label: t('auctionValuation'), children: <span className="zx-portal-amount">{formatYuan(a.valuation)}</span> },
      { key: 'deposit', label: t('auctionDeposit'), children: <span className="zx-portal-amount">{formatYuan(a.deposit)}</span> },
      { key: 'bidding', label: t('auctionBidding'), children: t('auctionBiddingValue', { from: formatInstant(a.startsAt), to: formatInstant(a.endsAt) }) },
      { key: 'platform', label: t('auctionPlatform'), children: a.platform },
    ];
  }
  return (
    <Card className="zx-portal-notice" data-notice-kind={n.kind}>
      <article aria-labelledby={titleId}>
        <Space size={[4, 4]} wrap style={{ marginBottom: 8 }}>
          <Tag color={n.kind === 'reward' ? 'red' : 'blue'}>{t(n.kind === 'reward' ? 'tagReward' : 'tagAuction')}</Tag>
          {n.auction && <Tag>{t(PROPERTY_WORDS[n.auction.propertyKind])}</Tag>}
          {n.auction && <Tag>{t(n.auction.round === 2 ? 'auctionRound2' : 'auctionRound1')}</Tag>}
        </Space>
        <Typography.Title level={2} id={titleId} className="zx-portal-notice-title">
          {title}
        </Typography.Title>
        {/* The title is the description's start: the rest, when there is more. */}
        {n.auction && !n.title.startsWith(n.auction.description) && <Typography.Paragraph className="zx-portal-prewrap">{n.auction.description}</Typography.Paragraph>}
        <Descriptions column={1} size="small" items={[...terms, ...common]} />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
          {t('legalBasis')}
          {punct.colon}
          {n.legalBasis}
        </Typography.Paragraph>
        {n.kind === 'reward' && (
          <div style={{ marginTop: 12 }}>
            <ProvideClueLink notice={n} />
          </div>
        )}
      </article>
    </Card>
  );
}
