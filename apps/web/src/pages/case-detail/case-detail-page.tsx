import { Breadcrumb, Button, Col, Row, Skeleton, Space, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { api, type CaseDetailReply } from '../../api/endpoints.js';
import { useUser } from '../../auth/session-context.js';
import { canActOnCases, canRevealIds } from '../../auth/permissions.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CASE_TYPE_LABELS } from '../../i18n/labels.js';
import { useLoad } from '../../hooks/use-load.js';
import { PageHeader } from '../../components/page-header.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { StageTag } from '../../components/stage-tag.js';
import { CaseProgress } from './case-progress.js';
import { CaseBanners } from './case-banners.js';
import { CaseActions } from './case-actions.js';
import { CaseInfoCard } from './case-info-card.js';
import { PartiesCard } from './parties-card.js';
import { ClaimsCard } from './claims-card.js';
import { DeadlinesCard } from './deadlines-card.js';
import { EventTimeline } from './event-timeline.js';
import { CreditCard } from './credit-card.js';
import { NetworkInquiryCard } from './network-inquiry-card.js';
import { ControlsCard } from './controls-card.js';
import { useCaseControls } from './control-data.js';
import { FundsCard } from './funds-card.js';
import { NoticesCard } from './notices-card.js';
import { NotificationsCard } from './notifications-card.js';

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const detail = useLoad(() => api.getCase(id), [id]);
  const events = useLoad(() => api.listCaseEvents(id), [id]);
  const users = useLoad(() => (canActOnCases(user) ? api.listUsers() : Promise.resolve({ items: [] })), [user.id]);
  // Read by both the inquiry card (which items are held) and the controls card below it.
  const controls = useCaseControls(id);
  // A deduction the bank confirms while the page is open (the controls card polls) is money in the case
  // account: the funds card is mounted afresh, so it shows the receipt without a manual refresh.
  const deductedFen = (controls.data?.controls ?? []).reduce((sum, c) => sum + c.deductedFen, 0);

  const breadcrumb = (
    <Breadcrumb
      style={{ marginBottom: 12 }}
      items={[{ title: <Link to="/cases">{t('cases.title')}</Link> }, { title: detail.data?.caseNumber ?? t('case.breadcrumb') }]}
    />
  );

  if (detail.error && !detail.data) {
    return (
      <>
        {breadcrumb}
        <ErrorAlert
          error={detail.error}
          action={
            <Button size="small" onClick={detail.reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </>
    );
  }
  if (!detail.data) {
    return (
      <>
        {breadcrumb}
        <Skeleton active paragraph={{ rows: 10 }} />
      </>
    );
  }

  const c = detail.data;
  const refresh = () => {
    detail.reload();
    events.reload();
  };
  const onChanged = (updated: CaseDetailReply) => {
    detail.setData(updated);
    events.reload();
  };

  return (
    <>
      {breadcrumb}
      <PageHeader
        title={<span data-testid="case-number">{c.caseNumber}</span>}
        description={
          <Space size={8} wrap>
            <StageTag stage={c.stage} />
            <Tag style={{ marginInlineEnd: 0 }}>{CASE_TYPE_LABELS[c.caseType][lang]}</Tag>
            <span>{lang === 'zh' ? c.court.name : c.court.nameEn}</span>
            <span>·</span>
            <span>{c.cause}</span>
          </Space>
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={refresh} loading={detail.loading}>
            {t('common.refresh')}
          </Button>
        }
      />
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      <CaseBanners detail={c} />
      <CaseProgress detail={c} />
      {/* What to do and by when next to what was done; the case's records below at full width. */}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          {canActOnCases(user) ? <CaseActions detail={c} users={users.data?.items ?? []} onChanged={onChanged} onReload={refresh} /> : null}
          <DeadlinesCard detail={c} />
        </Col>
        <Col xs={24} xl={9}>
          <EventTimeline events={events.data?.items ?? []} error={events.error} loading={events.loading} />
        </Col>
      </Row>
      {/* 财产查控 before 信用惩戒: a debtor's property is looked for first, discipline follows when none is found. */}
      <NetworkInquiryCard detail={c} onChanged={events.reload} controls={controls.data?.controls} onControlOrdered={controls.reload} />
      <ControlsCard detail={c} controls={controls} onChanged={events.reload} />
      {/* 悬赏公告 to find property, 拍卖公告 to sell what is held. */}
      <NoticesCard detail={c} onChanged={events.reload} />
      <FundsCard key={`funds-${deductedFen}`} detail={c} onChanged={events.reload} />
      <CreditCard detail={c} onChanged={events.reload} />
      <CaseInfoCard detail={c} />
      <PartiesCard detail={c} canReveal={canRevealIds(user)} />
      <NotificationsCard detail={c} />
      <ClaimsCard detail={c} />
    </>
  );
}
